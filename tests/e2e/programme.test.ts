// Running the programme in the browser: the portfolio review, transitions, service exceptions and scorecards pages are
// in the sitemap in both languages, pass axe in dark theme (pages.test.ts audits every page in light theme), carry
// owner and review date, and fit a phone; each transition's checklist lists every service whose level changes; the
// department, tier and role pages show their part; the scorecards and services CSV files hold what the data says.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { loadContent } from '#src/content/load.ts';
import { UI_STRINGS } from '#src/data/ui-text.ts';
import { scorecardLines } from '#src/domain/programme/scorecards.ts';
import { serviceChanges } from '#src/domain/programme/transitions.ts';
import { BOM, parseCsv } from '#src/lib/csv.ts';
import { inOrder } from '#src/lib/order.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { axeViolations, downloadBytes, inTurn, openSite, sitemapPaths, visit, type Site } from './harness.ts';

const { tiers, services, departments, roles } = realContent();
const { collections } = loadContent();
const transitions = inOrder(collections.transitions);
const kpis = new Map(collections.scorecards.flatMap((item) => (item.kind === 'kpi' ? [[item.id, item] as const] : [])));
const scorecards = collections.scorecards.flatMap((item) => (item.kind === 'scorecard' ? [item] : []));
const requests = collections.serviceExceptions.flatMap((item) => (item.kind === 'department' ? [item] : []));
const values = collections.serviceValues;
const langs = LANGUAGES;

