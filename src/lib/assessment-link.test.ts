import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRealAssessment } from '../../tests/fixtures/real-assessment.ts';
import { answersHash, cleanName, decodeAnswers, decodeHash, encodeAnswers, LINK_PREFIX, MAX_LINK_LENGTH, MAX_NAME_LENGTH } from './assessment-link.ts';
import type { Answers } from './assessment-scoring.ts';

const { model } = loadRealAssessment();
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const anyAnswers: fc.Arbitrary<Answers> = fc.record({
	gates: fc.tuple(...model.gates.map(() => maybe(fc.boolean()))),
	ratings: fc.tuple(...model.statements.map(() => maybe(fc.integer({ min: 1, max: model.scaleSize })))),
	scope: maybe(fc.constantFrom(...model.scopes)),
	revenue: maybe(fc.integer({ min: 1, max: model.revenueBands })),
	name: fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 })),
});

describe('share link', () => {
	it('writes the documented compact format', () => {
		const answers: Answers = {
			gates: [true, true, null],
			ratings: [5, 5, 4, 4, 3, 2, 2, 1, 1, 1, null, 1],
			scope: 'global',
			revenue: 3,
			name: 'Müller & Söhne 4.0',
		};
		expect(answersHash(model, answers)).toBe('#a=v1.yy-.5544322111-1.global.3.M%C3%BCller%20%26%20S%C3%B6hne%204.0');
		expect(decodeHash(model, answersHash(model, answers))).toEqual({ status: 'ok', answers });
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

	// Each row: a malformed fragment the decoder must reject.
	const valid = 'v1.yyy.554432211111.national.2.Acme';
	it.each([
		['empty code', '#a='],
		['unknown version', `#a=${valid.replace('v1', 'v2')}`],
		['too few gates', '#a=v1.yy.554432211111.national.2.Acme'],
		['a gate that is not y, n or -', '#a=v1.yyx.554432211111.national.2.Acme'],
		['too many ratings', '#a=v1.yyy.5544322111111.national.2.Acme'],
		['a rating above the scale', '#a=v1.yyy.554432211116.national.2.Acme'],
		['a rating of zero', '#a=v1.yyy.554432211110.national.2.Acme'],
		['an unknown scope', '#a=v1.yyy.554432211111.mars.2.Acme'],
		['a revenue band that does not exist', '#a=v1.yyy.554432211111.national.4.Acme'],
		['a revenue band of zero', '#a=v1.yyy.554432211111.national.0.Acme'],
		['no name field', '#a=v1.yyy.554432211111.national.2'],
		['broken percent-encoding in the name', '#a=v1.yyy.554432211111.national.2.Acme%E0%A4%A'],
		['a control character in the name', '#a=v1.yyy.554432211111.national.2.Acme%0AGmbH'],
		['a name longer than 80 characters', `#a=v1.yyy.554432211111.national.2.${'x'.repeat(MAX_NAME_LENGTH + 1)}`],
		['a name with surrounding spaces', '#a=v1.yyy.554432211111.national.2.%20Acme'],
		['an oversized fragment', `#a=${valid}${'.'.repeat(MAX_LINK_LENGTH)}`],
		['markup in the scope', '#a=v1.yyy.554432211111.<img src=x>.2.Acme'],
	])('rejects %s', (_what, hash) => {
		expect(decodeHash(model, hash)).toEqual({ status: 'invalid' });
	});

	it('keeps markup in a name as plain text (the page renders it with textContent)', () => {
		const hash = `${LINK_PREFIX}v1.yyy.554432211111.national.2.${encodeURIComponent('<img src=x onerror=alert(1)>')}`;
		const state = decodeHash(model, hash);
		expect(state).toMatchObject({ status: 'ok', answers: { name: '<img src=x onerror=alert(1)>' } });
	});
});

describe('decoder fuzzing', () => {
	const mostlyValid = fc
		.tuple(anyAnswers, fc.nat(200), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(5))
		.map(([answers, at, insert, cut]) => {
			const code = encodeAnswers(model, answers);
			const i = at % (code.length + 1);
			return LINK_PREFIX + code.slice(0, i) + insert + code.slice(i + cut);
		});
	const inputs = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 300 }).map((s) => LINK_PREFIX + s),
		fc.string({ unit: 'binary', maxLength: 300 }),
		fc.stringMatching(/^#a=v1\.[yn-]{0,4}\.[0-9-]{0,14}\.[a-z.%-]{0,12}\.[0-9]{0,2}\..{0,40}$/),
		fc.string({ minLength: MAX_LINK_LENGTH - 10, maxLength: MAX_LINK_LENGTH * 20 }).map((s) => LINK_PREFIX + s),
		mostlyValid,
		fc.anything(),
	);

	it('never throws, and answers only with "none", "invalid" or answers that fit the questionnaire', () => {
		fc.assert(
			fc.property(inputs, (hash) => {
				const state = decodeHash(model, hash);
				expect(['none', 'ok', 'invalid']).toContain(state.status);
				if (state.status !== 'ok') return;
				const a = state.answers;
				expect(a.gates).toHaveLength(model.gates.length);
				expect(a.ratings).toHaveLength(model.statements.length);
				expect(a.ratings.every((r) => r === null || (Number.isInteger(r) && r >= 1 && r <= model.scaleSize))).toBe(true);
				expect(a.scope === null || model.scopes.includes(a.scope)).toBe(true);
				expect(a.revenue === null || (a.revenue >= 1 && a.revenue <= model.revenueBands)).toBe(true);
				expect(cleanName(a.name)).toBe(a.name);
				// What was read is written back the same way (names may be percent-encoded differently).
				expect(decodeHash(model, answersHash(model, a))).toEqual(state);
			}),
			{ numRuns: 5000 },
		);
	});

	it('rejects oversized input quickly, without looking at it', () => {
		const huge = LINK_PREFIX + 'v1.'.padEnd(5_000_000, 'y');
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
