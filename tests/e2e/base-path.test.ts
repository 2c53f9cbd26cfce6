// The site works when published under a base path (/kam/): a second build whose every page is checked in its files
// (every address under the base, every link resolving), then a few page types in the browser: the root redirect,
// search, the self-assessment's result links and the downloads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site as siteConfig } from '#src/config/site.ts';
import { answersHash } from '#src/domain/assessment/link.ts';
import { contentSecurityPolicy } from '#scripts/csp.ts';
import { startStaticServer, type RunningServer } from '#scripts/static-server.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';
import {
	astroBuild,
	builtFiles,
	htmlFiles,
	localLinks,
	openSite,
	searchPages,
	sitemapPaths,
	unresolved,
	visit,
	type BuiltTarget,
	type Site,
} from './harness.ts';

const BASE = '/kam/';
const root = mkdtempSync(join(tmpdir(), 'kam-base-'));
// The pages are those of the ordinary build in dist/ (known before this file's build runs, so each gets its own cases).
const pages = htmlFiles('dist');
const tier = realContent().tiers[0]!;
let resolve: (pathname: string) => BuiltTarget;
let server: RunningServer | undefined;
let site: Site;

beforeAll(async () => {
	await astroBuild(root, { KAM_BASE: BASE });
	resolve = builtFiles(root, BASE);
	server = await startStaticServer({ root, base: BASE, headers: { 'content-security-policy': contentSecurityPolicy(root) } });
	site = await openSite({ serverUrl: server.url });
}, 300_000);

afterAll(async () => {
	await site?.close();
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

/** The page address a built file answers: 'de/tiers/smart/index.html' → '/kam/de/tiers/smart/'. */
const pageUrl = (file: string) => `${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`;
const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&#x2F;/gi, '/')
		.replace(/&quot;/g, '"');

/** Every address a built page makes the browser fetch or follow: href, src, srcset, action and the refresh URL. */
function addresses(html: string): string[] {
	const found: string[] = [];
	for (const m of html.matchAll(/\s(?:href|src|action)=(?:"([^"]*)"|'([^']*)')/g)) found.push(decode(m[1] ?? m[2]!));
	for (const m of html.matchAll(/\ssrcset=(?:"([^"]*)"|'([^']*)')/g))
		for (const candidate of decode(m[1] ?? m[2]!).split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
	for (const m of html.matchAll(/<meta\b[^>]*http-equiv=["']?refresh["']?[^>]*>/gi)) {
		const url = /content=["'][^"']*?url=([^"']+)["']/i.exec(m[0])?.[1];
		if (url) found.push(decode(url.trim()));
	}
	return found.filter(Boolean);
}

/** The link targets of a built page, as the browser pass collects them: every a[href] and every hreflang alternate. */
function links(html: string): string[] {
	const anchors = [...html.matchAll(/<a\b[^>]*?\shref=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decode(m[1] ?? m[2]!));
	const alternates = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /\brel=["']?alternate\b/.test(tag) && /\bhreflang=/.test(tag))
		.map((tag) => decode(/\shref=["']([^"']*)["']/.exec(tag)?.[1] ?? ''));
	return [...anchors, ...alternates];
}

describe(`built with base ${BASE}`, () => {
	it('lists only pages under the base in its sitemap, the same pages as without it', () => {
		const paths = sitemapPaths(root, BASE);
		expect(paths.length).toBeGreaterThan(10);
		expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
		expect(paths.map((p) => p.slice(BASE.length - 1)).sort()).toEqual(sitemapPaths().sort());
	});

	it('has built every page the ordinary build has', () => {
		expect(htmlFiles(root).sort()).toEqual([...pages].sort());
	});
});

describe.each(pages)(`${BASE}%s, as built`, (file) => {
	let html: string;
	beforeAll(() => {
		html = readFileSync(join(root, file), 'utf8');
	});

	it(`addresses everything on this site under ${BASE}`, () => {
		const siteOrigin = new URL(siteConfig.url).origin;
		const outside = addresses(html).filter((address) => {
			if (address.startsWith('//')) return false; // another host: the browser pass blocks and reports those
			if (address.startsWith('/')) return !address.startsWith(BASE);
			return /^https?:/.test(address) && new URL(address).origin === siteOrigin && !new URL(address).pathname.startsWith(BASE);
		});
		expect(outside).toEqual([]);
	});

	it('resolves every internal link, anchor and hreflang', () => {
		const origin = 'http://127.0.0.1';
		expect(unresolved(links(html), `${origin}${pageUrl(file)}`, localLinks(origin), resolve)).toEqual([]);
	});
});

describe(`in the browser, under ${BASE}`, () => {
	it('leads the base itself to the default language (for a browser whose language the site lacks)', async () => {
		const { page } = await visit(site, BASE, { context: await site.newContext({ locale: 'fr-FR' }) });
		await page.waitForURL(`**${BASE}${siteConfig.defaultLanguage}/`);
		await page.close();
	});

	it('finds a tier page by search, with links under the base', async () => {
		const { pages: found, errors, violations } = await searchPages(site, `${BASE}en/`, tier.name.en);
		expect(found).toContain(`${BASE}en/tiers/${tier.id}/`);
		expect(found.filter((href) => !href.startsWith(BASE))).toEqual([]);
		expect(errors).toEqual([]);
		expect(violations).toEqual([]);
	});

	it('restores a self-assessment from its link and links the result under the base', async () => {
		const { model } = loadRealAssessment();
		// Everything speaks for the first tier's cluster: a clear result with all its links.
		const leading = model.clusters[0]!.id;
		const answers = {
			gates: model.gates.map(() => true),
			ratings: model.statements.map((s) => (s.cluster === leading ? model.scaleSize : 1)),
			scope: model.scopes.at(-1)!,
			revenue: model.revenueBands > 0 ? model.revenueBands : null,
			name: 'Acme',
		};
		const { page, errors } = await visit(site, `${BASE}en/assessment/${answersHash(model, answers)}`);
		const result = page.locator('[data-kam-result]');
		await result.waitFor({ state: 'visible' });
		const hrefs = await result.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		await page.close();
		expect(errors).toEqual([]);
		expect(hrefs.length).toBeGreaterThan(3);
		expect(hrefs.filter((h) => h.startsWith('/') && !h.startsWith(BASE))).toEqual([]);
		for (const href of hrefs.filter((h) => h.startsWith(BASE))) expect((await fetch(site.url(href))).status, href).toBe(200);
	});

	it('serves the plan and service downloads under the base', async () => {
		for (const path of [`en/plans/${tier.id}/`, 'de/services/']) {
			const { page } = await visit(site, `${BASE}${path}`);
			const downloads = await page.locator('a[href*="/downloads/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
			await page.close();
			expect(downloads.length, path).toBeGreaterThan(0);
			for (const href of downloads) {
				expect(href.startsWith(`${BASE}downloads/`), href).toBe(true);
				expect((await fetch(site.url(href))).status, href).toBe(200);
			}
		}
	});
});
