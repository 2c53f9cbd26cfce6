// Printing role profiles and plan templates: content only, no navigation, blocks kept whole, room to write in every
// section; a lean sales plan fits on three A4 pages. (Page counts for the sample's pages: tests/sample/e2e/print.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiText } from '#src/data/ui-text.ts';
import { templateTitle } from '#src/domain/plans/document.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { LEAN_PLAN_MAX_SECTIONS } from '#src/content/rules/plans.ts';
import { A4, pdfFacts } from '#tests/fixtures/pdf.ts';
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

	// "Two pages instead of twenty": a lean plan keeps at most six sections (a content rule), and its template prints on
	// at most three A4 pages, each section with its box for the answers.
	const lean = tiers.filter((tier) => tier.plan.approach === 'lean-sales-plan');
	it.each(LANGUAGES.flatMap((lang) => lean.map((tier) => `/${lang}/plans/${tier.id}/`)))(
		'%s, a lean sales plan, prints on at most three A4 pages with room to write',
		async (path) => {
			const { page } = await visit(site, path);
			await page.emulateMedia({ media: 'print' });
			const boxes = await page.evaluate(() =>
				[...document.querySelectorAll('.kam-plan-section')].map((section) => {
					const box = section.querySelector('.kam-plan-answer');
					return box ? box.getBoundingClientRect().height : 0;
				}),
			);
			const pdf = await page.pdf(A4);
			await page.close();
			expect(boxes.length).toBeGreaterThan(0);
			expect(boxes.length).toBeLessThanOrEqual(LEAN_PLAN_MAX_SECTIONS);
			// At least 19 mm (about 72 CSS pixels) of room under every section.
			expect(
				boxes.every((height) => height >= 72),
				boxes.join(', '),
			).toBe(true);
			expect(pdfFacts(pdf).pages).toBeLessThanOrEqual(3);
		},
	);
});
