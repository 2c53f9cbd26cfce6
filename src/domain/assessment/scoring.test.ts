import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFor, completeFor, expectValid, junkAnswers, raisedIn } from '#tests/fixtures/assessment-properties.ts';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import { emptyAnswers, isEmpty, scoreAssessment, type Answers, type AssessmentModel } from './scoring.ts';

// A small questionnaire with one statement per cluster, so each cluster score is (rating − 1) × 25.
const small: AssessmentModel = {
	gates: ['potential', 'profit', 'fit'],
	statements: [
		{ id: 'co-develops', cluster: 'future', weight: 1 },
		{ id: 'pays-for-service', cluster: 'value', weight: 1 },
		{ id: 'tenders', cluster: 'price', weight: 1 },
	],
	clusters: [
		{ id: 'future', tier: 'strategic' },
		{ id: 'value', tier: 'key' },
		{ id: 'price', tier: 'smart' },
	],
	scaleSize: 5,
	scopes: ['national', 'global'],
	revenueBands: 3,
	thresholds: {
		minimumScore: 50,
		borderlineMargin: 25,
		conflictScore: 75,
		conflictPairs: [
			['future', 'price'],
			['value', 'price'],
		],
		driverRating: 4,
		maxDrivers: 3,
	},
};

function answers(ratings: (number | null)[], gates: (boolean | null)[] = [true, true, true], scope: string | null = 'national'): Answers {
	return { gates, ratings, scope, revenue: null, name: '' };
}

describe('thresholds (table-driven)', () => {
	// ratings for future, value, price → tier, margin, weak profile, borderline, conflict
	const cases: [string, number[], string, number, boolean, boolean, [string, string] | null][] = [
		['clear strategic lead', [5, 3, 1], 'strategic', 50, false, false, null],
		['margin exactly at the borderline margin is not borderline', [4, 3, 1], 'strategic', 25, false, false, null],
		['margin below the borderline margin is borderline', [5, 5, 1], 'key', 0, false, true, null],
		['a tie goes to the leaner tier', [3, 3, 3], 'smart', 0, false, true, null],
		['a tie between strategic and key goes to key', [4, 4, 1], 'key', 0, false, true, null],
		['leading score exactly at the minimum is not weak', [3, 1, 1], 'strategic', 50, false, false, null],
		['leading score below the minimum is weak and borderline', [2, 1, 1], 'strategic', 25, true, true, null],
		['nothing applies at all: weak, borderline, leanest tier', [1, 1, 1], 'smart', 0, true, true, null],
		['conflict when both clusters of a pair reach the conflict score', [5, 1, 4], 'strategic', 25, false, false, ['future', 'price']],
		['no conflict when one of the pair stays below', [5, 1, 3], 'strategic', 50, false, false, null],
		['value and price both high: conflict and borderline', [1, 4, 4], 'smart', 0, false, true, ['value', 'price']],
		['future and value both high is no conflict', [5, 4, 1], 'strategic', 25, false, false, null],
		['clear smart lead', [1, 2, 5], 'smart', 75, false, false, null],
	];
	it.each(cases)('%s', (_what, ratings, tier, margin, weak, borderline, conflict) => {
		const result = scoreAssessment(small, answers(ratings));
		expect(result.status).toBe('tier');
		expect(result.tier).toBe(tier);
		expect(result.margin).toBe(margin);
		expect(result.weakProfile).toBe(weak);
		expect(result.borderline).toBe(borderline);
		expect(result.conflict).toEqual(conflict);
	});

	it('any gate answered "no" means not a key account, whatever else is answered', () => {
		for (const gates of [
			[false, true, true],
			[true, null, false],
			[false, false, false],
		]) {
			const result = scoreAssessment(small, answers([5, 1, 1], gates));
			expect(result.status).toBe('not-key-account');
			expect(result.tier).toBeNull();
			expect(result.failedGates).toEqual(small.gates.filter((_, i) => gates[i] === false));
		}
	});

	it('stays incomplete until every gate, every statement and the scope are answered', () => {
		expect(scoreAssessment(small, answers([5, 1, null])).status).toBe('incomplete');
		expect(scoreAssessment(small, answers([5, 1, 1], [true, null, true])).status).toBe('incomplete');
		expect(scoreAssessment(small, answers([5, 1, 1], [true, true, true], null)).status).toBe('incomplete');
		const partial = scoreAssessment(small, answers([5, null, null], [true, null, null], null));
		expect(partial).toMatchObject({ answered: 2, required: 7, tier: null });
		expect(partial.scores.map((s) => s.score)).toEqual([100, null, null]);
	});

	it('names the strong answers of the leading cluster as reasons, and strong answers elsewhere as counter-signals', () => {
		const result = scoreAssessment(small, answers([5, 4, 2]));
		expect(result.reasons).toEqual([{ statement: 'co-develops', cluster: 'future', rating: 5 }]);
		expect(result.counterSignals).toEqual([{ statement: 'pays-for-service', cluster: 'value', rating: 4 }]);
	});

	it('weights decide which reasons come first and limits them to maxDrivers', () => {
		const model: AssessmentModel = {
			...small,
			statements: [
				{ id: 'a', cluster: 'future', weight: 1 },
				{ id: 'b', cluster: 'future', weight: 2 },
				{ id: 'c', cluster: 'future', weight: 1 },
				{ id: 'd', cluster: 'value', weight: 1 },
				{ id: 'e', cluster: 'price', weight: 1 },
			],
			thresholds: { ...small.thresholds, maxDrivers: 2 },
		};
		const result = scoreAssessment(model, answers([4, 4, 5, 1, 1]));
		expect(result.reasons.map((r) => r.statement)).toEqual(['b', 'c']);
	});
});

