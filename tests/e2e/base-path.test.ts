// The site works when published under a base path (/kam/): links, search and the root redirect.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersHash } from '#src/domain/assessment/link.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';
import { brokenLinks, buildEnv, openSite, searchPages, sitemapPaths, visit, type Site } from './harness.ts';

const BASE = '/kam/';
const root = mkdtempSync(join(tmpdir(), 'kam-base-'));
let site: Site;
let paths: string[] = [];

beforeAll(async () => {
	const build = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', root], {
		env: buildEnv({ NODE_ENV: 'production', KAM_BASE: BASE }),
		encoding: 'utf8',
	});
	if (build.status !== 0) throw new Error(`build under ${BASE} failed:\n${build.stdout}\n${build.stderr}`);
	paths = sitemapPaths(root, BASE);
	site = await openSite({ root, base: BASE });
}, 300_000);

afterAll(async () => {
	await site?.close();
	rmSync(root, { recursive: true, force: true });
});

describe(`built with base ${BASE}`, () => {
	it('lists only pages under the base in its sitemap', () => {
		expect(paths.length).toBeGreaterThan(10);
		expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
	});

	it('resolves every internal link, anchor and hreflang on every page', async () => {
		const broken: string[] = [];
		for (const path of paths) for (const b of await brokenLinks(site, path)) broken.push(`${path}: ${b}`);
		expect(broken).toEqual([]);
	});

	it('leads the base itself to the default language', async () => {
		const { page } = await visit(site, BASE);
		await page.waitForURL(`**${BASE}de/`);
		await page.close();
	});

	it('finds a tier page by search, with links under the base', async () => {
		const { pages, errors } = await searchPages(site, `${BASE}en/`, 'tender');
		expect(pages[0]).toBe(`${BASE}en/tiers/smart/`);
		expect(errors).toEqual([]);
	});
});

describe(`islands and downloads under ${BASE}`, () => {
	it('restores a self-assessment from its link and links the result under the base', async () => {
		const { model } = loadRealAssessment();
		const answers = { gates: [true, true, true], ratings: [5, 5, 4, 4, 3, 2, 2, 1, 1, 1, 1, 1], scope: 'global', revenue: 3, name: 'Acme' };
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
		for (const path of ['en/plans/smart/', 'de/services/']) {
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
