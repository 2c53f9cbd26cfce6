// Finds glossary terms in running text so pages can link a term's first use to its definition.

/** A glossary term as the linker needs it: its id and the phrases that refer to it in one language. */
export interface LinkableTerm {
	id: string;
	phrases: string[];
}

/** A run of text, linked to a glossary entry when `termId` is set. */
export interface TextSegment {
	text: string;
	termId?: string;
}

/** The phrases a term is found by: its name without a parenthetical, the parenthetical, the abbreviation, extra matches. */
export function termPhrases(term: string, abbreviation: string | undefined, extra: readonly string[] = []): string[] {
	const parts = term.split(/\s*[(/)]\s*/).map((p) => p.trim()).filter((p) => p.length >= 3);
	return [...new Set([...parts, ...(abbreviation ? [abbreviation] : []), ...extra])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into segments, linking the first use of each term not yet in `linked`
 * (which it updates, so each term is linked once per page). Longer phrases win over shorter ones
 * ("Strategic Key Account" before "Key Account"); matches respect word boundaries and ignore case,
 * except for all-capital abbreviations such as TCO, which must match exactly.
 */
export function linkTerms(text: string, terms: readonly LinkableTerm[], linked: Set<string>): TextSegment[] {
	const candidates = terms
		.filter((t) => !linked.has(t.id))
		.flatMap((t) => t.phrases.map((phrase) => ({ id: t.id, phrase })))
		.sort((a, b) => b.phrase.length - a.phrase.length);
	if (candidates.length === 0 || text.length === 0) return [{ text }];
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}-])(${candidates.map((c) => escape(c.phrase)).join('|')})(?![\\p{L}\\p{N}-])`,
		'giu',
	);
	const segments: TextSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const found = match[0];
		const candidate = candidates.find((c) =>
			c.phrase === c.phrase.toUpperCase() && /\p{Lu}/u.test(c.phrase) ? c.phrase === found : c.phrase.toLowerCase() === found.toLowerCase(),
		);
		if (!candidate || linked.has(candidate.id)) continue;
		linked.add(candidate.id);
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		segments.push({ text: found, termId: candidate.id });
		last = match.index + found.length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments.length ? segments : [{ text }];
}
