// Finds glossary terms in running text so pages can link a term's first use to its definition.

/**
 * A glossary term as the linker needs it: its id and the phrases that refer to it in one language. An empty id
 * marks names that are never split and never linked (role titles such as "Strategic Key Account Manager", which
 * would otherwise show "Strategic Key Account" linked and "Manager" not).
 */
export interface LinkableTerm {
	id: string;
	phrases: string[];
}

/** The id of the entry that holds names kept whole. */
export const WHOLE_NAMES = '';

/** Adds names to keep whole to a term list, leaving out those that are a term's own phrase (they stay linkable). */
export function withWholeNames(terms: readonly LinkableTerm[], names: readonly string[]): LinkableTerm[] {
	const known = new Set(terms.flatMap((t) => t.phrases.map((p) => p.toLowerCase())));
	const whole = [...new Set(names)].filter((name) => !known.has(name.toLowerCase()));
	return whole.length ? [...terms, { id: WHOLE_NAMES, phrases: whole }] : [...terms];
}

/** A run of text, linked to a glossary entry when `termId` is set. */
export interface TextSegment {
	text: string;
	termId?: string;
}

/** The phrases a term is found by: its name without a parenthetical, the parenthetical, the abbreviation, extra matches. */
export function termPhrases(term: string, abbreviation: string | undefined, extra: readonly string[] = []): string[] {
	const parts = term
		.split(/\s*[(/)]\s*/)
		.map((p) => p.trim())
		.filter((p) => p.length >= 3);
	return [...new Set([...parts, ...(abbreviation ? [abbreviation] : []), ...extra])];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A page links hundreds of texts against the same list of terms: its candidates and their pattern are prepared
// once. Terms already linked stay candidates, so that a longer phrase still wins over a shorter one inside it
// ("Global Key Account Manager" is not split into "Global" and a linked "Key Account Manager" after its own first
// use); they are then passed over as plain text. The text is matched in lower case without the slow
// case-insensitive Unicode mode; the word boundary before a match is checked by hand.
// A letter, digit or hyphen continues a word. U+0345 (a combining mark that case-folds to a letter)
// counts too, so that the result does not depend on whether a pattern matches case-insensitively.
const WORD_CHAR = '[\\p{L}\\p{N}\\u0345-]';

interface Candidate {
	id: string;
	phrase: string;
	lower: string;
	/** An all-capital abbreviation such as TCO: matches exactly. */
	exact: boolean;
}
interface Prepared {
	candidates: Candidate[];
	/** Matches the lower-cased text; `mixedCase` the original text, for text whose lower case has another length. */
	lowerCase: RegExp;
	mixedCase: RegExp;
}

// Keyed by the terms list, which term-linker.ts hands every page of a build alike.
const prepared = new WeakMap<readonly LinkableTerm[], Prepared | null>();

function prepare(terms: readonly LinkableTerm[]): Prepared | null {
	let entry = prepared.get(terms);
	if (entry !== undefined) return entry;
	const candidates = terms
		.flatMap((t) => t.phrases.map((phrase) => ({ id: t.id, phrase, lower: phrase.toLowerCase(), exact: isAbbreviation(phrase) })))
		.sort((a, b) => b.phrase.length - a.phrase.length);
	const pattern = (alternatives: string[], flags: string) => new RegExp(`(?:${alternatives.map(escape).join('|')})(?!${WORD_CHAR})`, flags);
	entry = candidates.length
		? {
				candidates,
				lowerCase: pattern(
					candidates.map((c) => c.lower),
					'gu',
				),
				mixedCase: pattern(
					candidates.map((c) => c.phrase),
					'giu',
				),
			}
		: null;
	prepared.set(terms, entry);
	return entry;
}

const WORD_END = new RegExp(`${WORD_CHAR}$`, 'u');
const isAbbreviation = (phrase: string) => phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);

/**
 * Splits `text` into segments, linking the first use of each term not yet in `linked`
 * (which it updates, so each term is linked once per page). Longer phrases win over shorter ones
 * ("Strategic Key Account" before "Key Account"); matches respect word boundaries and ignore case,
 * except for all-capital abbreviations such as TCO, which must match exactly.
 */
export function linkTerms(text: string, terms: readonly LinkableTerm[], linked: Set<string>): TextSegment[] {
	const ready = text.length ? prepare(terms) : null;
	if (!ready) return [{ text }];
	// Lower case keeps the length for German and English; for text where it would not, match case-insensitively.
	const lower = text.toLowerCase();
	const byLowerCase = lower.length === text.length;
	const pattern = byLowerCase ? ready.lowerCase : ready.mixedCase;
	const haystack = byLowerCase ? lower : text;
	const segments: TextSegment[] = [];
	let last = 0;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(haystack); match; match = pattern.exec(haystack)) {
		const start = match.index;
		const end = start + match[0].length;
		// Inside a word: try again one character further, as a lookbehind would.
		if (start > 0 && WORD_END.test(text.slice(Math.max(0, start - 2), start))) {
			pattern.lastIndex = start + 1;
			continue;
		}
		const found = text.slice(start, end);
		const key = found.toLowerCase();
		const candidate = ready.candidates.find((c) => (c.exact ? c.phrase === found : c.lower === key));
		// A name kept whole, or a term already linked on the page, is passed over as plain text, so no shorter term
		// inside it is linked.
		if (!candidate || candidate.id === WHOLE_NAMES || linked.has(candidate.id)) continue;
		linked.add(candidate.id);
		if (start > last) segments.push({ text: text.slice(last, start) });
		segments.push({ text: found, termId: candidate.id });
		last = end;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments.length ? segments : [{ text }];
}