// --- property-based tests ---------------------------------------------------------------
// QUESTIONNAIRE is shaped like the playbook's (tests/fixtures/questionnaire.ts); tests/unit/assessment-model.test.ts
// checks the same properties on the questionnaire of the content under test.

/** Random questionnaires: 1–4 clusters with 1–5 statements each, any weights, scales of 3–7 steps. */
const models: fc.Arbitrary<AssessmentModel> = fc
	.record({
		clusterSizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
		weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 20, maxLength: 20 }),
		gates: fc.integer({ min: 0, max: 4 }),
		scaleSize: fc.integer({ min: 3, max: 7 }),
		minimumScore: fc.integer({ min: 0, max: 100 }),
		borderlineMargin: fc.integer({ min: 0, max: 100 }),
		conflictScore: fc.integer({ min: 0, max: 100 }),
		driverRating: fc.integer({ min: 2, max: 7 }),
		maxDrivers: fc.integer({ min: 1, max: 12 }),
	})
	.map((m) => {
		const clusters = m.clusterSizes.map((_, c) => ({ id: `c${c}`, tier: `t${c}` }));
		const statements = m.clusterSizes.flatMap((size, c) =>
			Array.from({ length: size }, (_, i) => ({ id: `s${c}-${i}`, cluster: `c${c}`, weight: m.weights[(c * 5 + i) % 20]! / 4 })),
		);
		return {
			gates: Array.from({ length: m.gates }, (_, i) => `g${i}`),
			statements,
			clusters,
			scaleSize: m.scaleSize,
			scopes: ['national', 'global'],
			revenueBands: 3,
			thresholds: {
				minimumScore: m.minimumScore,
				borderlineMargin: m.borderlineMargin,
				conflictScore: m.conflictScore,
				conflictPairs: clusters.length > 1 ? [[clusters[0]!.id, clusters.at(-1)!.id] as const] : [],
				driverRating: Math.min(m.driverRating, m.scaleSize),
				maxDrivers: m.maxDrivers,
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
					expect(scoreAssessment(QUESTIONNAIRE, { ...a, revenue, name })).toEqual(scoreAssessment(QUESTIONNAIRE, a));
				},
			),
		);
	});

	it('raising a "shapes our future" answer never lowers the strategic score nor changes the others', () => {
		fc.assert(
			fc.property(raisedIn(QUESTIONNAIRE, 'shapes-future'), ([before, after]) => {
				const [b, a] = [scoreAssessment(QUESTIONNAIRE, before), scoreAssessment(QUESTIONNAIRE, after)];
				const score = (r: typeof b, c: string) => r.scores.find((s) => s.cluster === c)!.score!;
				expect(score(a, 'shapes-future')).toBeGreaterThanOrEqual(score(b, 'shapes-future'));
				for (const other of ['values-added-value', 'price-performance']) expect(score(a, other)).toBe(score(b, other));
			}),
			{ numRuns: 1000 },
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
					const higher = { ...a, ratings: a.ratings.map((r, i) => (i === index ? m.scaleSize : r)) };
					const score = (x: Answers) => scoreAssessment(m, x).scores.find((s) => s.cluster === cluster)!.score!;
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
