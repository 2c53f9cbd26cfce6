import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTerms, termPhrases, type LinkableTerm } from './term-links.ts';

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

	it('links each term only once per page', () => {
		const linked = new Set<string>();
		expect(linkedIds('TCO first.', linked)).toEqual(['tco:TCO']);
		expect(linkedIds('TCO again.', linked)).toEqual([]);
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

describe('termPhrases', () => {
	it('splits a parenthetical name and adds the abbreviation', () => {
		expect(termPhrases('Bow-Tie-Modell (Fliege)', undefined)).toEqual(['Bow-Tie-Modell', 'Fliege']);
		expect(termPhrases('Total cost of ownership', 'TCO', ['Gesamtkosten'])).toEqual(['Total cost of ownership', 'TCO', 'Gesamtkosten']);
	});
});
