// Every page of the built site, visited once: it answers as it should, loads cleanly under the Content-Security-Policy,
// carries its metadata, links only to what exists and passes axe-core; and each page type passes axe in dark theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { LANGUAGES, type Lang } from '#src/config/locales.ts';
import { UI_STRINGS } from '#src/data/ui-text.ts';
import {
	axeViolations,
	builtFiles,
	inTurn,
	openSite,
	pageHrefs,
	policyViolations,
	sitemapPaths,
	unresolved,
	visit,
	type Site,
} from './harness.ts';

let site: Site;
/** A laptop screen: every page is audited at 1366 × 900, where no table may be cut off. */
let laptop: BrowserContext;
beforeAll(async () => {
	site = await openSite();
	laptop = await site.newContext({ viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
	await site?.close();
});

const sitemap = sitemapPaths();
const languageNotFound = LANGUAGES.map((lang) => `/${lang}/404/`);
// Addresses that exist nowhere: the server answers 404 with the neutral page in every language.
const unknown = LANGUAGES.map((lang) => `/${lang}/no-such-page/`);
const resolve = builtFiles();

/** What one visit of a page found. */
interface Audit {
	status: number;
	errors: string[];
	failedResources: string[];
	foreignRequests: string[];
	policyViolations: string[];
	axe: string[];
	theme: string | undefined;
	broken: string[];
	headings: string[];
	clippedTables: string[];
	robots: string | null;
	meta: {
		lang: string;
		description: string;
		ogTitle: string;
		ogDescription: string;
		ogUrl: string;
		ogLocale: string;
		canonical: string;
		icon: string;
		hreflang: (string | null)[];
	};
}

/** Visits `path` once (in light theme; the root page kept from redirecting) and records everything the cases below check. */
async function audit(path: string): Promise<Audit> {
	const { page, errors, failedResources, foreignRequests, status } = await visit(site, path, {
		stay: path === '/',
		dark: false,
		context: laptop,
	});
	const axe = await axeViolations(page);
	// Whatever the page loads late (search index, islands' data) must load cleanly too; axe's run gave it time.
	await page.waitForLoadState('networkidle');
	const hrefs = await pageHrefs(page);
	const found = await page.evaluate(() => {
		const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? '';
		return {
			theme: document.documentElement.dataset.theme,
			headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent!.trim()),
			// Tables wider than the box they sit in (cut off, or scrolling sideways) at this width.
			clippedTables: [...document.querySelectorAll('main table')]
				.filter((table) => table.getClientRects().length > 0 && table.parentElement!.scrollWidth > table.parentElement!.clientWidth + 1)
				.map((table) => table.querySelector('caption')?.textContent?.trim() || table.className || 'table'),
			robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
			meta: {
				lang: document.documentElement.lang,
				description: attr('meta[name="description"]', 'content'),
				ogTitle: attr('meta[property="og:title"]', 'content'),
				ogDescription: attr('meta[property="og:description"]', 'content'),
				ogUrl: attr('meta[property="og:url"]', 'content'),
				ogLocale: attr('meta[property="og:locale"]', 'content'),
				canonical: attr('link[rel="canonical"]', 'href'),
				icon: attr('link[rel~="icon"]', 'href'),
				hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang')).sort(),
			},
		};
	});
	const violations = await policyViolations(page);
	const from = page.url();
	await page.close();
	return {
		status,
		errors,
		failedResources,
		foreignRequests,
		policyViolations: violations,
		axe,
		// An unknown address shows the neutral not-found page, so its own #anchors are that page's.
		broken: unresolved(hrefs, from, site.toLocal, (p) => resolve(unknown.includes(p) ? '/404.html' : p)),
		...found,
	};
}

describe('the sitemap', () => {
	it('lists every language, each with the same pages', () => {
		for (const lang of LANGUAGES) expect(sitemap.some((p) => p.startsWith(`/${lang}/`))).toBe(true);
		const [first, ...others] = LANGUAGES.map((lang) =>
			sitemap
				.filter((p) => p.startsWith(`/${lang}/`))
				.map((p) => p.slice(lang.length + 1))
				.sort(),
		);
		for (const other of others) expect(other).toEqual(first);
	});

	it.each(languageNotFound)('leaves out the not-found page %s', (path) => {
		expect(sitemap).not.toContain(path);
	});
});

const allPaths = [...sitemap, ...languageNotFound, ...unknown];
// Pages are audited AHEAD at a time: while one waits for the browser, another's axe run keeps the CPU busy (measured on
// 2 cores: 1 at a time ~98 s, 2 ~64 s, 3 ~59 s, 4 ~58 s for this file).
const AHEAD = 3;
const auditFor = inTurn(allPaths, audit, AHEAD);

describe.each(allPaths)('%s', (path) => {
	const lang = path.split('/')[1] as Lang;
	const kind = unknown.includes(path) ? 'unknown' : languageNotFound.includes(path) ? 'not-found' : path === '/' ? 'root' : 'page';
	let page: Audit;
	beforeAll(async () => {
		page = await auditFor(path);
	});

	if (kind === 'unknown')
		it('answers 404 with the not-found page in every language', () => {
			expect(page.status).toBe(404);
			expect(page.headings).toHaveLength(LANGUAGES.length);
			for (const l of LANGUAGES) expect(page.headings).toContain(UI_STRINGS[l]['kam.notFound.heading']);
		});
	else
		it('answers 200', () => {
			expect(page.status).toBe(200);
		});

	if (kind === 'not-found')
		it('is a not-found page in its language, kept out of search engines', () => {
			expect(page.headings).toEqual([UI_STRINGS[lang]['kam.notFound.heading']]);
			expect(page.robots).toBe('noindex');
		});

	it('loads with no console error, failed request, request to another host or policy violation', () => {
		// On an unknown address the browser logs the document's own 404; nothing else may fail.
		expect(kind === 'unknown' ? page.errors.filter((e) => !/status of 404/.test(e)) : page.errors).toEqual([]);
		expect(page.failedResources).toEqual([]);
		expect(page.foreignRequests).toEqual([]);
		expect(page.policyViolations).toEqual([]);
	});

	if (kind === 'page')
		it('has language, description, Open Graph, canonical, hreflang and favicon', () => {
			const { meta } = page;
			expect(meta.lang).toBe(lang);
			expect(meta.ogLocale).toBe(lang);
			expect(meta.description.length).toBeGreaterThan(40);
			expect(meta.ogDescription).toBe(meta.description);
			expect(meta.ogTitle).not.toBe('');
			expect(new URL(meta.canonical).pathname).toBe(path);
			expect(meta.ogUrl).toBe(meta.canonical);
			expect(meta.icon).toMatch(/favicon\.svg$/);
			expect(meta.hreflang).toEqual([...LANGUAGES, 'x-default'].sort());
		});

	it('resolves every internal link, anchor and hreflang', () => {
		expect(page.broken).toEqual([]);
	});

	it('cuts off no table at 1366 × 900', () => {
		expect(page.clippedTables).toEqual([]);
	});

	it('has no axe violation in light theme', () => {
		// The root page only redirects and has no theme of its own.
		if (kind !== 'root') expect(page.theme).toBe('light');
		expect(page.axe).toEqual([]);
	});
});

/** The route a page belongs to: '/de/tiers/smart/' → 'tiers/*', '/en/plans/' → 'plans', '/de/' → 'home'. */
function pageType(path: string): string {
	if (unknown.includes(path)) return 'not found (unknown address)';
	const segments = path.split('/').filter(Boolean).slice(1);
	if (segments.length === 0) return 'home';
	return segments.length > 1 ? `${segments[0]}/*` : segments[0]!;
}
const byType = new Map<string, string[]>();
for (const path of [...sitemap.filter((p) => p !== '/'), ...languageNotFound, unknown[0]!])
	byType.set(pageType(path), [...(byType.get(pageType(path)) ?? []), path]);
// One page per type, the languages taking turns, so both languages' pages are seen in dark theme.
const darkCases = [...byType].map(([type, paths], i) => {
	const lang = LANGUAGES[i % LANGUAGES.length]!;
	return [type, paths.find((p) => p.startsWith(`/${lang}/`)) ?? paths[0]!] as const;
});

/** Visits `path` in dark theme and returns the theme the page applied and axe's violations. */
async function darkAudit(path: string): Promise<{ theme: string | undefined; axe: string[] }> {
	const { page } = await visit(site, path, { dark: true });
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	const axe = await axeViolations(page);
	await page.close();
	return { theme, axe };
}
const darkFor = inTurn(
	darkCases.map(([, path]) => path),
	darkAudit,
	AHEAD,
);

describe('dark theme (axe-core, all default rules), one page per type', () => {
	it.each(darkCases)('%s: %s has no violation', async (_type, path) => {
		const { theme, axe } = await darkFor(path);
		expect(theme).toBe('dark');
		expect(axe).toEqual([]);
	});
});

describe('axe-core under the policy', () => {
	it('runs although inline scripts are refused, and still reports violations', async () => {
		const { page } = await visit(site, `/${LANGUAGES[0]}/`);
		// The policy is in force on the page: a script added inline is refused and reported.
		await page.addScriptTag({ content: 'window.kamInline = 1;' }).catch(() => undefined);
		expect(await page.evaluate(() => 'kamInline' in window)).toBe(false);
		expect(await policyViolations(page)).toContainEqual(expect.stringMatching(/^script-src/));
		// A deliberate violation: an image without a text alternative.
		await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">'));
		const violations = await axeViolations(page);
		await page.close();
		expect(violations).toContainEqual(expect.stringMatching(/^image-alt: /));
	});
});
