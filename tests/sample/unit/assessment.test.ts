// Sample: the shipped questionnaire's share links use the compact format the README documents, and its empty form
// asks sixteen questions (three gates, twelve statements, the scope).
import { describe, expect, it } from 'vitest';
import { answersHash, decodeHash, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import { emptyAnswers, scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
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

	it('has empty answers that require sixteen questions', () => {
		expect(scoreAssessment(model, emptyAnswers(model))).toMatchObject({ status: 'incomplete', answered: 0, required: 16 });
	});
});