const newPages = (lang: string) => [
	`/${lang}/portfolio-review/`,
	`/${lang}/transitions/`,
	...transitions.map((t) => `/${lang}/transitions/${t.id}/`),
	`/${lang}/service-exceptions/`,
	`/${lang}/scorecards/`,
];
const allNew = langs.flatMap(newPages);

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('the programme pages', () => {
	it('are all in the sitemap, in every language', () => {
		const sitemap = sitemapPaths();
		expect(allNew.filter((path) => !sitemap.includes(path))).toEqual([]);
	});

	// Two pages under way at once: one waits for the browser while the other's axe run uses the CPU.
	const darkAudit = inTurn(
		allNew,
		async (path: string) => {
			const { page, errors } = await visit(site, path, { dark: true });
			const theme = await page.evaluate(() => document.documentElement.dataset.theme);
			const axe = await axeViolations(page);
			const governance = await page.locator('.kam-governance').first().innerText();
			const time = await page.locator('.kam-governance time').first().getAttribute('datetime');
			await page.close();
			return { theme, axe, errors, governance, time };
		},
		2,
	);
	it.each(allNew)('%s passes axe in dark theme and names its owner and review date', async (path) => {
		const { theme, axe, errors, governance, time } = await darkAudit(path);
		expect(theme).toBe('dark');
		expect(axe).toEqual([]);
		expect(errors).toEqual([]);
		expect(governance.length).toBeGreaterThan(0);
		expect(time).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('transition checklists', () => {
	it.each(transitions.map((t) => [t.id, t] as const))(
		'%s lists every service whose level changes, and tells every department',
		async (_id, transition) => {
			const lang = 'en';
			const { page } = await visit(site, `/${lang}/transitions/${transition.id}/`);
			const rows = await page.evaluate(() =>
				[...document.querySelectorAll('#services ~ .kam-table-scroll tbody th a')].map((a) => a.getAttribute('href')!.split('#')[1]),
			);
			const checklist = await page.locator('fieldset.kam-checklist').allInnerTexts();
			await page.close();
			expect(rows).toEqual(
				expect.arrayContaining(serviceChanges(services, transition.from, transition.to).map((change) => change.service.id)),
			);
			expect(rows).toHaveLength(serviceChanges(services, transition.from, transition.to).length);
			const text = checklist.join('\n');
			for (const told of transition.departments) expect(text).toContain(departments.find((d) => d.id === told.department)!.name[lang]);
			for (const note of transition.services) expect(text).toContain(services.find((s) => s.id === note.service)!.name[lang]);
		},
	);

	it('can be ticked off by keyboard', async () => {
		const { page } = await visit(site, `/de/transitions/${transitions[0]!.id}/`);
		const first = page.locator('fieldset.kam-checklist input[type="checkbox"]').first();
		await first.focus();
		await page.keyboard.press('Space');
		expect(await first.isChecked()).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
		await page.close();
	});
});

describe('department, tier and role pages', () => {
	it.each(langs)('in %s, every department page says what to do when the customer asks for more', async (lang) => {
		for (const department of departments) {
			const { page } = await visit(site, `/${lang}/departments/${department.id}/`);
			const heading = await page.locator('#asks-for-more').innerText();
			const caseRows = await page.locator('#asks-for-more ~ .kam-table-scroll').first().locator('tbody tr').count();
			const moreLink = await page.locator(`a[href="/${lang}/service-exceptions/"]`).count();
			await page.close();
			expect(heading, department.id).toBe(UI_STRINGS[lang]['kam.exceptions.departmentSection']);
			const own = requests.find((r) => r.department === department.id);
			if (own) expect(caseRows, department.id).toBe(own.cases.length);
			expect(moreLink, department.id).toBeGreaterThan(0);
		}
	});

	it('a department page shows each tier’s service values under its level', async () => {
		const entry = values[0]!;
		const service = services.find((s) => s.id === entry.id)!;
		const { page } = await visit(site, `/en/departments/${service.department}/`);
		const shown = await page.locator(`article:has(h3[id="${service.id}"]) .kam-values li`).allInnerTexts();
		await page.close();
		const expected = entry.values.flatMap((v) => tiers.filter((t) => v.tiers[t.id]).map(() => v.label.en));
		expect(shown).toHaveLength(expected.length);
		for (const label of expected) expect(shown.some((line) => line.startsWith(`${label}: `))).toBe(true);
	});

	it.each(tiers.map((t) => [t.id, t] as const))('the %s tier page shows its scorecard and its moves', async (_id, tier) => {
		const { page } = await visit(site, `/de/tiers/${tier.id}/`);
		const kpiNames = await page.locator('#scorecard ~ div .kam-table-scroll').first().locator('tbody th').allInnerTexts();
		const moves = await page.evaluate(() =>
			[...document.querySelectorAll('main a[href*="/transitions/"]')].map((a) => a.getAttribute('href')!.split('/').at(-2)),
		);
		await page.close();
		const scorecard = scorecards.find((s) => s.tier === tier.id)!;
		expect(kpiNames).toEqual(scorecardLines(scorecard, kpis).map((line) => line.definition.name.de));
		const expected = transitions.filter((t) => t.from.includes(tier.id) || t.to === tier.id).map((t) => t.id);
		expect([...new Set(moves)].sort()).toEqual(expected.sort());
	});

	it.each(roles.map((r) => [r.id, r] as const))('the %s role page shows how the role is measured and paid, if it is', async (_id, role) => {
		const { page } = await visit(site, `/en/roles/${role.id}/`);
		const section = await page.locator('h2#scorecard').count();
		const tables = await page.locator('h2#scorecard ~ .kam-table-scroll').count();
		await page.close();
		const credited = scorecards.some((s) => s.pay.splits.some((split) => split.credits.some((c) => c.role === role.id)));
		const measured = Boolean(role.tier);
		expect(section).toBe(measured || credited ? 1 : 0);
		if (measured || credited) expect(tables).toBeGreaterThan(0);
	});
});

describe('CSV downloads', () => {
	it.each(langs)('the %s scorecards file holds every KPI of every tier’s scorecard', async (lang) => {
		const { page } = await visit(site, `/${lang}/scorecards/`);
		const link = page.locator('a[data-kam-csv]');
		expect(await link.getAttribute('href')).toBe(`/downloads/scorecards-${lang}.csv`);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const bytes = await downloadBytes(download);
		await page.close();
		expect(download.suggestedFilename()).toBe(`scorecards-${lang}.csv`);
		const text = bytes.toString('utf8');
		expect(text.startsWith(BOM)).toBe(true);
		const [header, ...rows] = parseCsv(text);
		expect(header![0]).toBe(UI_STRINGS[lang]['kam.scorecards.csv.tier']);
		expect(header![2]).toBe(UI_STRINGS[lang]['kam.scorecards.csv.kpi']);
		const expected = scorecards.flatMap((s) => scorecardLines(s, kpis).map((line) => `${s.tier}/${line.kpi}`));
		const tierId = (name: string) => tiers.find((t) => t.name[lang] === name)?.id;
		expect(rows.map((r) => `${tierId(r[0]!)}/${r[1]}`).sort()).toEqual(expected.sort());
		const [kpiId, kpi] = [...kpis][0]!;
		expect(rows.find((r) => r[1] === kpiId)![3]).toBe(kpi.definition[lang]);
	});

	it.each(langs)('the %s services file has a column of service values per tier', async (lang) => {
		const response = await fetch(site.url(`/downloads/services-${lang}.csv`));
		const [header, ...rows] = parseCsv(await response.text());
		for (const tier of tiers)
			expect(header).toContain(UI_STRINGS[lang]['kam.serviceValues.csvColumn'].replace('{{tier}}', tier.name[lang]));
		const entry = values[0]!;
		const row = rows.find((r) => r[0] === entry.id)!;
		expect(row.slice(-tiers.length).join(' ')).toContain(entry.values[0]!.label[lang]);
	});
});

describe('on a 360px phone', () => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await site.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	});
	it.each([
		...newPages('de').slice(0, 3),
		`/en/service-exceptions/`,
		`/en/scorecards/`,
		`/en/tiers/${tiers[0]!.id}/`,
		`/de/roles/${roles[0]!.id}/`,
	])('%s fits the screen: no programme table runs off it', async (path) => {
		const page = await context.newPage();
		await page.goto(site.url(path));
		const result = await page.evaluate(() => ({
			overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			// The programme's tables and value lists; other tables on tier and role pages are not this file's business.
			wider: [...document.querySelectorAll('main .kam-programme-table, main .kam-programme-table *, main .kam-values *')]
				.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
				.map((el) => el.tagName + '.' + el.className),
		}));
		await page.close();
		expect(result.overflow).toBe(0);
		expect(result.wider).toEqual([]);
	});
});
