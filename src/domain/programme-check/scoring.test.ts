import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '#src/lib/rating-scale.ts';
import { PROGRAMME } from '#tests/fixtures/programme-check.ts';
import { emptyProgrammeAnswers, isEmptyProgramme, programmeModel, scoreProgramme, statementIds, type ProgrammeResult } from './scoring.ts';

const K = DONT_KNOW;
const model = PROGRAMME;
const N = statementIds(model).length;
/** Answers from one string per block, one character per statement: 1–4, ? for don't know, . for open. */
const answers = (...blocks: string[]) => ({
	ratings: blocks
		.join('')
		.split('')
		.map((c) => (c === '?' ? K : c === '.' ? null : Number(c))),
	label: '',
});
const block = (r: ProgrammeResult, id: string) => r.blocks.find((b) => b.block === id)!;
const anyAnswers = fc.record({
	ratings: fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(K), fc.constant(null)), { minLength: N, maxLength: N }),
	label: fc.string(),
});
const completeAnswers = fc.record({
	ratings: fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(K)), { minLength: N, maxLength: N }),
	label: fc.constant(''),
});

describe('scoring a programme (table-driven)', () => {
	// Each row: a programme described in words, its answers per block, and what the result must say.
	const cases: [string, string[], Partial<ProgrammeResult> & { scores?: (number | null)[]; levels?: (string | null)[] }][] = [
		[
			'nothing answered yet',
			['...', '....', '...', '...'],
			{ status: 'incomplete', overall: null, overallLevel: null, weakest: [], answered: 0, total: N },
		],
		[
			'a programme that is strong everywhere',
			['444', '4444', '444', '444'],
			{ status: 'complete', overall: 100, overallLevel: 'leading', weakest: ['objectives', 'selection'], scores: [100, 100, 100, 100] },
		],
		[
			'clear terms and selection, but no steering',
			['443', '4433', '322', '111'],
			{
				status: 'complete',
				scores: [89, 83, 44, 0],
				levels: ['leading', 'established', 'emerging', 'ad-hoc'],
				overall: 54,
				overallLevel: 'emerging',
				weakest: ['steering', 'packages'],
			},
		],
		[
			'half answered: scores show, the weakest wait',
			['444', '11..', '...', '...'],
			{ status: 'incomplete', scores: [100, 0, null, null], overall: 50, weakest: [], answered: 5 },
		],
		[
			'nobody knows about steering',
			['333', '3333', '222', '???'],
			{ status: 'complete', scores: [67, 67, 33, null], overall: 56, weakest: ['packages', 'objectives'] },
		],
		[
			'every answer "don’t know"',
			['???', '????', '???', '???'],
			{ status: 'complete', overall: null, overallLevel: null, weakest: [], scores: [null, null, null, null] },
		],
	];

	it.each(cases)('%s', (_what, given, expected) => {
		const { scores, levels, ...rest } = expected;
		const r = scoreProgramme(model, answers(...given));
		expect(r).toMatchObject(rest);
		if (scores) expect(r.blocks.map((b) => b.score)).toEqual(scores);
		if (levels) expect(r.blocks.map((b) => b.level)).toEqual(levels);
	});

	it('counts rated, "don’t know" and open answers per block, and flags blocks with many "don’t know"', () => {
		const r = scoreProgramme(model, answers('4?.', '??3.', '???', '1?4'));
		expect(block(r, 'objectives')).toMatchObject({ rated: 1, unknown: 1, open: 1, total: 3, uncertain: false });
		expect(block(r, 'selection')).toMatchObject({ rated: 1, unknown: 2, open: 1, total: 4, uncertain: true });
		expect(block(r, 'packages')).toMatchObject({ score: null, level: null, unknown: 3, uncertain: true });
		expect(block(r, 'steering')).toMatchObject({ score: 50, uncertain: false });
	});

	it('lists a block’s gaps lowest rating first, leaving out "don’t know" and ratings above the gap rating', () => {
		const r = scoreProgramme(model, answers('444', '2?13', '333', '444'));
		expect(block(r, 'selection').gaps).toEqual(['yearly-review', 'criteria']);
		expect(block(r, 'packages').gaps).toEqual([]);
	});

	it('names the earlier block first when scores are equal', () => {
		const r = scoreProgramme(model, answers('222', '4444', '222', '222'));
		expect(r.weakest).toEqual(['objectives', 'packages']);
	});
});

