// The questionnaire of the content under test, as the site decides and shares it: every answer gives a sound result,
// put into words in every language, and a share link restores it, whatever checks, statements, weights and thresholds
// the company wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { answersHash, cleanName, decodeHash, MAX_LINK_LENGTH, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import { clusterScores, emptyAnswers, isEmpty, NO_REVENUE, scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import { assessmentConfig } from '#src/islands/assessment/config.ts';
import { resultText } from '#src/islands/assessment/result-text.ts';
import {
	answersFor,
	completeFor,
	expectDecodedFits,
	expectValid,
	fragmentsFor,
	junkAnswers,
	linkAnswersFor,
	raisedIn,
} from '#tests/fixtures/assessment-properties.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';

const data = loadRealAssessment();
const { model } = data;
const scored = model.clusters.filter((c) => c.decides === 'score');

describe('deciding the real questionnaire (fast-check)', () => {
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

	it('never lets revenue or the account name change the result (no revenue only marks the customer as indirect)', () => {
		fc.assert(
			fc.property(answersFor(model), answersFor(model), fc.string(), (a, other, name) => {
				const { indirect: _a, ...before } = scoreAssessment(model, a);
				const { indirect: _b, ...after } = scoreAssessment(model, { ...a, revenue: other.revenue, name });
				expect(after).toEqual(before);
			}),
		);
	});

	it.each(scored.map((c) => [c.id, c] as const))(
		'raising a "%s" answer never lowers that group’s score nor changes the others',
		(_id, cluster) => {
			fc.assert(
				fc.property(raisedIn(model, cluster.id), ([before, after]) => {
					const [b, a] = [clusterScores(model, before.ratings), clusterScores(model, after.ratings)];
					for (const s of a) {
						const was = b.find((x) => x.cluster === s.cluster)!.score;
						if (s.cluster === cluster.id) expect(s.score!).toBeGreaterThanOrEqual(was!);
						else expect(s.score).toBe(was);
					}
				}),
				{ numRuns: 1000 },
			);
		},
	);

	it('one strong signal makes a signal cluster’s tier the result, whatever the other answers', () => {
		const signalTiers = model.clusters.filter((c) => c.decides === 'signal').map((c) => c.tier);
		const signals = model.statements.flatMap((s, i) => (model.clusters.find((c) => c.id === s.cluster)?.decides === 'signal' ? [i] : []));
		// A company's questionnaire may decide by scores alone; then there is nothing to check here.
		if (signals.length === 0) return;
		fc.assert(
			fc.property(completeFor(model), fc.constantFrom(...signals), (a, index) => {
				const result = scoreAssessment(model, {
					...a,
					ratings: a.ratings.map((r, i) => (i === index ? model.thresholds.strongRating : r)),
				});
				expect(result.rule).toBe('signal');
				expect(signalTiers).toContain(result.tier);
			}),
		);
	});

	it('starts empty and incomplete, asking every check, every statement and the scope', () => {
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

describe('the result in words, in every language', () => {
	const configs = LANGUAGES.map((lang) => [lang, assessmentConfig(data, lang)] as const);

	it('fills every placeholder and names the tier, the scope and every flag', () => {
		fc.assert(
			fc.property(answersFor(model), (a: Answers) => {
				const result = scoreAssessment(model, a);
				for (const [lang, config] of configs) {
					const words = resultText(config, a, result);
					// The account name is the user's own text and may contain anything.
					const { account: _name, ...ours } = words;
					const all = Object.values(ours).flat().join('\n');
					expect(all, lang).not.toMatch(/\{\{|undefined/);
					expect(words.flags).toHaveLength(result.flags.length);
					if (result.status === 'tier') {
						expect(words.verdict).toBe(`${config.names.tiers[result.tier!]} · ${config.names.scopes[result.scope!]}`);
						expect(words.rule).not.toBe('');
						expect(words.reasons.length + (words.whyNone ? 1 : 0)).toBeGreaterThan(0);
					}
					if (result.status === 'incomplete') expect([words.verdict, words.summary, words.rule]).toEqual(['', '', '']);
					if (a.revenue === NO_REVENUE && model.revenueBands > 0) expect(words.revenue).toContain(config.names.revenue[0]);
				}
			}),
			{ numRuns: 500 },
		);
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
