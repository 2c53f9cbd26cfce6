// The questionnaire of the content under test, as the site scores and shares it: every answer gives a sound result
// and a share link restores it, whatever gates, statements, weights and thresholds the company wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersHash, cleanName, decodeHash, MAX_LINK_LENGTH, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import { emptyAnswers, isEmpty, scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import {
	answersFor,
	expectDecodedFits,
	expectValid,
	fragmentsFor,
	junkAnswers,
	linkAnswersFor,
	raisedIn,
} from '#tests/fixtures/assessment-properties.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';

const { model } = loadRealAssessment();
const scoreOf = (result: ReturnType<typeof scoreAssessment>, cluster: string) => result.scores.find((s) => s.cluster === cluster)!.score!;

describe('scoring the real questionnaire (fast-check)', () => {
	it('gives a valid result for any answers to the real questionnaire', () => {
		fc.assert(
			fc.property(answersFor(model), (a) => void expectValid(model, a)),
			{ numRuns: 2000 },
		);
	});

	it('gives a valid result for malformed answers and never throws', () => {
		fc.assert(
			fc.property(junkAnswers, (a) => void expectValid(model, a)),
			{ numRuns: 1000 },
		);
	});

	it('is deterministic and leaves the answers untouched', () => {
		fc.assert(
			fc.property(answersFor(model), (a) => {
				const copy = structuredClone(a);
				const first = scoreAssessment(model, a);
				expect(scoreAssessment(model, copy)).toEqual(first);
				expect(a).toEqual(copy);
			}),
		);
	});

	it('never lets revenue or the account name change the result', () => {
		fc.assert(
			fc.property(answersFor(model), answersFor(model), fc.string(), (a, other, name) => {
				expect(scoreAssessment(model, { ...a, revenue: other.revenue, name })).toEqual(scoreAssessment(model, a));
			}),
		);
	});

	it.each(model.clusters.map((c) => [c.id, c] as const))(
		'raising a "%s" answer never lowers that cluster’s score nor changes the others',
		(_id, cluster) => {
			fc.assert(
				fc.property(raisedIn(model, cluster.id), ([before, after]) => {
					const [b, a] = [scoreAssessment(model, before), scoreAssessment(model, after)];
					expect(scoreOf(a, cluster.id)).toBeGreaterThanOrEqual(scoreOf(b, cluster.id));
					for (const other of model.clusters.filter((c) => c.id !== cluster.id)) expect(scoreOf(a, other.id)).toBe(scoreOf(b, other.id));
				}),
				{ numRuns: 1000 },
			);
		},
	);

	it('raising any answer of the leading cluster keeps the tier', () => {
		for (const cluster of model.clusters) {
			fc.assert(
				fc.property(raisedIn(model, cluster.id), ([before, after]) => {
					fc.pre(scoreAssessment(model, before).tier === cluster.tier);
					expect(scoreAssessment(model, after).tier).toBe(cluster.tier);
				}),
				{ numRuns: 300 },
			);
		}
	});

	it('starts empty and incomplete, asking every gate, every statement and the scope', () => {
		const a = emptyAnswers(model);
		expect(isEmpty(a)).toBe(true);
		expect(isEmpty({ ...a, name: 'Acme' })).toBe(false);
		expect(scoreAssessment(model, a)).toMatchObject({
			status: 'incomplete',
			answered: 0,
			required: model.gates.length + model.statements.length + 1,
		});
	});
});

describe('share links of the real questionnaire', () => {
	it('restore any answers exactly (with the name cleaned)', () => {
		fc.assert(
			fc.property(linkAnswersFor(model), (answers: Answers) => {
				const hash = answersHash(model, answers);
				expect(hash.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
				expect(decodeHash(model, hash)).toEqual({ status: 'ok', answers: { ...answers, name: cleanName(answers.name) } });
			}),
			{ numRuns: 2000 },
		);
	});

	it('never make the decoder throw, and it answers only with "none", "invalid" or answers that fit', () => {
		fc.assert(
			fc.property(fragmentsFor(model), (hash) => expectDecodedFits(model, hash)),
			{ numRuns: 5000 },
		);
	});

	it('carry a short questionnaire fingerprint made of the characters a code allows', () => {
		expect(questionnaireFingerprint(model)).toMatch(/^[0-9a-z]{1,7}$/);
	});
});
