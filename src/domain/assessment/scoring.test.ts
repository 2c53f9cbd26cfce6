import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFor, completeFor, expectValid, junkAnswers, raisedIn } from '#tests/fixtures/assessment-properties.ts';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import {
	clusterScores,
	DONT_KNOW as dk,
	emptyAnswers,
	INVESTMENT,
	isEmpty,
	NO_REVENUE,
	scoreAssessment,
	type Answers,
	type AssessmentModel,
	type GateAnswer,
} from './scoring.ts';

// A small questionnaire: one signal, one statement per scored cluster (so each score is (rating − 1) × 25), and a
// conflict between the signal and the price statement.
const small: AssessmentModel = {
	gates: [
		{ id: 'potential', investment: false },
		{ id: 'profit', investment: true },
		{ id: 'fit', investment: false },
	],
	statements: [
		{ id: 'co-develops', cluster: 'future', weight: 0 },
		{ id: 'pays-for-service', cluster: 'value', weight: 1 },
		{ id: 'tenders', cluster: 'price', weight: 1 },
	],
	clusters: [
		{ id: 'future', tier: 'strategic', decides: 'signal' },
		{ id: 'value', tier: 'key', decides: 'score' },
		{ id: 'price', tier: 'smart', decides: 'score' },
	],
	conflicts: [
		{ id: 'strategic-price', tier: 'strategic', cluster: 'price', minimumScore: 100, statements: [] },
		{ id: 'develops-tenders', tier: null, cluster: null, minimumScore: 0, statements: ['co-develops', 'tenders'] },
	],
	scaleSize: 5,
	scopes: ['national', 'global'],
	revenueBands: 3,
	thresholds: { strongRating: 4, partialSignalRating: 3, minimumScore: 50, borderlineMargin: 50, maxReasons: 3 },
};

function answers(ratings: (number | null)[], gates: GateAnswer[] = [true, true, true], scope: string | null = 'national'): Answers {
	return { gates, ratings, scope, revenue: null, name: '' };
}

