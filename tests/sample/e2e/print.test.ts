// Printing the shipped sample's role profiles and plan templates (run only while content/ is the sample): a real PDF
// from headless Chromium, titled like the page, of a length that fits what the sample's pages hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, visit, type Site } from '#tests/e2e/harness.ts';
import { A4, pdfFacts } from '#tests/fixtures/pdf.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const pages = [
	['/de/roles/smart-kam/', 'Smart Key Account Manager', 1, 6],
	['/en/roles/strategic-kam/', 'Strategic Key Account Manager', 1, 6],
	['/de/plans/smart/', 'Vorlage Vertriebsplan: Smart Key Account', 2, 3],
	['/en/plans/strategic/', 'Key account plan template: Strategic Key Account', 3, 20],
] as const;

describe('printing', () => {
	it.each(pages)('%s prints to a PDF of a sensible length', async (path, title, min, max) => {
		const { page } = await visit(site, path);
		const pdf = await page.pdf(A4);
		await page.close();
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const facts = pdfFacts(pdf);
		expect(facts.title.startsWith(title)).toBe(true);
		expect(facts.pages).toBeGreaterThanOrEqual(min);
		expect(facts.pages).toBeLessThanOrEqual(max);
	});
});
