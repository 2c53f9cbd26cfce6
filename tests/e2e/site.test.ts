// Site-wide behaviour a user meets on any page: the language switcher, the root redirect, the search button's name,
// and that nothing reaches another host. (Each page's own checks are in pages.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, LANGUAGES } from '#src/config/locales.ts';
import { site as siteConfig } from '#src/config/site.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { axeViolations, openSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const tier = realContent().tiers[0]!;
const [from, to] = [siteConfig.defaultLanguage, LANGUAGES.find((l) => l !== siteConfig.defaultLanguage)!];

describe('language switcher', () => {
	it(`switches a tier page from ${from} to ${to} and keeps the page`, async () => {
		const { page } = await visit(site, `/${from}/tiers/${tier.id}/`);
		await page.locator('starlight-lang-select select').first().selectOption({ label: LANGUAGE_NAMES[to].native });
		await page.waitForURL(`**/${to}/tiers/${tier.id}/`);
		expect(await page.locator('html').getAttribute('lang')).toBe(to);
		await page.close();
	});

	it.each([
		['a browser that prefers one of the site languages', 'en-GB', 'en'],
		['a browser that prefers German', 'de-AT', 'de'],
		['a browser whose language the site lacks', 'fr-FR', siteConfig.defaultLanguage],
	])('leads / to the language of %s', async (_name, locale, expected) => {
		const { page } = await visit(site, '/', { context: await site.newContext({ locale }) });
		await page.waitForURL(`**/${expected}/`);
		expect(await page.locator('html').getAttribute('lang')).toBe(expected);
		await page.close();
	});

	it(`remembers the language picked in the menu: / then leads to ${to} whatever the browser prefers`, async () => {
		const context = await site.newContext({ locale: `${from}-DE` });
		const { page } = await visit(site, `/${from}/`, { context });
		await page.locator('starlight-lang-select select').first().selectOption({ label: LANGUAGE_NAMES[to].native });
		await page.waitForURL(`**/${to}/`);
		await page.goto(site.url('/'));
		await page.waitForURL(`**/${to}/`);
		await page.close();
	});
});

describe('search button name', () => {
	it.each([
		['Linux', 'Linux x86_64', '/en/', 'Search Ctrl K', 'Ctrl'],
		['Apple', 'MacIntel', '/en/', 'Search ⌘ K', '⌘'],
		['Apple', 'MacIntel', '/de/', 'Suchen ⌘ K', '⌘'],
	])('on %s (%s) at %s the name contains the shortcut shown', async (_os, platform, path, name, key) => {
		const page = await site.context.newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.addInitScript((p) => Object.defineProperty(Navigator.prototype, 'platform', { get: () => p }), platform);
		await page.goto(site.url(path), { waitUntil: 'load' });
		const button = page.locator('button[data-open-modal]');
		expect(await button.locator('kbd kbd').first().textContent()).toBe(key);
		expect(await button.getAttribute('aria-label')).toBe(name);
		expect((await axeViolations(page)).filter((v) => v.startsWith('label-content-name-mismatch'))).toEqual([]);
		await page.close();
	});
});

describe('other hosts', () => {
	it('are never reached: a request to one is blocked and recorded', async () => {
		// The checks "no request to another host" in pages.test.ts rely on this.
		const before = site.foreignRequests.length;
		const { page, foreignRequests } = await visit(site, `/${siteConfig.defaultLanguage}/`);
		const reached = await page.goto('https://example.org/kam-test').then(
			() => true,
			() => false,
		);
		await page.close();
		expect(reached).toBe(false);
		expect(foreignRequests).toEqual(['https://example.org/kam-test']);
		expect(site.foreignRequests.slice(before)).toEqual(['https://example.org/kam-test']);
	});
});