describe('the rules (table-driven)', () => {
	// ratings for the signal, value and price → tier, rule, flags, conflicts
	const cases: [string, (number | null)[], string | null, string, string[], string[]][] = [
		['one signal answered strongly decides, whatever else', [4, 5, 1], 'strategic', 'signal', [], []],
		['a signal decides even when nothing else is known', [5, dk, dk], 'strategic', 'signal', [], []],
		[
			'a signal decides over a strong price profile, flagged',
			[4, 1, 5],
			'strategic',
			'signal',
			['conflict'],
			['strategic-price', 'develops-tenders'],
		],
		['a signal with a price profile just below the conflict score', [5, 1, 4], 'strategic', 'signal', ['conflict'], ['develops-tenders']],
		['a signal in part while the comparison decides is flagged', [3, 5, 1], 'key', 'score', ['partialSignal'], []],
		['a clear value lead', [1, 5, 1], 'key', 'score', [], []],
		['a clear price lead', [2, 1, 5], 'smart', 'score', [], []],
		['a margin exactly at the borderline margin is not close', [1, 5, 3], 'key', 'score', [], []],
		['a margin below the borderline margin is close', [1, 5, 4], 'key', 'score', ['close'], []],
		['a tie goes to the leaner tier, flagged close', [1, 3, 3], 'smart', 'tie', ['close'], []],
		['a lead score exactly at the minimum is not weak', [1, 3, 1], 'key', 'score', [], []],
		['a lead score below the minimum is weak', [1, 2, dk], 'key', 'score', ['weak'], []],
		['nothing applies at all: a weak tie, leanest tier', [1, 1, 1], 'smart', 'tie', ['close', 'weak'], []],
		['"don\'t know" is left out: the other group alone decides', [1, dk, 2], 'smart', 'score', ['weak'], []],
		['everything unknown: no decision', [1, dk, dk], null, 'no-evidence', ['weak'], []],
	];
	it.each(cases)('%s', (_what, ratings, tier, rule, flags, conflicts) => {
		const result = scoreAssessment(small, answers(ratings));
		expect(result.status).toBe(tier ? 'tier' : 'undecided');
		expect([result.tier, result.rule, result.flags, result.conflicts]).toEqual([tier, rule, flags, conflicts]);
	});

	it('any check answered "no" means not a key account, whatever else is answered', () => {
		for (const gates of [
			[false, true, true],
			[true, null, false],
			[false, false, false],
			[false, INVESTMENT, true],
		] as GateAnswer[][]) {
			const result = scoreAssessment(small, answers([5, 1, 1], gates));
			expect([result.status, result.rule, result.tier]).toEqual(['not-key-account', 'check', null]);
			expect(result.failedGates).toEqual(small.gates.filter((_, i) => gates[i] === false).map((g) => g.id));
		}
	});

	it('a deliberate investment passes only with a signal, and the result says it is one', () => {
		const invested = scoreAssessment(small, answers([5, dk, dk], [true, INVESTMENT, true]));
		expect([invested.status, invested.tier, invested.rule, invested.flags]).toEqual(['tier', 'strategic', 'signal', ['investment']]);
		expect(invested.investmentGates).toEqual(['profit']);
		const refused = scoreAssessment(small, answers([3, 5, 1], [true, INVESTMENT, true]));
		expect([refused.status, refused.tier, refused.rule, refused.failedGates]).toEqual(['not-key-account', null, 'investment', []]);
	});

	it('accepts the investment answer only where the check offers it', () => {
		expect(scoreAssessment(small, answers([5, 1, 1], [INVESTMENT, true, true])).status).toBe('incomplete');
	});

	it('stays incomplete until every check, every statement and the scope are answered', () => {
		expect(scoreAssessment(small, answers([5, 1, null])).status).toBe('incomplete');
		expect(scoreAssessment(small, answers([5, 1, 1], [true, null, true])).status).toBe('incomplete');
		expect(scoreAssessment(small, answers([5, 1, 1], [true, true, true], null)).status).toBe('incomplete');
		const partial = scoreAssessment(small, answers([5, dk, null], [true, null, null], null));
		expect(partial).toMatchObject({ answered: 3, required: 7, tier: null, rule: null, scores: [], unknown: ['pays-for-service'] });
	});

	it('names the strong answers of the deciding cluster as reasons, and strong answers elsewhere as counter-signals', () => {
		const result = scoreAssessment(small, answers([5, 4, 2]));
		expect(result.reasons).toEqual([{ statement: 'co-develops', cluster: 'future', rating: 5 }]);
		expect(result.counterSignals).toEqual([{ statement: 'pays-for-service', cluster: 'value', rating: 4 }]);
	});

	it('weights decide which reasons come first, and maxReasons how many', () => {
		const model: AssessmentModel = {
			...small,
			statements: [
				{ id: 'signal', cluster: 'future', weight: 0 },
				{ id: 'a', cluster: 'value', weight: 1 },
				{ id: 'b', cluster: 'value', weight: 2 },
				{ id: 'c', cluster: 'value', weight: 1 },
				{ id: 'e', cluster: 'price', weight: 1 },
			],
			thresholds: { ...small.thresholds, maxReasons: 2 },
		};
		const result = scoreAssessment(model, answers([1, 4, 4, 5, 1]));
		expect(result.reasons.map((r) => r.statement)).toEqual(['b', 'c']);
	});

	it('marks a customer that buys nothing as indirect, without changing the result', () => {
		const direct = scoreAssessment(small, { ...answers([5, dk, dk]), revenue: 1 });
		const indirect = scoreAssessment(small, { ...answers([5, dk, dk]), revenue: NO_REVENUE });
		expect([direct.indirect, indirect.indirect]).toEqual([false, true]);
		expect({ ...indirect, indirect: false }).toEqual(direct);
	});

	it('scores a group as the weighted average of its steps on the scale, leaving "don\'t know" out', () => {
		// counts-total-cost 1.5 × 100, values-service 1 × 100, pays-for-service 1.25 × 0, signs-frame-contracts 1 × 100 → 350 / 4.75
		const ratings = [dk, dk, dk, dk, 5, 5, 1, 5, 3, dk, dk, dk];
		expect(clusterScores(QUESTIONNAIRE, ratings).map((s) => [s.cluster, s.score, s.rated])).toEqual([
			['values-added-value', 74, 4],
			['price-performance', 50, 1],
		]);
	});
});