describe('scoring a programme (fast-check)', () => {
	it('never throws and gives a sound result for any answers, valid or not', () => {
		const junk = fc.record({ ratings: fc.array(fc.anything(), { maxLength: N + 3 }), label: fc.anything() });
		fc.assert(
			fc.property(fc.oneof(anyAnswers, junk as fc.Arbitrary<never>), (a) => {
				const r = scoreProgramme(model, a);
				expect(r.total).toBe(N);
				expect(r.answered).toBeLessThanOrEqual(N);
				expect(r.blocks.map((b) => b.block)).toEqual(model.blocks.map((b) => b.id));
				for (const b of r.blocks) {
					expect(b.rated + b.unknown + b.open).toBe(b.total);
					if (b.score !== null) expect(b.score >= 0 && b.score <= 100).toBe(true);
					expect(b.level === null).toBe(b.score === null);
				}
			}),
			{ numRuns: 1000 },
		);
	});

	it('puts the overall score between the weakest and the strongest block', () => {
		fc.assert(
			fc.property(anyAnswers, (a) => {
				const r = scoreProgramme(model, a);
				const scores = r.blocks.flatMap((b) => (b.score === null ? [] : [b.score]));
				if (scores.length === 0) {
					expect(r.overall).toBeNull();
					return;
				}
				expect(r.overall!).toBeGreaterThanOrEqual(Math.min(...scores));
				expect(r.overall!).toBeLessThanOrEqual(Math.max(...scores));
			}),
		);
	});

	it('names as weakest, once complete, the lowest scores in rising order – no block scored lower is left out', () => {
		fc.assert(
			fc.property(completeAnswers, (a) => {
				const r = scoreProgramme(model, a);
				const scored = r.blocks.filter((b) => b.score !== null);
				expect(r.weakest).toHaveLength(Math.min(model.weakest, scored.length));
				const scoreOf = (id: string) => block(r, id).score!;
				const weakestScores = r.weakest.map(scoreOf);
				expect(weakestScores).toEqual([...weakestScores].sort((x, y) => x - y));
				for (const b of scored) if (!r.weakest.includes(b.block)) expect(b.score!).toBeGreaterThanOrEqual(Math.max(...weakestScores));
			}),
		);
	});

	it('raising one answer never lowers its block’s score and leaves the other blocks alone', () => {
		fc.assert(
			fc.property(completeAnswers, fc.nat(N - 1), (a, i) => {
				const r = a.ratings[i]!;
				if (r === K || r === 4) return;
				const raised = { ...a, ratings: a.ratings.with(i, r + 1) };
				const [before, after] = [scoreProgramme(model, a), scoreProgramme(model, raised)];
				let at = 0;
				for (const [n, b] of model.blocks.entries()) {
					const mine = i >= at && i < at + b.statements.length;
					at += b.statements.length;
					if (mine) expect(after.blocks[n]!.score!).toBeGreaterThanOrEqual(before.blocks[n]!.score!);
					else expect(after.blocks[n]).toEqual(before.blocks[n]);
				}
			}),
		);
	});

	it('is deterministic and leaves the answers untouched', () => {
		fc.assert(
			fc.property(anyAnswers, (a) => {
				const copy = structuredClone(a);
				expect(scoreProgramme(model, copy)).toEqual(scoreProgramme(model, a));
				expect(a).toEqual(copy);
			}),
		);
	});
});

describe('the model and empty answers', () => {
	it('is built from content entries in their order, levels sorted by where they begin', () => {
		const text = { de: 'x', en: 'x' };
		const built = programmeModel([
			{ id: 'high', kind: 'level', from: 70, name: text, meaning: text },
			{ id: 'b', kind: 'block', order: 2, name: text, summary: text, statements: [{ id: 'b1', text }], nextSteps: [text], links: [] },
			{ id: 'low', kind: 'level', from: 0, name: text, meaning: text },
			{
				id: 'a',
				kind: 'block',
				order: 1,
				name: text,
				summary: text,
				statements: [
					{ id: 'a1', text },
					{ id: 'a2', text },
				],
				nextSteps: [text],
				links: [],
			},
			{ id: 'scale', kind: 'scale', labels: [text, text, text, text, text], dontKnow: text },
			{ id: 'scoring', kind: 'scoring', weakest: 1, unknownShare: 60, gapRating: 2 },
		]);
		expect(built).toEqual({
			blocks: [
				{ id: 'a', statements: ['a1', 'a2'] },
				{ id: 'b', statements: ['b1'] },
			],
			scaleSize: 5,
			levels: [
				{ id: 'low', from: 0 },
				{ id: 'high', from: 70 },
			],
			weakest: 1,
			unknownShare: 60,
			gapRating: 2,
		});
		expect(() => programmeModel([])).toThrow(/needs a "scale" and a "scoring" entry/);
	});

	it('starts empty, and knows a label alone is not empty', () => {
		const empty = emptyProgrammeAnswers(model);
		expect(empty.ratings).toHaveLength(N);
		expect(isEmptyProgramme(empty)).toBe(true);
		expect(isEmptyProgramme({ ...empty, label: 'Sales Europe' })).toBe(false);
		expect(isEmptyProgramme({ ...empty, ratings: empty.ratings.with(0, K) })).toBe(false);
		expect(scoreProgramme(model, empty)).toMatchObject({ status: 'incomplete', answered: 0 });
	});
});
