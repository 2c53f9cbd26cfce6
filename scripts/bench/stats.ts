// Pure helpers for `npm run bench`: statistics, response summaries, tables, text extraction, scaling.
import { gzipSync } from 'node:zlib';

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of an empty list');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** a / b rounded to two decimals; undefined when b is zero. */
export function ratio(a: number, b: number): number | undefined {
	return b === 0 ? undefined : Math.round((a / b) * 100) / 100;
}

/** Bytes of `body` after gzip at the default level a web server would use. */
export function gzipSize(body: Uint8Array | string): number {
	return gzipSync(body).length;
}

/** Kinds of response the page-weight table shows. */
export type ResourceKind = 'js' | 'css' | 'html' | 'other';

/** Kind of a response from its content type and URL. */
export function resourceKind(contentType: string, url: string): ResourceKind {
	const type = contentType.toLowerCase();
	const path = new URL(url).pathname;
	if (type.includes('javascript') || /\.m?js$/.test(path)) return 'js';
	if (type.includes('text/css') || path.endsWith('.css')) return 'css';
	if (type.includes('text/html')) return 'html';
	return 'other';
}

/** One response a page loaded. */
export interface ResponseRecord {
	url: string;
	kind: ResourceKind;
	raw: number;
	gzip: number;
}

/** Raw and gzip bytes per kind, plus the request count. */
export interface WeightSummary {
	requests: number;
	bytes: Record<ResourceKind, { raw: number; gzip: number }>;
	total: { raw: number; gzip: number };
}

/** Sums the responses of one page load by kind. */
export function summariseResponses(responses: readonly ResponseRecord[]): WeightSummary {
	const zero = () => ({ raw: 0, gzip: 0 });
	const bytes: WeightSummary['bytes'] = { js: zero(), css: zero(), html: zero(), other: zero() };
	const total = zero();
	for (const r of responses) {
		bytes[r.kind].raw += r.raw;
		bytes[r.kind].gzip += r.gzip;
		total.raw += r.raw;
		total.gzip += r.gzip;
	}
	return { requests: responses.length, bytes, total };
}

/** Code written into a page's HTML rather than loaded from a file: executable inline scripts and style elements. */
export function inlineCode(html: string): { js: string[]; css: string[] } {
	const js: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = m[1]!;
		const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
		// JSON data blocks and the like never run; scripts with src are counted as the files they load.
		if (/\bsrc=/i.test(attributes) || (type && type !== 'module' && type !== 'text/javascript')) continue;
		if (m[2]!.trim()) js.push(m[2]!);
	}
	const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!).filter((text) => text.trim());
	return { js, css };
}

/**
 * A page's weight with its inline code counted as JavaScript and CSS too (it still counts as HTML, in which it
 * travels): a page that moves code into its HTML does not look lighter for it. Inline blocks are gzipped together.
 */
export function withInlineCode(
	summary: WeightSummary,
	html: string,
): WeightSummary & { inline: Record<'js' | 'css', { raw: number; gzip: number }> } {
	const code = inlineCode(html);
	const size = (blocks: string[]) => {
		const text = blocks.join('\n');
		return { raw: Buffer.byteLength(text), gzip: blocks.length ? gzipSize(text) : 0 };
	};
	const inline = { js: size(code.js), css: size(code.css) };
	const add = (a: { raw: number; gzip: number }, b: { raw: number; gzip: number }) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
	return { ...summary, bytes: { ...summary.bytes, js: add(summary.bytes.js, inline.js), css: add(summary.bytes.css, inline.css) }, inline };
}

/** Script paths (without origin) that `ours` loads and `baseline` does not. */
export function extraScripts(ours: readonly string[], baseline: readonly string[]): string[] {
	// Hashed file names differ between two builds; compare by name stem before the hash.
	const stem = (url: string) =>
		new URL(url).pathname
			.split('/')
			.pop()!
			.replace(/\.[\w-]{8}\.m?js$/, '')
			.replace(/\.m?js$/, '');
	const known = new Set(baseline.map(stem));
	return ours.filter((url) => !known.has(stem(url))).map((url) => new URL(url).pathname);
}

