// Printing role profiles and plan templates: content only, no navigation, blocks kept whole, room to write in every
// section of every plan template, no heading alone at the foot of a page, table rows kept whole, German hyphenated;
// a lean sales plan fits on three A4 pages. (Page counts for the sample's pages: tests/sample/e2e/print.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiText } from '#src/data/ui-text.ts';
import { templateTitle } from '#src/domain/plans/document.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { LEAN_PLAN_MAX_SECTIONS } from '#src/content/rules/plans.ts';
import { A4, pdfFacts, pdfHeadings } from '#tests/fixtures/pdf.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { openSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

// Navigation and controls that must not reach paper.
const HIDDEN_IN_PRINT = [
	'header.header',
	'nav.sidebar',
	'.right-sidebar-container',
	'mobile-starlight-toc',
	'starlight-toc',
	'site-search',
	'starlight-theme-select',
	'starlight-lang-select',
	'.pagination-links',
	'.kam-downloads',
];

const { tiers, roles } = realContent();
/** Millimetres in PDF points. */
const mm = (value: number) => (value * 72) / 25.4;
const [first, middle, last] = [tiers[0]!, tiers[Math.floor(tiers.length / 2)]!, tiers.at(-1)!];
const roleOf = (tier: (typeof tiers)[number]) => roles.find((r) => r.tier === tier.id)!;
// Role profiles and plan templates in both languages, with the title each page shows.
const pages = [
	[`/de/roles/${roleOf(last).id}/`, roleOf(last).title.de],
	[`/en/roles/${roleOf(first).id}/`, roleOf(first).title.en],
	[`/de/plans/${last.id}/`, templateTitle(last, 'de', uiText('de'))],
	[`/en/plans/${first.id}/`, templateTitle(first, 'en', uiText('en'))],
] as const;

describe('printing', () => {
	it.each(pages)('%s shows only the content when printed', async (path, title) => {
		const { page } = await visit(site, path);
		await page.emulateMedia({ media: 'print' });
		const visible: string[] = [];
		for (const selector of HIDDEN_IN_PRINT)
			for (const el of await page.locator(selector).all()) if (await el.isVisible()) visible.push(selector);
		expect(visible).toEqual([]);
		expect(await page.locator('main h1').isVisible()).toBe(true);
		expect(await page.locator('main h1').textContent()).toBe(title);
		expect(await page.locator('main h2').first().isVisible()).toBe(true);
		// The same page on screen does show the navigation, so the check above is about print, not a broken page.
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('header.header').isVisible()).toBe(true);
		await page.close();
	});

	it.each([`/en/plans/${middle.id}/`, `/de/roles/${roleOf(middle).id}/`])(
		'%s keeps blocks whole and headings with their text',
		async (path) => {
			const { page } = await visit(site, path);
			await page.emulateMedia({ media: 'print' });
			const styles = await page.evaluate(() => {
				const blocks = [...document.querySelectorAll('.kam-plan-section, .kam-print-block')];
				const headings = [...document.querySelectorAll('main .sl-markdown-content h2')];
				return {
					blocks: blocks.length,
					blockBreaks: [...new Set(blocks.map((el) => getComputedStyle(el).breakInside))],
					headingBreaks: [...new Set(headings.map((el) => getComputedStyle(el).breakAfter))],
				};
			});
			await page.close();
			expect(styles.blocks).toBeGreaterThan(5);
			expect(styles.blockBreaks).toEqual(['avoid']);
			expect(styles.headingBreaks).toEqual(['avoid']);
		},
	);

	// Every plan template is a form on paper: each section keeps a box for the answers of at least 19 mm (about
	// 72 CSS pixels), and no section heading is left at the foot of a page without its text. "Two pages instead of
	// twenty": a lean plan keeps at most six sections (a content rule) and prints on at most three A4 pages.
	const templates = LANGUAGES.flatMap((lang) => tiers.map((tier) => [`/${lang}/plans/${tier.id}/`, tier] as const));
	it.each(templates)('%s prints with room to write, every heading with its text, hyphenated', async (path, tier) => {
		const { page } = await visit(site, path);
		await page.emulateMedia({ media: 'print' });
		const boxes = await page.$$eval('.kam-plan-section', (sections) =>
			sections.map((section) => {
				const box = section.querySelector('.kam-plan-answer');
				return {
					title: section.querySelector('h2')?.textContent ?? '',
					height: box ? box.getBoundingClientRect().height : 0,
					hyphens: `${section.closest('[lang]')?.getAttribute('lang')} ${getComputedStyle(section).hyphens}`,
				};
			}),
		);
		const pdf = await page.pdf({ ...A4, outline: true, tagged: true });
		await page.close();
		expect(boxes.length).toBeGreaterThan(0);
		expect(boxes.filter((box) => box.height < 72)).toEqual([]);
		// Narrow columns (questions in two columns) break long German compounds with a hyphen.
		expect([...new Set(boxes.map((box) => box.hyphens))]).toEqual([`${path.split('/')[1]} auto`]);
		// A heading whose top lies within 27 mm of the paper's edge (15 mm margin + about three lines) stands alone there.
		const headings = pdfHeadings(pdf);
		expect(headings.length).toBeGreaterThan(boxes.length);
		expect(headings.filter((h) => h.page < 0 || h.fromBottom < mm(27)).map((h) => h.title)).toEqual([]);
		if (tier.plan.approach === 'lean-sales-plan') {
			expect(boxes.length).toBeLessThanOrEqual(LEAN_PLAN_MAX_SECTIONS);
			expect(pdfFacts(pdf).pages).toBeLessThanOrEqual(3);
		}
	});

	// Tables on paper: rows kept whole, the header row repeated on every page, German compounds hyphenated in cells
	// and in the plan's narrow columns (the browser needs the page's lang and hyphens: auto for it).
	it.each(LANGUAGES)('/%s/plans/ prints its table whole row by row, hyphenating in the page language', async (lang) => {
		const { page } = await visit(site, `/${lang}/plans/`);
		await page.emulateMedia({ media: 'print' });
		const tables = await page.$$eval('main table', (list: HTMLTableElement[]) =>
			list.map((table) => {
				const cells = [...table.querySelectorAll('th, td')];
				return {
					display: getComputedStyle(table).display,
					header: table.tHead ? getComputedStyle(table.tHead).display : 'none',
					rows: [...new Set([...table.rows].map((row) => getComputedStyle(row).breakInside))],
					hyphens: [...new Set(cells.map((cell) => getComputedStyle(cell).hyphens))],
					langs: [...new Set(cells.map((cell) => cell.closest('[lang]')?.getAttribute('lang')))],
				};
			}),
		);
		await page.close();
		expect(tables.length).toBeGreaterThan(0);
		for (const table of tables)
			expect(table).toEqual({ display: 'table', header: 'table-header-group', rows: ['avoid'], hyphens: ['auto'], langs: [lang] });
	});
});
