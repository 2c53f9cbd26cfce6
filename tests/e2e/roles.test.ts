// Role profiles: titles built from the geographic scopes, the comparison of the tier profiles, links to tier and plan.
// (Search ranks for the sample's roles are in tests/sample/e2e/search.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { openSite, visit, type Site } from './harness.ts';

const content = realContent();
let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

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

	it.each(LANGUAGES)('in %s, the overview compares the tier profiles and links the supporting roles', async (lang) => {
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

	it.each(content.tiers.map((t) => t.id))('the %s tier page links to its role profile and plan template', async (tier) => {
		const role = content.roles.find((r) => r.tier === tier)!;
		const { page } = await visit(site, `/en/tiers/${tier}/`);
		const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		await page.close();
		expect(hrefs).toContain(`/en/roles/${role.id}/`);
		expect(hrefs).toContain(`/en/plans/${tier}/`);
	});
});
