import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
	blocksToMarkdown,
	escapeMarkdown,
	extraScripts,
	formatBytes,
	gzipSize,
	inlineCode,
	mainText,
	markdownTable,
	median,
	multiplyEntries,
	ratio,
	resourceKind,
	summariseResponses,
	withInlineCode,
} from './stats.ts';

describe('median and ratio', () => {
	it('takes the middle value, or the mean of the two middle values', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(() => median([])).toThrow();
	});
	it('does not reorder its input', () => {
		const input = [3, 1, 2];
		median(input);
		expect(input).toEqual([3, 1, 2]);
	});
	it('rounds ratios to two decimals and refuses a zero divisor', () => {
		expect(ratio(13, 10)).toBe(1.3);
		expect(ratio(2, 3)).toBe(0.67);
		expect(ratio(1, 0)).toBeUndefined();
	});
});

describe('response summaries', () => {
	it('counts gzip bytes of the real compressed body', () => {
		const text = 'abc '.repeat(1000);
		expect(gzipSize(text)).toBe(gzipSync(text).length);
		expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
		expect(gzipSize(text)).toBeLessThan(text.length / 10);
	});
	it('classifies responses by content type, then by extension', () => {
		expect(resourceKind('text/javascript; charset=utf-8', 'http://x/a.js')).toBe('js');
		expect(resourceKind('application/octet-stream', 'http://x/_astro/b.mjs')).toBe('js');
		expect(resourceKind('text/css', 'http://x/a')).toBe('css');
		expect(resourceKind('text/html; charset=utf-8', 'http://x/en/')).toBe('html');
		expect(resourceKind('image/svg+xml', 'http://x/favicon.svg')).toBe('other');
	});
	it('sums bytes per kind and in total, and counts requests', () => {
		const summary = summariseResponses([
			{ url: 'http://x/a.js', kind: 'js', raw: 100, gzip: 40 },
			{ url: 'http://x/b.js', kind: 'js', raw: 50, gzip: 20 },
			{ url: 'http://x/', kind: 'html', raw: 1000, gzip: 300 },
		]);
		expect(summary.requests).toBe(3);
		expect(summary.bytes.js).toEqual({ raw: 150, gzip: 60 });
		expect(summary.bytes.css).toEqual({ raw: 0, gzip: 0 });
		expect(summary.total).toEqual({ raw: 1150, gzip: 360 });
	});
	it('names scripts the baseline does not load, ignoring build hashes', () => {
		const ours = ['http://a/_astro/page.AbC12345.js', 'http://a/_astro/SelfAssessment.x1y2z3w4.js'];
		const bare = ['http://b/_astro/page.ZZZ99999.js'];
		expect(extraScripts(ours, bare)).toEqual(['/_astro/SelfAssessment.x1y2z3w4.js']);
		expect(extraScripts(bare, ours)).toEqual([]);
	});
});

describe('formatting', () => {
	it('formats bytes in B, KB and MB', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(12_595)).toBe('12.3 KB');
		expect(formatBytes(5 * 1024 * 1024)).toBe('5.00 MB');
	});
	it('writes a Markdown table with right-aligned figures and escaped pipes', () => {
		expect(markdownTable(['Page', 'JS'], [['a|b', 12]])).toBe('| Page | JS |\n| --- | ---: |\n| a\\|b | 12 |');
	});
	it('escapes Markdown syntax in prose', () => {
		expect(escapeMarkdown('# a *b* [c] <d>')).toBe('\\# a \\*b\\* \\[c\\] \\<d\\>');
		expect(escapeMarkdown('1. item')).toBe('1\\. item');
		expect(escapeMarkdown('- item')).toBe('\\- item');
	});
});

