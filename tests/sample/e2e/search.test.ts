// Site search ranks for the shipped sample (run only while content/ is the sample): a tier's key term lists that
// tier's page first, a role's title its profile, "sales plan" the Smart template, a service's name its department.
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
		['en', 'tender management', 'sales-operations'],
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
