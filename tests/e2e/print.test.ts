// Printing role profiles and plan templates: content only, no navigation, blocks kept whole. (The PDFs' page counts
// for the sample's pages are in tests/sample/e2e/print.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiText } from '#src/data/ui-text.ts';
import { templateTitle } from '#src/domain/plans/document.ts';
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
});
