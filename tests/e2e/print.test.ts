// Printing role profiles and plan templates: a real PDF from headless Chromium, content only, no navigation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, visit, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

/** Page count and document title of a PDF as Chromium writes it (uncompressed page tree, UTF-16 title). */
function pdfFacts(pdf: Buffer) {
	const text = pdf.toString('latin1');
	const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
	const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text)?.[1] ?? '';
	const title = Buffer.from(hex, 'hex').swap16().toString('utf16le');
	return { pages, title };
}

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

const pages = [
	['/de/roles/smart-kam/', 'Smart Key Account Manager', 1, 6],
	['/en/roles/strategic-kam/', 'Strategic Key Account Manager', 1, 6],
	['/de/plans/smart/', 'Vorlage Vertriebsplan (Sales Plan): Smart Key Account', 2, 14],
	['/en/plans/strategic/', 'Key account plan template: Strategic Key Account', 3, 20],
] as const;

describe('printing', () => {
	it.each(pages)('%s prints to a PDF of a sensible length', async (path, title, min, max) => {
		const { page } = await visit(site, path);
		const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
		await page.close();
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const facts = pdfFacts(pdf);
		expect(facts.title.startsWith(title)).toBe(true);
		expect(facts.pages).toBeGreaterThanOrEqual(min);
		expect(facts.pages).toBeLessThanOrEqual(max);
	});

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

	it.each(['/en/plans/key/', '/de/roles/kam/'])('%s keeps blocks whole and headings with their text', async (path) => {
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
	});
});
