// The site works when published under a base path (/kam/): links, search and the root redirect.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, buildEnv, openSite, sitemapPaths, visit, type Site } from './harness.ts';

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
		const { page, errors } = await visit(site, `${BASE}en/`);
		const button = page.locator('site-search button[data-open-modal]').first();
		await expect.poll(() => button.isEnabled()).toBe(true);
		await button.click();
		await page.locator('#starlight__search .pagefind-ui__search-input').fill('tender');
		const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 15_000 });
		expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}en/tiers/smart/`));
		expect(errors).toEqual([]);
		await page.close();
	});
});
