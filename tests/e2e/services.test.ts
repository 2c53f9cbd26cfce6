// Service levels in the browser: department pages and anchors, search, the CSV download, and the matrix without JavaScript on a phone.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOM, parseCsv } from '#src/lib/csv.ts';
import type { Department } from '#src/schemas/departments.ts';
import type { Service } from '#src/schemas/services.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { openSite, sitemapPaths, visit, type Site, searchPages } from './harness.ts';

const departments = parse(readFileSync('content/departments.yaml', 'utf8')) as Department[];
const services = parse(readFileSync('content/services.yaml', 'utf8')) as Service[];
const tierCount = (parse(readFileSync('content/tiers.yaml', 'utf8')) as unknown[]).length;
const langs = ['de', 'en'] as const;

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
		const { page } = await visit(site, '/en/departments/logistics/#vmi-consignment-stock');
		const heading = page.locator('#vmi-consignment-stock');
		expect(await heading.innerText()).toBe('VMI and consignment stock');
		expect(await heading.evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < window.innerHeight)).toBe(
			true,
		);
		const badges = await page.locator('.kam-level').allInnerTexts();
		await page.close();
		expect(badges.length).toBeGreaterThan(0);
		for (const badge of badges) expect(badge).toMatch(/^\S+\s+(Included|Chargeable|On request|Not offered)$/);
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

describe('CSV download', () => {
	it.each(langs)('the %s link on the matrix page downloads a BOM-prefixed CSV of every service', async (lang) => {
		const { page } = await visit(site, `/${lang}/services/`);
		const link = page.locator('a[data-kam-csv]');
		expect(await link.getAttribute('href')).toBe(`/downloads/services-${lang}.csv`);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const bytes = readFileSync((await download.path())!);
		await page.close();
		expect(download.suggestedFilename()).toBe(`services-${lang}.csv`);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text.startsWith(BOM)).toBe(true);
		const [header, ...rows] = parseCsv(text);
		expect(header![0]).toBe('ID');
		expect(header![1]).toBe(lang === 'de' ? 'Abteilung' : 'Department');
		expect(rows.map((r) => r[0]).sort()).toEqual(services.map((s) => s.id).sort());
		const vmi = rows.find((r) => r[0] === 'vmi-consignment-stock')!;
		expect(vmi[2]).toBe(services.find((s) => s.id === 'vmi-consignment-stock')!.name[lang]);
	});
});

describe('without JavaScript, on a 360px phone', () => {
	let browser: Browser;
	let context: BrowserContext;
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
		context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, isMobile: true });
		const local = new URL(site.url('/')).host;
		await context.route('**/*', (route) => (new URL(route.request().url()).host === local ? route.continue() : route.abort()));
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.each(['/de/services/', '/en/services/', '/de/departments/logistics/', '/en/departments/management/'])(
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
