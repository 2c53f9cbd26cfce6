import { describe, expect, it } from 'vitest';
import { terminologyConflicts, terminologyProblems, termsOf, type TextSource } from './terminology.ts';

const terms = termsOf([
	{ id: 'tier', preferred: { de: 'Kategorie', en: 'tier' }, avoid: { de: ['Stufe', 'Key-Account-Typ*'], en: ['category', 'categories'] } },
	{ id: 'cost-to-serve', preferred: { de: 'Betreuungskosten', en: 'cost to serve' }, avoid: { de: ['Cost to Serve', 'Kosten der Betreuung'] } },
	{ id: 'scope', preferred: { de: 'Reichweite', en: 'scope' }, avoid: { de: ['Scope'] } },
]);
const source = (lang: string, text: string): TextSource => ({ file: 'content/x.yaml', entry: '"x" (item 1)', field: `text.${lang}`, lang, text });
const found = (lang: string, text: string) => terminologyProblems(terms, [source(lang, text)]).map((p) => p.message);

describe('avoided variants', () => {
	it.each([
		['de', 'Die Stufe entscheidet.', 'avoid "Stufe" – write "Kategorie" (content/terminology.yaml "tier")'],
		['de', 'Marge nach Cost to Serve', 'avoid "Cost to Serve" – write "Betreuungskosten" (content/terminology.yaml "cost-to-serve")'],
		['de', 'je Key-Account-Typen', 'avoid "Key-Account-Typen" – write "Kategorie" (content/terminology.yaml "tier")'],
		['de', 'die Scope-Frage', 'avoid "Scope" – write "Reichweite" (content/terminology.yaml "scope")'],
		['en', 'The CATEGORY decides.', 'avoid "CATEGORY" – write "tier" (content/terminology.yaml "tier")'],
	])('in %s, finds them in %j as whole words, ignoring case', (lang, text, message) => {
		expect(found(lang, text)).toEqual([message]);
	});

	it.each([
		['de', 'Eskalationsstufe und Stufenplan'],
		['de', 'Typische Kennzahlen'],
		['en', 'Tier one, tier two'],
		['en', 'Kosten der Betreuung'],
		['de', 'Geografische Reichweite ({{scope}})'],
	])('in %s, leaves %j alone: longer words, other languages and placeholders', (lang, text) => {
		expect(found(lang, text)).toEqual([]);
	});

	it('reports each variant once per text, and several variants separately', () => {
		expect(found('de', 'Stufe um Stufe, Scope für Scope')).toEqual([
			'avoid "Stufe" – write "Kategorie" (content/terminology.yaml "tier")',
			'avoid "Scope" – write "Reichweite" (content/terminology.yaml "scope")',
		]);
	});

	it('names file, entry and field of the text', () => {
		expect(terminologyProblems(terms, [source('de', 'eine Stufe')])[0]).toMatchObject({
			file: 'content/x.yaml',
			entry: '"x" (item 1)',
			field: 'text.de',
		});
	});

	it('prefers the longest variant at a place', () => {
		const long = termsOf([{ id: 'd', preferred: { de: 'Diamond-Modell' }, avoid: { de: ['Diamant', 'Diamant-Modell'] } }]);
		expect(terminologyProblems(long, [source('de', 'das Diamant-Modell')]).map((p) => p.message)).toEqual([
			'avoid "Diamant-Modell" – write "Diamond-Modell" (content/terminology.yaml "d")',
		]);
	});
});

describe('the list itself', () => {
	it('may not avoid what another entry prefers', () => {
		const entries = [
			{ id: 'a', preferred: { de: 'Lenkungskreis' }, avoid: { de: ['Gremium'] } },
			{ id: 'b', preferred: { de: 'Gremium' } },
		];
		expect(terminologyConflicts('content/terminology.yaml', entries)).toEqual([
			{
				file: 'content/terminology.yaml',
				entry: '"a" (item 1)',
				field: 'avoid.de.0',
				message: '"Gremium" would forbid the preferred term "Gremium" of "b"',
			},
		]);
	});

	it.each([
		['in another case', 'gremium', 'Gremium'],
		['with a trailing * for more letters', 'Scope*', 'Scope-Präfix'],
		['inside a longer preferred term', 'Kreis', 'Lenkungs Kreis'],
	])('finds a clash %s', (_, avoided, preferred) => {
		const entries = [
			{ id: 'a', preferred: { de: 'Kategorie' }, avoid: { de: ['Stufe', avoided] } },
			{ id: 'b', preferred: { de: preferred } },
		];
		expect(terminologyConflicts('t.yaml', entries).map((p) => p.field)).toEqual(['avoid.de.1']);
	});

	it('accepts a list whose avoided variants forbid no preferred term', () => {
		expect(terminologyConflicts('t.yaml', [{ id: 'a', preferred: { de: 'Kategorie' }, avoid: { de: ['Stufe'] } }])).toEqual([]);
	});
});
