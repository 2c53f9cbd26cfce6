import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from './docx.ts';
import { planTemplate } from './template.ts';
import { SECTIONS, TEXT } from '#tests/fixtures/plan-sections.ts';
import { docxHeadings, docxParagraphs } from '#tests/fixtures/docx.ts';

const render = (tier: string, lang: 'de' | 'en' = 'en') => renderPlanDocx({ template: planTemplate(SECTIONS, tier, lang), text: TEXT });

describe('renderPlanDocx', () => {
	it('produces a zip (Word) file whose Heading 1 paragraphs are exactly the tier’s sections', async () => {
		const bytes = await render('smart');
		expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
		expect(docxHeadings(bytes)).toEqual(['Cover', 'Tender calendar and target prices', 'Global appendix']);
		expect(docxHeadings(await render('key'))).toEqual(['Cover', 'Global appendix']);
		expect(docxHeadings(await render('strategic', 'de'))).toEqual([
			'Deckblatt',
			'Ausschreibungskalender und Zielpreise',
			'Globaler Anhang',
		]);
	});

	it('sets the title in the Title style, not as a heading', async () => {
		const paragraphs = docxParagraphs(await render('smart'));
		expect(paragraphs.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['Sales plan – Smart Key Account']);
	});

	it('has a cover block, depth and sharing lines, the global-only note and the omitted list', async () => {
		const texts = docxParagraphs(await render('key')).map((p) => p.text);
		for (const field of TEXT.coverFields) expect(texts).toContain(field);
		expect(texts).toContain('Depth: Full   Sharing: Shareable extract');
		expect(texts).toContain('For global accounts only – leave this section out for national accounts.');
		expect(texts).toContain('Left out on purpose: Tender calendar and target prices');
	});

	it('keeps data text intact, including characters XML must escape', async () => {
		const texts = docxParagraphs(await render('smart')).map((p) => p.text);
		expect(texts).toContain('Example: Global tender for housing parts: target price €2.40 | volume 3 million units.');
		expect(texts).toContain('Which floor price applies after cost to serve – *before* bonuses?');
	});
});
