// Sample: the shipped questionnaire's share links use the compact format docs/reference.md documents, it has the shape of
// the questionnaire the domain tests are written against, and its empty form asks sixteen questions.
import { describe, expect, it } from 'vitest';
import { decodeHash, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import { emptyAnswers, scoreAssessment } from '#src/domain/assessment/scoring.ts';
import { expectCompactFormat } from '#tests/fixtures/assessment-properties.ts';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';

const { model } = loadRealAssessment();
const V = `v2.${questionnaireFingerprint(model)}`;

describe('the sample questionnaire', () => {
	it('writes the documented compact format', () => {
		expectCompactFormat(model);
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
