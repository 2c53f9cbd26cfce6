// The built site works for a user: pages load cleanly, pass axe in both themes, links resolve, search finds tiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, brokenLinks, openSite, searchPages, sitemapPaths, visit, type Site } from './harness.ts';

let site: Site;
const paths = sitemapPaths();

beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('every page in the sitemap', () => {
	it('lists both languages', () => {
		expect(paths.some((p) => p.startsWith('/de/'))).toBe(true);
		expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
		const de = paths.filter((p) => p.startsWith('/de/')).map((p) => p.slice(3));
		const en = paths.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
		expect(de.sort()).toEqual(en.sort());
	});

	it.each(paths)('%s answers 200 with no console error and no request to another host', async (path) => {
		const before = site.foreignRequests.length;
		const { page, errors, failedResources, status } = await visit(site, path);
		await page.waitForLoadState('networkidle');
		await page.close();
		expect(status).toBe(200);
		expect(errors).toEqual([]);
		expect(failedResources).toEqual([]);
		expect(site.foreignRequests.slice(before)).toEqual([]);
	});
});

describe('accessibility (axe-core, all default rules)', () => {
	for (const dark of [false, true]) {
		it.each(paths)(`%s has no violation in ${dark ? 'dark' : 'light'} theme`, async (path) => {
			const { page } = await visit(site, path, { dark, stay: true });
			if (path !== '/') expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(dark ? 'dark' : 'light');
			const violations = await axeViolations(page);
			await page.close();
			expect(violations).toEqual([]);
		});
	}
});

describe('links', () => {
	it.each(paths)('every internal link, anchor and hreflang on %s resolves', async (path) => {
		expect(await brokenLinks(site, path)).toEqual([]);
	});
});

describe('language switcher', () => {
	it('switches a tier page between German and English and keeps the page', async () => {
		const { page } = await visit(site, '/de/tiers/smart/');
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await page.waitForURL('**/en/tiers/smart/');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.close();
	});

	it('leads / to the default language', async () => {
		const { page } = await visit(site, '/');
		await page.waitForURL('**/de/');
		expect(await page.locator('html').getAttribute('lang')).toBe('de');
		await page.close();
	});
});

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

describe('page metadata', () => {
	const pages = paths.filter((p) => p !== '/');
	it.each(pages)('%s has language, description, Open Graph, canonical, hreflang and favicon', async (path) => {
		const { page } = await visit(site, path);
		const meta = await page.evaluate(() => {
			const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? '';
			return {
				lang: document.documentElement.lang,
				description: attr('meta[name="description"]', 'content'),
				ogTitle: attr('meta[property="og:title"]', 'content'),
				ogDescription: attr('meta[property="og:description"]', 'content'),
				ogUrl: attr('meta[property="og:url"]', 'content'),
				ogLocale: attr('meta[property="og:locale"]', 'content'),
				canonical: attr('link[rel="canonical"]', 'href'),
				icon: attr('link[rel~="icon"]', 'href'),
				hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang')).sort(),
			};
		});
		await page.close();
		const lang = path.split('/')[1];
		expect(meta.lang).toBe(lang);
		expect(meta.ogLocale).toBe(lang);
		expect(meta.description.length).toBeGreaterThan(40);
		expect(meta.ogDescription).toBe(meta.description);
		expect(meta.ogTitle).not.toBe('');
		expect(new URL(meta.canonical).pathname).toBe(path);
		expect(meta.ogUrl).toBe(meta.canonical);
		expect(meta.icon).toMatch(/favicon\.svg$/);
		expect(meta.hreflang).toEqual(['de', 'en', 'x-default']);
	});
});

describe('page not found', () => {
	it.each([
		['/de/gibt-es-nicht/', 'Diese Seite gibt es nicht (mehr)'],
		['/en/no-such-page/', 'This page does not exist (any more)'],
	])('%s answers 404 with a helpful page in both languages, without axe violations', async (path, heading) => {
		const { page, status, errors, failedResources } = await visit(site, path, { stay: true });
		expect(status).toBe(404);
		const headings = await page.locator('main h2').allTextContents();
		expect(headings).toContain(heading);
		expect(headings).toHaveLength(2);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
		// The browser logs the document's own 404; nothing else may fail.
		expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		expect(failedResources).toEqual([]);
	});

	it.each(['/de/404/', '/en/404/'])('%s is a not-found page in its language, kept out of the sitemap', async (path) => {
		expect(paths).not.toContain(path);
		expect(await brokenLinks(site, path)).toEqual([]);
		const { page } = await visit(site, path, { stay: true });
		expect(await page.locator('main h2').count()).toBe(1);
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