// --- property-based tests ---------------------------------------------------------------
// QUESTIONNAIRE is shaped like the playbook's (tests/fixtures/questionnaire.ts); tests/unit/assessment-model.test.ts
// checks the same properties on the questionnaire of the content under test.

/** Random questionnaires: 0–2 signal clusters and 1–3 scored clusters with 1–5 statements each, any weights, scales of 3–7 steps. */
const models: fc.Arbitrary<AssessmentModel> = fc
	.record({
		signalSizes: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
		scoredSizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
		weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 20, maxLength: 20 }),
		gates: fc.array(fc.boolean(), { maxLength: 4 }),
		scaleSize: fc.integer({ min: 3, max: 7 }),
		minimumScore: fc.integer({ min: 0, max: 100 }),
		borderlineMargin: fc.integer({ min: 0, max: 100 }),
		conflictScore: fc.integer({ min: 0, max: 100 }),
		strongRating: fc.integer({ min: 2, max: 7 }),
		maxReasons: fc.integer({ min: 1, max: 12 }),
	})
	.map((m) => {
		const sizes = [...m.signalSizes.map((size) => ['signal', size] as const), ...m.scoredSizes.map((size) => ['score', size] as const)];
		const clusters = sizes.map(([decides], c) => ({ id: `c${c}`, tier: `t${c}`, decides }));
		const statements = sizes.flatMap(([decides, size], c) =>
			Array.from({ length: size }, (_, i) => ({
				id: `s${c}-${i}`,
				cluster: `c${c}`,
				weight: decides === 'signal' ? 0 : m.weights[(c * 5 + i) % 20]! / 4,
			})),
		);
		const strongRating = Math.min(m.strongRating, m.scaleSize);
		return {
			gates: m.gates.map((investment, i) => ({ id: `g${i}`, investment })),
			statements,
			clusters,
			conflicts: [
				{ id: 'first-and-last', tier: clusters[0]!.tier, cluster: clusters.at(-1)!.id, minimumScore: m.conflictScore, statements: [] },
				{ id: 'two-statements', tier: null, cluster: null, minimumScore: 0, statements: [statements[0]!.id, statements.at(-1)!.id] },
			],
			scaleSize: m.scaleSize,
			scopes: ['national', 'global'],
			revenueBands: 3,
			thresholds: {
				strongRating,
				partialSignalRating: strongRating - 1,
				minimumScore: m.minimumScore,
				borderlineMargin: m.borderlineMargin,
				maxReasons: m.maxReasons,
			},
		};
	});