describe('mainText', () => {
	it('keeps the title and the readable paragraphs of <main>, without scripts and navigation', () => {
		const html = `<nav><p>Sidebar</p></nav><main><h1 id="t">R&amp;D <em>plan</em></h1><p>First &ndash; para&#39;s text</p>
			<script>var x = "<p>no</p>";</script><ul><li>One</li><li>Two</li></ul><svg><text>icon</text></svg></main><footer>F</footer>`;
		const { title, blocks } = mainText(html);
		expect(title).toBe('R&D plan');
		expect(blocks).toEqual([
			{ kind: 'text', text: "First – para's text" },
			{ kind: 'text', text: 'One' },
			{ kind: 'text', text: 'Two' },
		]);
	});

	it('keeps headings with their level, without Starlight’s anchor links, and code blocks with their lines', () => {
		const html = `<main><div class="sl-heading-wrapper level-h2"><h2 id="a">Add a <code>service</code></h2><a class="sl-anchor-link" href="#a"><span class="sr-only">Section titled “Add a service”</span></a></div>
			<div class="expressive-code"><figure><pre data-language="yaml" class="wrap"><code><div class="ec-line"><div class="code"><span>- id: </span><span>a&amp;b</span></div></div><div class="ec-line"><div class="code"><span class="indent">  </span><span>order: 1</span></div></div></code></pre></figure></div>
			<h3 id="b">Then</h3><p>Run it.</p></main>`;
		const { blocks } = mainText(html);
		expect(blocks).toEqual([
			{ kind: 'heading', level: 2, text: 'Add a service' },
			{ kind: 'code', language: 'yaml', text: '- id: a&b\n  order: 1' },
			{ kind: 'heading', level: 3, text: 'Then' },
			{ kind: 'text', text: 'Run it.' },
		]);
		expect(blocksToMarkdown(blocks)).toBe('## Add a service\n\n```yaml\n- id: a&b\n  order: 1\n```\n\n### Then\n\nRun it.');
	});
});

describe('multiplyEntries', () => {
	it('keeps the originals and adds numbered copies with unique ids and names', () => {
		const entries = [{ id: 'a', name: { de: 'A', en: 'A' }, other: 1 }];
		const out = multiplyEntries(entries, 3, ['name']);
		expect(out.map((e) => e.id)).toEqual(['a', 'a-x2', 'a-x3']);
		expect(out[2]!.name).toEqual({ de: 'A 3', en: 'A 3' });
		expect(entries[0]!.name.de).toBe('A');
		expect(multiplyEntries(entries, 1)).toEqual(entries);
	});
});

describe('inline code', () => {
	const html = `<head><script>theme()</script><script type="module">island()</script><script type="application/json">{"a":1}</script>
<script type="module" src="/_astro/page.js"></script><style>.a{color:red}</style><style data-x="1">
.b{}</style></head><body><script></script></body>`;

	it('finds the inline scripts that run and the style elements, not data blocks or scripts loaded from files', () => {
		expect(inlineCode(html)).toEqual({ js: ['theme()', 'island()'], css: ['.a{color:red}', '\n.b{}'] });
	});

	it('adds them to JavaScript and CSS and leaves the transferred total alone', () => {
		const summary = summariseResponses([
			{ url: 'http://x/', kind: 'html', raw: 500, gzip: 200 },
			{ url: 'http://x/a.js', kind: 'js', raw: 100, gzip: 50 },
		]);
		const weighed = withInlineCode(summary, html);
		expect(weighed.inline.js.raw).toBe('theme()\nisland()'.length);
		expect(weighed.bytes.js.raw).toBe(100 + weighed.inline.js.raw);
		expect(weighed.bytes.js.gzip).toBe(50 + weighed.inline.js.gzip);
		expect(weighed.bytes.css.raw).toBe(weighed.inline.css.raw);
		expect(weighed.bytes.html).toEqual(summary.bytes.html);
		expect(weighed.total).toEqual(summary.total);
		expect(withInlineCode(summary, '<p>no code</p>').bytes).toEqual(summary.bytes);
	});
});
