import { describe, expect, it } from 'vitest';
import { mdText, renderPlanMarkdown } from './markdown.ts';
import { planTemplate } from './template.ts';
import { SECTIONS, TEXT } from '#tests/fixtures/plan-sections.ts';

const smart = renderPlanMarkdown({ template: planTemplate(SECTIONS, 'smart', 'en'), text: TEXT });
const headings = (md: string, level: string) =>
	md
		.split('\n')
		.filter((l) => l.startsWith(`${level} `))
		.map((l) => l.slice(level.length + 1));

describe('renderPlanMarkdown', () => {
	it('has one title and one second-level heading per section, in order', () => {
		expect(headings(smart, '#')).toEqual(['Sales plan – Smart Key Account']);
		expect(headings(smart, '##')).toEqual(['Cover', 'Tender calendar and target prices', 'Global appendix']);
		expect(smart).not.toMatch(/^#{3,} /m);
	});

	it('leaves omitted sections out of the body and names them at the end', () => {
		const key = renderPlanMarkdown({ template: planTemplate(SECTIONS, 'key', 'en'), text: TEXT });
		expect(headings(key, '##')).toEqual(['Cover', 'Global appendix']);
		expect(key.trimEnd().split('\n').at(-1)).toBe('**Left out on purpose:** Tender calendar and target prices');
	});

	it('states depth and sharing level for every section', () => {
		const lines = smart.split('\n').filter((l) => l.startsWith('**Depth:**'));
		expect(lines).toEqual([
			'**Depth:** Short · **Sharing:** Internal only',
			'**Depth:** Full · **Sharing:** Internal only',
			'**Depth:** Short · **Sharing:** Internal only',
		]);
	});

	it('puts the cover block into the cover section and answer slots into the others', () => {
		const cover = smart.slice(smart.indexOf('## Cover'), smart.indexOf('## Tender'));
		expect(cover).toContain('| Field | Entry |\n| --- | --- |\n| Customer (companies and sites) |  |');
		expect(cover).toContain('| Next review |  |');
		expect(cover).not.toContain('**Your answers**');
		const tender = smart.slice(smart.indexOf('## Tender'), smart.indexOf('## Global'));
		expect(tender).toContain('**Your answers**\n\n1.\n2.');
	});

	it('marks the global appendix as global-only', () => {
		const appendix = smart.slice(smart.indexOf('## Global appendix'));
		expect(appendix).toContain('> **For global accounts only – leave this section out for national accounts.**');
	});

	it('escapes data text so it cannot become Markdown syntax', () => {
		expect(smart).toContain('– \\*before\\* bonuses?');
		expect(smart).toContain('€2.40 \\| volume');
	});
});

describe('mdText', () => {
	it.each([
		['plain text', 'plain text'],
		['line\n  break', 'line break'],
		['# not a heading', '\\# not a heading'],
		['<script>', '\\<script\\>'],
		['[link](x)', '\\[link\\](x)'],
		['a_b*c`d\\e', 'a\\_b\\*c\\`d\\\\e'],
	])('%j → %j', (input, expected) => {
		expect(mdText(input)).toBe(expected);
	});
});
