import { describe, expect, it } from 'vitest';
import { factProblems, factsOf, fillFacts, fillText } from './facts.ts';

const tiers = [
	{ id: 'strategic', facts: { review: { de: 'vierteljährlich', en: 'quarterly' } } },
	{ id: 'smart', facts: { review: { de: 'je Ausschreibungszyklus', en: 'once per tender cycle' } } },
];
const facts = factsOf(tiers);

describe('filling facts into texts', () => {
	it.each([
		['de', 'Das Review findet {{strategic.review}} statt.', 'Das Review findet vierteljährlich statt.'],
		['de', '{{strategic.review}} ein Review.', 'Vierteljährlich ein Review.'],
		['de', 'Erst das. {{smart.review}} dann.', 'Erst das. Je Ausschreibungszyklus dann.'],
		['en', 'A review {{smart.review}}; {{strategic.review}} for the others.', 'A review once per tender cycle; quarterly for the others.'],
		['en', 'No fact here.', 'No fact here.'],
	])('in %s, %j becomes %j', (lang, text, filled) => {
		expect(fillText(text, lang, facts)).toBe(filled);
	});

	it('fills every text of an entry in its own language and leaves other values alone', () => {
		const entry = { id: 'x', order: 2, text: { de: '{{smart.review}}.', en: '{{smart.review}}.' }, list: [{ de: 'a {{strategic.review}}', en: 'b {{strategic.review}}' }] };
		expect(fillFacts(entry, facts)).toEqual({
			id: 'x',
			order: 2,
			text: { de: 'Je Ausschreibungszyklus.', en: 'Once per tender cycle.' },
			list: [{ de: 'a vierteljährlich', en: 'b quarterly' }],
		});
	});
});

describe('placeholders that cannot be filled', () => {
	const raw = (text: unknown) => ({
		tiers: { file: 'content/tiers.yaml', data: tiers },
		services: { file: 'content/services.yaml', data: [{ id: 'a', levels: { smart: { condition: text } } }] },
	});
	it.each([
		[{ de: '{{platinum.review}}', en: 'x' }, 'levels.smart.condition.de', '"{{platinum.review}}" names no tier; tiers with facts: strategic, smart'],
		[{ de: 'x', en: '{{smart.length}}' }, 'levels.smart.condition.en', '"{{smart.length}}": tier "smart" has no fact "length"; it has review'],
		[{ de: '{{review}}', en: 'x' }, 'levels.smart.condition.de', '"{{review}}" is not a fact; write {{tier.key}}, e.g. {{strategic.review}}'],
		['{{smart.review}}', 'levels.smart.condition', '"{{smart.review}}" stands outside a text with a language (de:, en:)'],
	])('%j is reported at its field', (text, field, message) => {
		expect(factProblems(raw(text))).toEqual([{ file: 'content/services.yaml', entry: '"a" (item 1)', field, message }]);
	});

	it('a fact may not use another fact', () => {
		const looping = [{ id: 'key', facts: { review: { de: '{{key.review}}', en: 'often' } } }];
		expect(factProblems({ tiers: { file: 'content/tiers.yaml', data: looping } })).toEqual([
			{ file: 'content/tiers.yaml', entry: '"key" (item 1)', field: 'facts.review.de', message: 'a fact cannot use another fact ("{{key.review}}")' },
		]);
	});
});
