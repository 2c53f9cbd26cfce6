import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '#src/lib/rating-scale.ts';
import { cleanLabel, MAX_LABEL_LENGTH, programmeFormat, programmeHash, readProgrammeHash } from './link.ts';
import { statementIds, type ProgrammeAnswers, type ProgrammeModel } from './scoring.ts';

const model: ProgrammeModel = {
	blocks: [
		{ id: 'objectives', statements: ['goals-written', 'shared-terms', 'tiers-used'] },
		{ id: 'selection', statements: ['criteria', 'cross-functional', 'yearly-review'] },
		{ id: 'steering', statements: ['several-figures', 'by-tier'] },
	],
	scaleSize: 4,
	levels: [
		{ id: 'ad-hoc', from: 0 },
		{ id: 'established', from: 60 },
	],
	weakest: 2,
	unknownShare: 50,
	gapRating: 2,
};
const N = statementIds(model).length;
const V = `#p=v1.${programmeFormat(model).fingerprint}`;
const anyAnswers: fc.Arbitrary<ProgrammeAnswers> = fc.record({
	ratings: fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(DONT_KNOW), fc.constant(null)), { minLength: N, maxLength: N }),
	label: fc.string({ maxLength: 120 }),
});

describe('share link of the programme check', () => {
	it('writes the documented compact format', () => {
		const hash = programmeHash(model, { ratings: [4, 3, DONT_KNOW, 1, null, 2, 4, 4], label: 'Sales Europe 2026' });
		expect(hash).toBe(`${V}.4301-244.Sales%20Europe%202026`);
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
		const hash = programmeHash(model, { ratings: [4, 4, 4, 4, 4, 4, 4, 4], label: '' });
		const changed = (blocks: ProgrammeModel['blocks']) => ({ ...model, blocks });
		const [a, b, c] = model.blocks as [
			ProgrammeModel['blocks'][number],
			ProgrammeModel['blocks'][number],
			ProgrammeModel['blocks'][number],
		];
		for (const other of [
			changed([a, b, { ...c, statements: [...c.statements, 'pays-off'] }]),
			changed([a, b, { ...c, statements: ['several-figures'] }]),
			changed([b, a, c]),
			changed([a, b, { ...c, statements: ['by-tier', 'several-figures'] }]),
			{ ...model, scaleSize: 5 },
		])
			expect(readProgrammeHash(other, hash)).toEqual({ status: 'outdated' });
	});

	it('keeps links valid when levels or scoring settings change', () => {
		const hash = programmeHash(model, { ratings: [4, 4, 4, 1, 1, 1, 2, 2], label: 'x' });
		const tuned = { ...model, levels: [{ id: 'low', from: 0 }], weakest: 1, unknownShare: 30, gapRating: 1 };
		expect(readProgrammeHash(tuned, hash)).toMatchObject({ status: 'ok' });
	});

	// Each row: a malformed fragment the decoder must reject as a whole.
	it.each([
		['an empty code', '#p='],
		['no ratings', `${V}`],
		['too few ratings', `${V}.4301-24.x`],
		['too many ratings', `${V}.4301-2444.x`],
		['a rating above the scale', `${V}.4301-245.x`],
		['a letter among the ratings', `${V}.4301-24a.x`],
		['broken percent-encoding in the label', `${V}.4301-244.Sales%E0%A4%A`],
		['a control character in the label', `${V}.4301-244.Sales%0AEurope`],
		['a label with surrounding spaces', `${V}.4301-244.%20Sales`],
		['a label longer than 80 characters', `${V}.4301-244.${'x'.repeat(MAX_LABEL_LENGTH + 1)}`],
		['an oversized fragment', `${V}.4301-244.${'.'.repeat(1100)}`],
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