/** Human-readable byte count: 512 B, 12.3 KB, 4.56 MB (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** A GitHub-flavoured Markdown table; pipes in cells are escaped. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	const cell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
	const line = (cells: readonly (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
	const align = headers.map((_, i) => (i === 0 ? '---' : '---:'));
	return [line(headers), `| ${align.join(' | ')} |`, ...rows.map(line)].join('\n');
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	bdquo: '„',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** A block of a page's main content: a paragraph, a heading (level 2–6) or a code block. */
export type TextBlock =
	{ kind: 'text'; text: string } | { kind: 'heading'; level: number; text: string } | { kind: 'code'; language: string; text: string };

const HEADING = '\u0001';
const CODE = '\u0002';

/**
 * The title and the readable content of a built page's <main>, in order: paragraphs, headings and
 * code blocks (Expressive Code's lines, with their language), without scripts, icons, heading
 * anchor links or navigation. The baseline site is written from this.
 */
export function mainText(html: string): { title: string; blocks: TextBlock[] } {
	const title = decodeEntities((html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? '').replace(/<[^>]+>/g, '')).trim();
	const start = html.search(/<main[\s>]/i);
	const end = html.lastIndexOf('</main>');
	let body = start >= 0 && end > start ? html.slice(start, end) : html;
	const code: { language: string; text: string }[] = [];
	body = body
		.replace(/<(script|style|svg|template|noscript)[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<h1[\s\S]*?<\/h1>/i, ' ')
		.replace(/<a\b[^>]*class="sl-anchor-link"[^>]*>[\s\S]*?<\/a>/gi, ' ')
		.replace(/<pre\b([^>]*)>([\s\S]*?)<\/pre>/gi, (_, attributes: string, inner: string) => {
			const lines = inner.split(/<div class="ec-line"/i).map((line) => decodeEntities(line.replace(/^[^>]*>/, '').replace(/<[^>]+>/g, '')));
			const text = (lines[0]!.trim() === '' ? lines.slice(1) : lines).join('\n').replace(/\s+$/, '');
			code.push({ language: attributes.match(/data-language="([\w-]+)"/)?.[1] ?? '', text });
			return `<p>${CODE}${code.length - 1}</p>`;
		})
		.replace(/<h([2-6])\b[^>]*>/gi, (_, level: string) => `<p>${HEADING}${level}`);
	const blocks = body
		.split(/<\/?(?:p|li|h[2-6]|tr|td|th|dt|dd|div|section|caption|figcaption|blockquote|br)[^>]*>/i)
		.map((block) =>
			decodeEntities(block.replace(/<[^>]+>/g, ' '))
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.filter((block) => block.length > 0)
		.map((block): TextBlock => {
			if (block.startsWith(CODE)) return { kind: 'code', ...code[Number(block.slice(1))]! };
			if (block.startsWith(HEADING)) return { kind: 'heading', level: Number(block[1]), text: block.slice(2).trim() };
			return { kind: 'text', text: block };
		})
		.filter((block) => block.text.length > 0);
	return { title, blocks };
}

/** Blocks as Markdown: headings with #, code blocks fenced with their language, prose escaped. */
export function blocksToMarkdown(blocks: readonly TextBlock[]): string {
	return blocks
		.map((block) => {
			if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
			if (block.kind === 'code') {
				const fence = block.text.includes('```') ? '~~~~' : '```';
				return `${fence}${block.language}\n${block.text}\n${fence}`;
			}
			return escapeMarkdown(block.text);
		})
		.join('\n\n');
}

/** Characters that would start Markdown syntax at a line start or inline, escaped for plain prose. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`)
		.replace(/^(\d+)\./, '$1\\.')
		.replace(/^([-+])/, '\\$1');
}

/**
 * `factor` copies of a list of data entries: the originals first, then copies whose `id` gets a
 * suffix and whose localised name fields (`nameFields`) get a number, so ids and names stay unique.
 */
export function multiplyEntries<T extends { id: string }>(entries: readonly T[], factor: number, nameFields: readonly string[] = []): T[] {
	const out: T[] = [...entries];
	for (let copy = 2; copy <= factor; copy++)
		for (const entry of entries) {
			const clone = structuredClone(entry) as T & Record<string, unknown>;
			(clone as { id: string }).id = `${entry.id}-x${copy}`;
			for (const field of nameFields) {
				const value = clone[field];
				if (value && typeof value === 'object')
					for (const [lang, text] of Object.entries(value as Record<string, unknown>))
						if (typeof text === 'string') (value as Record<string, string>)[lang] = `${text} ${copy}`;
			}
			out.push(clone);
		}
	return out;
}
