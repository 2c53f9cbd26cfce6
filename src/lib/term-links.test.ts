import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTerms, termPhrases, withWholeNames, type LinkableTerm, type TextSegment } from './term-links.ts';

const terms: LinkableTerm[] = [
	{ id: 'key-account', phrases: ['Key Account'] },
	{ id: 'strategic-key-account', phrases: ['Strategic Key Account'] },
	{ id: 'tco', phrases: ['Total Cost of Ownership', 'TCO'] },
	{ id: 'tender', phrases: ['Ausschreibung', 'Ausschreibungen'] },
];

const linkedIds = (text: string, linked = new Set<string>()) =>
	linkTerms(text, terms, linked)
		.filter((s) => s.termId)
		.map((s) => `${s.termId}:${s.text}`);

describe('linkTerms', () => {
	it.each([
		['A Strategic Key Account shapes your future.', ['strategic-key-account:Strategic Key Account']],
		['Sie gewinnen Ausschreibungen über den Zielpreis.', ['tender:Ausschreibungen']],
		['The TCO study and the total cost of ownership.', ['tco:TCO']],
		['Tcobalt is no abbreviation; tco in lower case is not TCO.', ['tco:TCO']],
		['Smart-Key-Account-Manager and Key-Accounts', []],
		['Key Account and Strategic Key Account', ['key-account:Key Account', 'strategic-key-account:Strategic Key Account']],
	])('%s', (text, expected) => {
		expect(linkedIds(text)).toEqual(expected);
	});

	it('never splits a name kept whole, and still links the term where it stands alone', () => {
		const withRoles = withWholeNames(terms, ['Strategic Key Account Manager', 'Key Account Manager', 'Key Account']);
		expect(withRoles.at(-1)!.phrases).toEqual(['Strategic Key Account Manager', 'Key Account Manager']);
		const segments = linkTerms('The Strategic Key Account Manager leads each Strategic Key Account.', withRoles, new Set());
		expect(segments.filter((s) => s.termId).map((s) => s.text)).toEqual(['Strategic Key Account']);
		expect(segments.map((s) => s.text).join('')).toBe('The Strategic Key Account Manager leads each Strategic Key Account.');
		expect(segments.find((s) => s.termId)!.text).toBe('Strategic Key Account');
		expect(segments[0]!.text).toBe('The Strategic Key Account Manager leads each ');
	});

	it('links each term only once per page', () => {
		const linked = new Set<string>();
		expect(linkedIds('TCO first.', linked)).toEqual(['tco:TCO']);
		expect(linkedIds('TCO again.', linked)).toEqual([]);
	});

	it('never links a shorter term inside a longer one that was linked before', () => {
		const linked = new Set<string>();
		expect(linkedIds('Every Strategic Key Account …', linked)).toEqual(['strategic-key-account:Strategic Key Account']);
		expect(linkedIds('… and a Strategic Key Account again, unlike a Key Account.', linked)).toEqual(['key-account:Key Account']);
	});

	it('never changes the text, whatever it contains', () => {
		fc.assert(
			fc.property(fc.string(), fc.constantFrom(...['', ' Key Account ', 'TCO', 'Ausschreibung']), (a, b) => {
				const text = a + b + a;
				const joined = linkTerms(text, terms, new Set())
					.map((s) => s.text)
					.join('');
				expect(joined).toBe(text);
			}),
		);
	});
});

// The straightforward definition: one case-insensitive Unicode pattern with lookbehind and lookahead over every
// term; the longest phrase wins, and a term already linked is left as text.
function referenceLinkTerms(text: string, list: readonly LinkableTerm[], linked: Set<string>): TextSegment[] {
	const candidates = list
		.flatMap((t) => t.phrases.map((phrase) => ({ id: t.id, phrase })))
		.sort((a, b) => b.phrase.length - a.phrase.length);
	if (candidates.length === 0 || text.length === 0) return [{ text }];
	const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${candidates.map((c) => escape(c.phrase)).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
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

describe('linkTerms matches the plain case-insensitive pattern', () => {
	const richTerms: LinkableTerm[] = [
		...terms,
		{ id: 'account', phrases: ['Account'] },
		{ id: 'kam', phrases: ['Key Account Management', 'KAM'] },
		{ id: 'rd', phrases: ['R&D', 'F&E'] },
		{ id: 'umlaut', phrases: ['Öffentliche Ausschreibung', 'Zielpreis'] },
	];
	const pieces = [
		'Key Account',
		'key account',
		'KEY ACCOUNT',
		'Strategic',
		'Account',
		'accounts',
		'TCO',
		'tco',
		'KAM',
		'Kam',
		'R&D',
		'r&d',
		'F&E',
		'Zielpreis',
		'ZIELPREIS',
		'öffentliche Ausschreibung',
		'Ausschreibungen',
		' ',
		'-',
		'x',
		'ß',
		'ẞ',
		'İ',
		'😀',
		'\ud83d',
		'α\u0313\u0345',
		'ᾈ',
		'(',
		'.',
		'1',
		'Management',
	];
	const texts = fc
		.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 2 })), {
			maxLength: 30,
		})
		.map((p) => p.join(''));

	it('for any text, with and without terms already linked on the page', () => {
		fc.assert(
			fc.property(texts, texts, fc.subarray(richTerms.map((t) => t.id)), (first, second, already) => {
				const ours = new Set(already);
				const reference = new Set(already);
				expect(linkTerms(first, richTerms, ours)).toEqual(referenceLinkTerms(first, richTerms, reference));
				expect(linkTerms(second, richTerms, ours)).toEqual(referenceLinkTerms(second, richTerms, reference));
				expect([...ours].sort()).toEqual([...reference].sort());
			}),
			{ numRuns: 3000 },
		);
	});
});

describe('termPhrases', () => {
	it('splits a parenthetical name and adds the abbreviation', () => {
		expect(termPhrases('Bow-Tie-Modell (Fliege)', undefined)).toEqual(['Bow-Tie-Modell', 'Fliege']);
		expect(termPhrases('Total cost of ownership', 'TCO', ['Gesamtkosten'])).toEqual(['Total cost of ownership', 'TCO', 'Gesamtkosten']);
	});
});
