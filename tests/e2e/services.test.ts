// Service levels in the browser: department pages and anchors, the CSV download, and the matrix without JavaScript on a phone.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { UI_STRINGS } from '#src/data/ui-text.ts';
import { BOM, parseCsv } from '#src/lib/csv.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { downloadBytes, openSite, sitemapPaths, visit, type Site } from './harness.ts';

const { departments, services, tiers } = realContent();
const tierCount = tiers.length;
const langs = LANGUAGES;
const servicesOf = (department: string) => services.filter((s) => s.department === department);
// A service linked to its anchor: the last one of the department with the most, far enough down to need the scroll.
const linked = servicesOf(departments.reduce((a, b) => (servicesOf(b.id).length > servicesOf(a.id).length ? b : a)).id).at(-1)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('department pages', () => {
	it('exist for every department in both languages and are listed in the sitemap', () => {
		const paths = sitemapPaths();
		const missing = langs.flatMap((lang) => departments.map((d) => `/${lang}/departments/${d.id}/`)).filter((p) => !paths.includes(p));
		expect(missing).toEqual([]);
	});

	it.each(langs)('in %s, name the department and anchor each of its services, as the matrix does', async (lang) => {
		const { page } = await visit(site, `/${lang}/services/`);
		const matrixIds = await page.evaluate(() => [...document.querySelectorAll('tr[id]')].map((row) => row.id));
		await page.close();
		expect(matrixIds.sort()).toEqual(services.map((s) => s.id).sort());
		for (const department of departments) {
			const { page: deptPage } = await visit(site, `/${lang}/departments/${department.id}/`);
			expect(await deptPage.locator('h1').innerText()).toBe(department.name[lang]);
			const ids = await deptPage.evaluate(() => [...document.querySelectorAll('article.kam-service h3[id]')].map((h) => h.id));
			await deptPage.close();
			expect(ids.sort(), department.id).toEqual(
				services
					.filter((s) => s.department === department.id)
					.map((s) => s.id)
					.sort(),
			);
		}
	});

	it('opens a linked service at its anchor and every level is written out, not only coloured', async () => {
		const { page } = await visit(site, `/en/departments/${linked.department}/#${linked.id}`);
		const heading = page.locator(`[id="${linked.id}"]`);
		expect(await heading.innerText()).toBe(linked.name.en);
		expect(await heading.evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < window.innerHeight)).toBe(
			true,
		);
		const badges = await page.locator('.kam-level').allInnerTexts();
		await page.close();
		// Symbol and words, e.g. "€ Chargeable": the words are one of the level names.
		const levels = Object.entries(UI_STRINGS.en)
			.filter(([key]) => key.startsWith('kam.services.level.'))
			.map(([, words]) => escape(words));
		expect(badges.length).toBeGreaterThan(0);
		for (const badge of badges) expect(badge).toMatch(new RegExp(`^\\S+\\s+(${levels.join('|')})$`));
	});
});

describe('CSV download', () => {
	it.each(langs)('the %s link on the matrix page downloads a BOM-prefixed CSV of every service', async (lang) => {
		const { page } = await visit(site, `/${lang}/services/`);
		const link = page.locator('a[data-kam-csv]');
		expect(await link.getAttribute('href')).toBe(`/downloads/services-${lang}.csv`);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const bytes = await downloadBytes(download);
		await page.close();
		expect(download.suggestedFilename()).toBe(`services-${lang}.csv`);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text.startsWith(BOM)).toBe(true);
		const [header, ...rows] = parseCsv(text);
		expect(header![0]).toBe(UI_STRINGS[lang]['kam.services.csv.id']);
		expect(header![1]).toBe(UI_STRINGS[lang]['kam.services.csv.department']);
		expect(rows.map((r) => r[0]).sort()).toEqual(services.map((s) => s.id).sort());
		const row = rows.find((r) => r[0] === linked.id)!;
		expect(row[2]).toBe(linked.name[lang]);
	});
});

describe('without JavaScript, on a 360px phone', () => {
	const first = departments[0]!.id;
	const last = departments.at(-1)!.id;
	let context: BrowserContext;
	beforeAll(async () => {
		// A context of its own on the run's browser; requests to other hosts are blocked there too. Closed with the site.
		context = await site.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, isMobile: true });
	});

	it.each(['/de/services/', '/en/services/', `/de/departments/${first}/`, `/en/departments/${last}/`])(
		'%s shows every service with tier and level, with no horizontal page overflow',
		async (path) => {
			const page = await context.newPage();
			await page.goto(site.url(path));
			const result = await page.evaluate(() => ({
				overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				wider: [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).length,
				headerRowShown: [...document.querySelectorAll('.kam-matrix thead')].some((el) => getComputedStyle(el).display !== 'none'),
				tierLabels: [...document.querySelectorAll('.kam-matrix__tier')].filter((el) => getComputedStyle(el).display !== 'none').length,
				rows: document.querySelectorAll('.kam-matrix tr[id], article.kam-service').length,
			}));
			await page.close();
			expect(result.overflow).toBe(0);
			expect(result.wider).toBe(0);
			if (path.includes('/services/')) {
				expect(result.rows).toBe(services.length);
				expect(result.headerRowShown).toBe(false);
				expect(result.tierLabels).toBe(services.length * tierCount);
			} else expect(result.rows).toBeGreaterThan(0);
		},
	);
});
