// A page's table of contents, read from its rendered HTML so that it can never drift from the page's headings.

/** One entry of Starlight's table of contents. */
export interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text content of an HTML fragment: tags removed, character references decoded, white space collapsed. */
export function textOf(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
			if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? m;
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return String.fromCodePoint(code);
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Every <h2 id> of `html` in document order, and every <h3 id> marked data-kam-toc; an <h2> marked
 * data-kam-toc="skip" (a heading only JavaScript shows, say) is left out.
 */
export function headingsOf(html: string): TocHeading[] {
	const headings: TocHeading[] = [];
	for (const m of html.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g)) {
		const [, level, attrs = '', inner = ''] = m;
		const slug = /\sid="([^"]+)"/.exec(attrs)?.[1];
		const mark = /\sdata-kam-toc(?:="([^"]*)")?/.exec(attrs);
		if (!slug) continue;
		if (level === '2' ? mark?.[1] === 'skip' : !mark || mark[1] === 'skip') continue;
		headings.push({ depth: Number(level), slug: textOf(slug), text: textOf(inner) });
	}
	return headings;
}
