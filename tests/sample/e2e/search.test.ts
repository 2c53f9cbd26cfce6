// Site search ranks for the shipped sample (run only while content/ is the sample): a tier's key term lists that
// tier's page first, a role's title its profile, "sales plan" the Smart template, a service's name its department,
// and the words readers use instead of the playbook's terms (content/terminology.yaml) the page that explains them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, searchPages, type Site } from '#tests/e2e/harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** Types a query into the site search and returns the result pages in order. */
async function search(lang: string, term: string): Promise<string[]> {
	return (await searchPages(site, `/${lang}/`, term)).pages;
}

describe('site search', () => {
	const cases = [
		['de', 'Ausschreibung', 'smart'],
		['de', 'Zielpreis', 'smart'],
		['de', 'Innovationsworkshop', 'strategic'],
		['de', 'TCO', 'key'],
		['en', 'tender', 'smart'],
		['en', 'joint development', 'strategic'],
		['en', 'TCO', 'key'],
		['en', 'target price', 'smart'],
	] as const;

	it.each(cases)('in %s, "%s" lists the %s tier page first', async (lang, term, tier) => {
		const { pages, errors } = await searchPages(site, `/${lang}/`, term);
		expect(pages[0]).toBe(`/${lang}/tiers/${tier}/`);
		expect(errors).toEqual([]);
	});
});

describe('site search for roles and plans', () => {
	it.each([
		['en', 'Smart Key Account Manager', '/en/roles/smart-kam/'],
		['de', 'Smart Key Account Manager', '/de/roles/smart-kam/'],
		['en', 'Global Strategic Key Account Manager', '/en/roles/strategic-kam/'],
		['de', 'Executive Sponsor', '/de/roles/executive-sponsor/'],
	])('in %s, "%s" lists %s among the first three results', async (lang, term, expected) => {
		const hrefs = await search(lang, term);
		expect(hrefs.slice(0, 3).map((h) => h.split('#')[0])).toContain(expected);
	});

	it.each([
		['en', 'sales plan'],
		['de', 'Vertriebsplan'],
	])('in %s, "%s" lists the Smart plan template first or second', async (lang, term) => {
		const hrefs = await search(lang, term);
		expect(hrefs.slice(0, 2).map((h) => h.split('#')[0])).toContain(`/${lang}/plans/smart/`);
	});
});

describe('search finds a service by its name', () => {
	const cases = [
		['de', 'Konsignationslager', 'logistics'],
		['de', 'Lenkungskreis', 'management'],
		['de', 'Reklamationsbearbeitung', 'quality'],
		['en', 'priority service hotline', 'customer-service'],
		['en', 'steering committee', 'management'],
		['en', 'EDI and procurement portal connection', 'inside-sales'],
	] as const;

	// Five, not three: a service named like a tier's key term ("tender management") shares the query
	// with the tier page, the plan templates and role profiles, which rightly come first.
	it.each(cases)('in %s, "%s" lists the %s page or the matrix among the first five results', async (lang, term, department) => {
		const hrefs = (await searchPages(site, `/${lang}/`, term)).pages.slice(0, 5);
		const wanted = [`/${lang}/departments/${department}/`, `/${lang}/services/`];
		expect(
			hrefs.some((href) => wanted.includes(href)),
			hrefs.join(', '),
		).toBe(true);
	});
});

describe('search by the words readers use instead of the playbook’s terms', () => {
	const logistics = (lang: string) => [`/${lang}/departments/logistics/`];
	const glossaryOr = (lang: string, ...pages: string[]) => [`/${lang}/glossary/`, ...pages.map((p) => `/${lang}/${p}/`)];
	const cases: [string, string, string[]][] = [
		['de', 'Expresslieferung', logistics('de')],
		['de', 'Expressversand', logistics('de')],
		['de', 'Eilauftrag', logistics('de')],
		['de', 'Konsilager', logistics('de')],
		['de', 'Termintreue', logistics('de')],
		['de', 'Vendor Managed Inventory', glossaryOr('de', 'departments/logistics')],
		['de', 'Jobprofil', ['/de/roles/']],
		['de', 'Stellenbeschreibung', ['/de/roles/']],
		['de', 'Lenkungsausschuss', glossaryOr('de', 'departments/management')],
		['de', 'Steering Committee', glossaryOr('de', 'departments/management')],
		['de', 'Rahmenvereinbarung', glossaryOr('de', 'tiers/key')],
		['de', 'Cost to Serve', glossaryOr('de', 'departments/finance')],
		['de', 'Kundenbetreuungskosten', glossaryOr('de', 'departments/finance')],
		['de', 'Preisuntergrenze', ['/de/departments/finance/']],
		['de', 'Gesamtbetriebskosten', glossaryOr('de')],
		['de', 'Sales Plan', glossaryOr('de', 'plans/smart')],
		['de', 'Key-Account-Typ', glossaryOr('de', 'comparison')],
		[
			'de',
			'wie viele Accounts pro Key Account Manager',
			['/de/roles/', '/de/roles/strategic-kam/', '/de/roles/kam/', '/de/roles/smart-kam/', '/de/portfolio-review/'],
		],
		['en', 'rush order', logistics('en')],
		['en', 'expedite', logistics('en')],
		['en', 'expedited delivery', logistics('en')],
		['en', 'consignment inventory', logistics('en')],
		['en', 'vendor-managed inventory', glossaryOr('en', 'departments/logistics')],
		['en', 'job description', ['/en/roles/']],
		['en', 'job profile', ['/en/roles/']],
		['en', 'frame contract', glossaryOr('en', 'tiers/key')],
		['en', 'master agreement', glossaryOr('en')],
		['en', 'blanket agreement', glossaryOr('en')],
		['en', 'steering board', glossaryOr('en', 'departments/management')],
		['en', 'sales office', ['/en/departments/inside-sales/']],
		['en', 'order desk', ['/en/departments/inside-sales/']],
		['en', 'walk-away price', ['/en/departments/finance/']],
		['en', 'whole-life cost', glossaryOr('en')],
		[
			'en',
			'how many key accounts per key account manager',
			['/en/roles/', '/en/roles/strategic-kam/', '/en/roles/kam/', '/en/roles/smart-kam/', '/en/portfolio-review/'],
		],
	];

	it('tries at least twelve words per language', () => {
		for (const lang of ['de', 'en']) expect(cases.filter(([l]) => l === lang).length, lang).toBeGreaterThanOrEqual(12);
	});

	it.each(cases)('in %s, "%s" lists the page that explains it among the first three', async (lang, term, wanted) => {
		const hrefs = (await search(lang, term)).slice(0, 3);
		expect(
			hrefs.some((href) => wanted.includes(href)),
			hrefs.join(', '),
		).toBe(true);
	});

	it.each([
		['en', 'rush order'],
		['en', 'framework agreement'],
		['en', 'steering committee'],
		['de', 'Rahmenvertrag'],
		['de', 'Entwicklungsvereinbarung'],
	])('in %s, the guides do not come first for "%s"', async (lang, term) => {
		const hrefs = await search(lang, term);
		expect(hrefs[0] ?? '', hrefs.join(', ')).not.toMatch(/\/guides\//);
	});
});
