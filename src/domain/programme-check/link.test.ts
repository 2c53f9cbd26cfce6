import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '#src/lib/rating-scale.ts';
import { PROGRAMME } from '#tests/fixtures/programme-check.ts';
import { cleanLabel, MAX_LABEL_LENGTH, programmeFormat, programmeHash, readProgrammeHash } from './link.ts';
import { statementIds, type ProgrammeAnswers, type ProgrammeModel } from './scoring.ts';

const model = PROGRAMME;
const N = statementIds(model).length;
const V = `#p=v1.${programmeFormat(model).fingerprint}`;
/** Thirteen answers as the link writes them. */
const R = '4301-24412340';
const anyAnswers: fc.Arbitrary<ProgrammeAnswers> = fc.record({
	ratings: fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(DONT_KNOW), fc.constant(null)), { minLength: N, maxLength: N }),
	label: fc.string({ maxLength: 120 }),
});

describe('share link of the programme check', () => {
	it('writes the documented compact format', () => {
		const ratings = [4, 3, DONT_KNOW, 1, null, 2, 4, 4, 1, 2, 3, 4, DONT_KNOW];
		expect(programmeHash(model, { ratings, label: 'Sales Europe 2026' })).toBe(`${V}.${R}.Sales%20Europe%202026`);
	});

	it('restores any answers exactly, with the label cleaned', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const hash = programmeHash(model, answers);
				expect(hash.length).toBeLessThanOrEqual(programmeFormat(model).maxLength);
				expect(readProgrammeHash(model, hash)).toEqual({ status: 'ok', value: { ...answers, label: cleanLabel(answers.label) } });
			}),
			{ numRuns: 2000 },
		);
	});

	it('refuses a link made before statements were added, removed or reordered as outdated', () => {
		const hash = programmeHash(model, { ratings: Array(N).fill(4), label: '' });
		const [first, ...rest] = model.blocks;
		const last = rest.pop()!;
		const changed = (blocks: ProgrammeModel['blocks']) => ({ ...model, blocks: [first!, ...rest, ...blocks] });
		for (const other of [
			changed([{ ...last, statements: [...last.statements, 'pays-off'] }]),
			changed([{ ...last, statements: last.statements.slice(1) }]),
			changed([{ ...last, statements: [...last.statements].reverse() }]),
			changed([{ ...last, statements: last.statements.with(0, 'renamed') }]),
			{ ...model, blocks: [...model.blocks].reverse() },
			{ ...model, scaleSize: 5 },
		])
			expect(readProgrammeHash(other, hash)).toEqual({ status: 'outdated' });
	});

	it('keeps links valid when levels or scoring settings change', () => {
		const hash = programmeHash(model, { ratings: Array(N).fill(2), label: 'x' });
		const tuned = { ...model, levels: [{ id: 'low', from: 0 }], weakest: 1, unknownShare: 30, gapRating: 1 };
		expect(readProgrammeHash(tuned, hash)).toMatchObject({ status: 'ok' });
	});

	// Each row: a malformed fragment the decoder must reject as a whole.
	it.each([
		['an empty code', '#p='],
		['no ratings', `${V}`],
		['too few ratings', `${V}.${R.slice(1)}.x`],
		['too many ratings', `${V}.${R}4.x`],
		['a rating above the scale', `${V}.${R.slice(0, -1)}5.x`],
		['a letter among the ratings', `${V}.${R.slice(0, -1)}a.x`],
		['broken percent-encoding in the label', `${V}.${R}.Sales%E0%A4%A`],
		['a control character in the label', `${V}.${R}.Sales%0AEurope`],
		['a label with surrounding spaces', `${V}.${R}.%20Sales`],
		['a label longer than 80 characters', `${V}.${R}.${'x'.repeat(MAX_LABEL_LENGTH + 1)}`],
		['an oversized fragment', `${V}.${R}.${'.'.repeat(1100)}`],
	])('rejects %s', (_what, hash) => {
		expect(readProgrammeHash(model, hash)).toEqual({ status: 'invalid' });
	});

	it('keeps dots and markup in a label as plain text', () => {
		const label = '<img src=x onerror=alert(1)> v2.0';
		expect(readProgrammeHash(model, programmeHash(model, { ratings: Array(N).fill(null), label }))).toEqual({
			status: 'ok',
			value: { ratings: Array(N).fill(null), label },
		});
	});

	it('treats the self-assessment’s links and ordinary anchors as no shared check', () => {
		for (const hash of ['', '#result', '#block-steering', '#a=v2.1k3x9qz.yyy.554432211111.national.2.Acme', undefined])
			expect(readProgrammeHash(model, hash)).toEqual({ status: 'none' });
	});

	it('never throws on any fragment', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `${V}.${s}`),
					fc.string().map((s) => `#p=${s}`),
				),
				(hash) => {
					expect(['none', 'ok', 'outdated', 'invalid']).toContain(readProgrammeHash(model, hash).status);
				},
			),
			{ numRuns: 2000 },
		);
	});
});
