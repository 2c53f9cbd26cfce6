import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCompactFormat, expectDecodedFits, fragmentsFor, linkAnswersFor } from '#tests/fixtures/assessment-properties.ts';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import {
	answersHash,
	cleanName,
	decodeAnswers,
	decodeHash,
	LINK_PREFIX,
	MAX_LINK_LENGTH,
	MAX_NAME_LENGTH,
	questionnaireFingerprint,
} from './link.ts';
import { INVESTMENT, type Answers } from './scoring.ts';

// A questionnaire shaped like the playbook's: three checks (the second with an investment answer), twelve statements,
// a five-step scale, scopes national and global, three revenue bands (tests/unit/assessment-model.test.ts checks links for the content's own questionnaire).
const model = QUESTIONNAIRE;
/** Version and questionnaire fingerprint: the start of every code for this questionnaire. */
const V = `v3.${questionnaireFingerprint(model)}`;
const anyAnswers = linkAnswersFor(model);

describe('share link', () => {
	it('writes the documented compact format', () => {
		expectCompactFormat(model);
	});

	it('restores any answers exactly (with the name cleaned)', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const hash = answersHash(model, answers);
				expect(hash.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
				expect(decodeHash(model, hash)).toEqual({ status: 'ok', answers: { ...answers, name: cleanName(answers.name) } });
			}),
			{ numRuns: 2000 },
		);
	});

	it('treats fragments that are not shared assessments as ordinary anchors', () => {
		for (const hash of ['', '#', '#result', '#_top', '#a', 'a=v1', undefined, null, 42])
			expect(decodeHash(model, hash)).toEqual({ status: 'none' });
	});

	it('reads "don\'t know", the investment answer and "no revenue"', () => {
		expect(decodeHash(model, `#a=${V}.yi-.5544322111-0.national.0.Acme`)).toEqual({
			status: 'ok',
			answers: {
				gates: [true, INVESTMENT, null],
				ratings: [5, 5, 4, 4, 3, 2, 2, 1, 1, 1, null, 0],
				scope: 'national',
				revenue: 0,
				name: 'Acme',
			},
		});
	});

	// Each row: a malformed fragment the decoder must reject.
	const valid = `${V}.yyy.554432211111.national.2.Acme`;
	it.each([
		['empty code', '#a='],
		['unknown version', `#a=${valid.replace('v3.', 'v4.')}`],
		['the first format, without a questionnaire fingerprint', '#a=v1.yyy.554432211111.national.2.Acme'],
		['the second format, before "don\'t know" and the rewritten statements', `#a=${valid.replace('v3.', 'v2.')}`],
		['another questionnaire', `#a=${valid.replace(questionnaireFingerprint(model), 'zzzzzz')}`],
		['no fingerprint', `#a=${valid.replace(`${questionnaireFingerprint(model)}.`, '')}`],
		['too few gates', `#a=${V}.yy.554432211111.national.2.Acme`],
		['a gate that is not y, n, i or -', `#a=${V}.yyx.554432211111.national.2.Acme`],
		['an investment answer to a check that offers none', `#a=${V}.iyy.554432211111.national.2.Acme`],
		['too many ratings', `#a=${V}.yyy.5544322111111.national.2.Acme`],
		['a rating above the scale', `#a=${V}.yyy.554432211116.national.2.Acme`],
		['a rating that is not a digit', `#a=${V}.yyy.55443221111x.national.2.Acme`],
		['an unknown scope', `#a=${V}.yyy.554432211111.mars.2.Acme`],
		['a revenue band that does not exist', `#a=${V}.yyy.554432211111.national.4.Acme`],
		['a revenue of two digits', `#a=${V}.yyy.554432211111.national.01.Acme`],
		['no name field', `#a=${V}.yyy.554432211111.national.2`],
		['broken percent-encoding in the name', `#a=${V}.yyy.554432211111.national.2.Acme%E0%A4%A`],
		['a control character in the name', `#a=${V}.yyy.554432211111.national.2.Acme%0AGmbH`],
		['a name longer than 80 characters', `#a=${V}.yyy.554432211111.national.2.${'x'.repeat(MAX_NAME_LENGTH + 1)}`],
		['a name with surrounding spaces', `#a=${V}.yyy.554432211111.national.2.%20Acme`],
		['an oversized fragment', `#a=${valid}${'.'.repeat(MAX_LINK_LENGTH)}`],
		['markup in the scope', `#a=${V}.yyy.554432211111.<img src=x>.2.Acme`],
	])('rejects %s', (_what, hash) => {
		expect(decodeHash(model, hash)).toEqual({ status: 'invalid' });
	});

	it('refuses "no revenue" where the questionnaire asks no revenue question', () => {
		expect(
			decodeHash(
				{ ...model, revenueBands: 0 },
				`#a=v3.${questionnaireFingerprint({ ...model, revenueBands: 0 })}.yyy.554432211111.national.0.Acme`,
			),
		).toEqual({
			status: 'invalid',
		});
	});

	it('keeps markup in a name as plain text (the page renders it with textContent)', () => {
		const hash = `${LINK_PREFIX}${V}.yyy.554432211111.national.2.${encodeURIComponent('<img src=x onerror=alert(1)>')}`;
		const state = decodeHash(model, hash);
		expect(state).toMatchObject({ status: 'ok', answers: { name: '<img src=x onerror=alert(1)>' } });
	});
});

