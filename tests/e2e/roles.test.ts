// Role profiles: titles built from the geographic scopes, the comparison of the three profiles, links to tier and plan,
// and site search finding a role by its title and the Smart template by "sales plan".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { openSite, visit, type Site, searchPages } from './harness.ts';

const content = realContent();
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

describe('role profile pages', () => {
	it.each(LANGUAGES)('in %s, every tier role carries one title per geographic scope, prefix first', async (lang) => {
		for (const role of content.roles.filter((r) => r.tier)) {
			const { page } = await visit(site, `/${lang}/roles/${role.id}/`);
			const titles = await page.locator('.kam-role-titles strong').allTextContents();
			const tierHref = await page.locator('.kam-role-kind a').getAttribute('href');
			await page.close();
			expect(titles).toEqual(content.geographies.map((g) => `${g.titlePrefix[lang]} ${role.title[lang]}`));
			expect(tierHref).toBe(`/${lang}/tiers/${role.tier}/`);
		}
	});

	it.each(LANGUAGES)('in %s, the overview compares the three tier profiles and links the supporting roles', async (lang) => {
		const { page } = await visit(site, `/${lang}/roles/`);
		const columns = await page.locator('.kam-compare thead a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const supporting = await page.locator('#supporting ~ .kam-cards h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const accounts = await page.locator('.kam-compare tbody tr').nth(5).locator('td').allTextContents();
		await page.close();
		const tierRoles = content.tiers.map((tier) => content.roles.find((r) => r.tier === tier.id)!);
		expect(columns).toEqual(tierRoles.map((r) => `/${lang}/roles/${r.id}/`));
		expect(supporting).toEqual(content.roles.filter((r) => !r.tier).map((r) => `/${lang}/roles/${r.id}/`));
		expect(accounts).toEqual(tierRoles.map((r) => `${r.accountsPerPerson!.min}–${r.accountsPerPerson!.max}`));
	});

	it('the tier page links to its role profile and plan template', async () => {
		const { page } = await visit(site, '/en/tiers/smart/');
		const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		await page.close();
		expect(hrefs).toContain('/en/roles/smart-kam/');
		expect(hrefs).toContain('/en/plans/smart/');
	});
});

describe('site search', () => {
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
