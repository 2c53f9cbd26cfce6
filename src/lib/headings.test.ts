import { describe, expect, it } from 'vitest';
import { headingsOf, textOf } from './headings.ts';

describe('headingsOf', () => {
	it('lists every h2 with an id, and only the h3s marked for the table of contents, in document order', () => {
		const html = [
			'<h2 id="plan">Plan &amp; review</h2>',
			'<h3 id="steps">Steps</h3>',
			'<h3 id="cell-a" data-kam-toc>Global <em>Smart</em> Key Account Manager</h3>',
			'<h2>No id</h2>',
			'<h2 id="result" data-kam-toc="skip" tabindex="-1">Result</h2>',
			'<h2 class="x" id="r&amp;d">R&amp;D &#8211; &#x201e;Lab&#x201c;</h2>',
		].join('\n');
		expect(headingsOf(html)).toEqual([
			{ depth: 2, slug: 'plan', text: 'Plan & review' },
			{ depth: 3, slug: 'cell-a', text: 'Global Smart Key Account Manager' },
			{ depth: 2, slug: 'r&d', text: 'R&D – „Lab“' },
		]);
	});

	it('reads no heading from text that only looks like one', () => {
		expect(headingsOf('<p>&lt;h2 id="x"&gt;Not a heading&lt;/h2&gt;</p>')).toEqual([]);
	});
});

describe('textOf', () => {
	it('drops tags and collapses white space', () => {
		expect(textOf('  <span>Key</span>\n  Account <abbr title="x">KAM</abbr> ')).toBe('Key Account KAM');
	});
});