describe('questionnaire fingerprint', () => {
	const answers: Answers = {
		gates: [true, true, true],
		ratings: [5, 5, 4, 4, 3, 2, 2, 1, 1, 1, 1, 1],
		scope: 'national',
		revenue: 2,
		name: 'Acme',
	};
	const swapFirstTwo = <T>(list: T[]) => [list[1]!, list[0]!, ...list.slice(2)];

	it('refuses a link after the statements were reordered, instead of reading answers into the wrong statements', () => {
		const reordered = { ...model, statements: swapFirstTwo(model.statements) };
		expect(questionnaireFingerprint(reordered)).not.toBe(questionnaireFingerprint(model));
		expect(decodeHash(reordered, answersHash(model, answers))).toEqual({ status: 'invalid' });
	});

	it.each([
		['a gate is renamed', { ...model, gates: [...model.gates.slice(0, -1), { id: 'new-gate', investment: false }] }],
		[
			'a statement is removed and another added',
			{ ...model, statements: [...model.statements.slice(0, -1), { ...model.statements.at(-1)!, id: 'new-statement' }] },
		],
		['the scale grows', { ...model, scaleSize: model.scaleSize + 1 }],
		['a revenue band is added', { ...model, revenueBands: model.revenueBands + 1 }],
	])('refuses a link when %s', (_what, changed) => {
		expect(decodeHash(changed, answersHash(model, answers))).toEqual({ status: 'invalid' });
	});

	it('keeps links valid when only weights, clusters, thresholds or wording change', () => {
		const reweighted = {
			...model,
			statements: model.statements.map((s) => ({ ...s, weight: s.weight + 1 })),
			thresholds: { ...model.thresholds, minimumScore: 10 },
		};
		expect(decodeHash(reweighted, answersHash(model, answers))).toEqual({ status: 'ok', answers });
	});

	it('is short and made of the characters a code allows', () => {
		expect(questionnaireFingerprint(model)).toMatch(/^[0-9a-z]{1,7}$/);
	});

	// Pinned: links shared before the assessment moved onto src/lib/share-code.ts must read the same and be written the same.
	it('stays the fingerprint and code format v3 links were made with', () => {
		expect(questionnaireFingerprint(model)).toBe('z16aeg');
		const hash = '#a=v3.z16aeg.yi-.5044-3210123.global.1.Acme.%20M%C3%A9dical';
		const shared: Answers = {
			gates: [true, INVESTMENT, null],
			ratings: [5, 0, 4, 4, null, 3, 2, 1, 0, 1, 2, 3],
			scope: 'global',
			revenue: 1,
			name: 'Acme. Médical',
		};
		expect(answersHash(model, shared)).toBe(hash);
		expect(decodeHash(model, hash)).toEqual({ status: 'ok', answers: shared });
	});
});

describe('decoder fuzzing', () => {
	it('never throws, and answers only with "none", "invalid" or answers that fit the questionnaire', () => {
		fc.assert(
			fc.property(fragmentsFor(model), (hash) => expectDecodedFits(model, hash)),
			{ numRuns: 5000 },
		);
	});

	it('rejects oversized input by its length alone', () => {
		const huge = LINK_PREFIX + `${V}.`.padEnd(5_000_000, 'y');
		const start = performance.now();
		expect(decodeHash(model, huge)).toEqual({ status: 'invalid' });
		expect(decodeAnswers(model, huge.slice(3))).toBeNull();
		expect(performance.now() - start).toBeLessThan(1000);
	});
});

describe('cleanName', () => {
	it.each([
		['  Acme   GmbH ', 'Acme GmbH'],
		['Acme\nGmbH\t', 'Acme GmbH'],
		['\u202eevil', 'evil'],
		['\ud83d', '\ufffd'],
		[42, ''],
		['😀'.repeat(100), '😀'.repeat(80)],
	] as const)('%j → %j', (input, expected) => {
		expect(cleanName(input)).toBe(expected);
	});

	it('is idempotent and never longer than 80 characters', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
				const once = cleanName(s);
				expect(cleanName(once)).toBe(once);
				expect(Array.from(once).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
			}),
		);
	});
});