describe('properties (fast-check)', () => {
	it('gives a valid result for any answers to a questionnaire like the playbook’s', () => {
		fc.assert(
			fc.property(answersFor(QUESTIONNAIRE), (a) => void expectValid(QUESTIONNAIRE, a)),
			{ numRuns: 2000 },
		);
	});

	it('gives a valid result for malformed answers and never throws', () => {
		fc.assert(
			fc.property(junkAnswers, (a) => void expectValid(QUESTIONNAIRE, a)),
			{ numRuns: 1000 },
		);
	});

	it('gives a valid result for any questionnaire and answers', () => {
		fc.assert(
			fc.property(
				models.chain((m) => fc.tuple(fc.constant(m), answersFor(m))),
				([m, a]) => void expectValid(m, a),
			),
			{ numRuns: 1000 },
		);
	});

	it('is deterministic and leaves the answers untouched', () => {
		fc.assert(
			fc.property(answersFor(QUESTIONNAIRE), (a) => {
				const copy = structuredClone(a);
				const first = scoreAssessment(QUESTIONNAIRE, a);
				expect(scoreAssessment(QUESTIONNAIRE, copy)).toEqual(first);
				expect(a).toEqual(copy);
			}),
		);
	});

	it('never lets revenue or the account name change the result', () => {
		fc.assert(
			fc.property(
				answersFor(QUESTIONNAIRE),
				fc.option(fc.integer({ min: 1, max: QUESTIONNAIRE.revenueBands }), { nil: null }),
				fc.string(),
				(a, revenue, name) => {
					// Only "none" (an indirect customer) is marked, and only to leave out price advice.
					const direct = { ...a, revenue: a.revenue === NO_REVENUE ? 1 : a.revenue };
					expect(scoreAssessment(QUESTIONNAIRE, { ...direct, revenue, name })).toEqual(scoreAssessment(QUESTIONNAIRE, direct));
				},
			),
		);
	});

	it('raising a scored answer never lowers its group’s score nor changes the other group’s', () => {
		for (const [cluster, other] of [
			['values-added-value', 'price-performance'],
			['price-performance', 'values-added-value'],
		]) {
			fc.assert(
				fc.property(raisedIn(QUESTIONNAIRE, cluster!), ([before, after]) => {
					const [b, a] = [clusterScores(QUESTIONNAIRE, before.ratings), clusterScores(QUESTIONNAIRE, after.ratings)];
					const score = (scores: typeof b, c: string) => scores.find((s) => s.cluster === c)!.score!;
					expect(score(a, cluster!)).toBeGreaterThanOrEqual(score(b, cluster!));
					expect(score(a, other!)).toBe(score(b, other!));
				}),
				{ numRuns: 500 },
			);
		}
	});

	it('raising a signal to a strong answer always makes the account strategic, unless a check says no', () => {
		fc.assert(
			fc.property(completeFor(QUESTIONNAIRE), fc.nat(3), (a, index) => {
				const raised = { ...a, ratings: a.ratings.map((r, i) => (i === index ? QUESTIONNAIRE.thresholds.strongRating : r)) };
				expect(scoreAssessment(QUESTIONNAIRE, raised).tier).toBe('strategic');
			}),
		);
	});

	it('raising any answer of the leading cluster keeps the tier', () => {
		for (const cluster of QUESTIONNAIRE.clusters) {
			fc.assert(
				fc.property(raisedIn(QUESTIONNAIRE, cluster.id), ([before, after]) => {
					const b = scoreAssessment(QUESTIONNAIRE, before);
					fc.pre(b.tier === cluster.tier);
					expect(scoreAssessment(QUESTIONNAIRE, after).tier).toBe(cluster.tier);
				}),
				{ numRuns: 300 },
			);
		}
	});

	it('raising an answer with every other answer fixed never lowers its own cluster score, in any questionnaire', () => {
		fc.assert(
			fc.property(
				models.chain((m) => fc.tuple(fc.constant(m), completeFor(m), fc.nat(m.statements.length - 1))),
				([m, a, index]) => {
					const cluster = m.statements[index]!.cluster;
					fc.pre(m.clusters.find((c) => c.id === cluster)!.decides === 'score' && a.ratings[index] !== dk);
					const higher = { ...a, ratings: a.ratings.map((r, i) => (i === index ? m.scaleSize : r)) };
					const score = (x: Answers) => clusterScores(m, x.ratings).find((s) => s.cluster === cluster)!.score!;
					expect(score(higher)).toBeGreaterThanOrEqual(score(a));
				},
			),
		);
	});
});

describe('empty answers', () => {
	it('are empty and incomplete', () => {
		const a = emptyAnswers(QUESTIONNAIRE);
		expect(isEmpty(a)).toBe(true);
		expect(isEmpty({ ...a, name: 'Acme' })).toBe(false);
		expect(scoreAssessment(QUESTIONNAIRE, a)).toMatchObject({ status: 'incomplete', answered: 0, required: 16 });
	});
});
