// Sample: the shipped questionnaire's share links use the compact format docs/reference.md documents, it has the shape of
// the questionnaire the domain tests are written against, and its empty form asks sixteen questions.
import { describe, expect, it } from 'vitest';
import { answersHash, decodeHash, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import { emptyAnswers, scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';

const { model } = loadRealAssessment();
const V = `v2.${questionnaireFingerprint(model)}`;

describe('the sample questionnaire', () => {
	it('writes the documented compact format', () => {
		const answers: Answers = {
			gates: [true, true, null],
			ratings: [5, 5, 4, 4, 3, 2, 2, 1, 1, 1, null, 1],
			scope: 'global',
			revenue: 3,
			name: 'Müller & Söhne 4.0',
		};
		expect(answersHash(model, answers)).toBe(`#a=${V}.yy-.5544322111-1.global.3.M%C3%BCller%20%26%20S%C3%B6hne%204.0`);
		expect(decodeHash(model, answersHash(model, answers))).toEqual({ status: 'ok', answers });
		expect(decodeHash(model, `#a=${V}.yyy.554432211111.national.2.Acme`)).toMatchObject({ status: 'ok' });
	});

	it('has the shape of the questionnaire the domain tests use, so their codes and tables hold for it too', () => {
		const shape = (m: typeof model) => ({
			gates: m.gates.length,
			clusters: m.clusters,
			statementsPerCluster: m.statements.map((s) => s.cluster),
			weights: m.statements.map((s) => s.weight),
			scaleSize: m.scaleSize,
			scopes: m.scopes,
			revenueBands: m.revenueBands,
			thresholds: m.thresholds,
		});
		expect(shape(model)).toEqual(shape(QUESTIONNAIRE));
	});

	it('has empty answers that require sixteen questions', () => {
		expect(scoreAssessment(model, emptyAnswers(model))).toMatchObject({ status: 'incomplete', answered: 0, required: 16 });
	});
});
