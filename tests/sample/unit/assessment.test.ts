// Sample: the shipped questionnaire's share links use the compact format docs/reference.md documents, it has the shape
// of the questionnaire the domain tests are written against, its empty form asks sixteen questions, and the scope it
// asks follows the author's one rule, stated in geographies.yaml and repeated by the glossary.
import { describe, expect, it } from 'vitest';
import { decodeHash, questionnaireFingerprint } from '#src/domain/assessment/link.ts';
import { emptyAnswers, scoreAssessment, type AssessmentModel } from '#src/domain/assessment/scoring.ts';
import { UI_STRINGS } from '#src/data/ui-text.ts';
import { expectCompactFormat } from '#tests/fixtures/assessment-properties.ts';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';

const { model } = loadRealAssessment();
const V = `v3.${questionnaireFingerprint(model)}`;

describe('the sample questionnaire', () => {
	it('writes the documented compact format', () => {
		expectCompactFormat(model);
		expect(decodeHash(model, `#a=${V}.yyy.554432211111.national.2.Acme`)).toMatchObject({ status: 'ok' });
	});

	it('has the shape of the questionnaire the domain tests use, so their codes and tables hold for it too', () => {
		// Ids and the order of the statements differ on purpose (the domain tests must not depend on the sample's);
		// everything that decides is the same: per cluster the same weights, the same conflicts, checks and thresholds.
		const clusterOf = (m: AssessmentModel, id: string) => m.statements.find((s) => s.id === id)?.cluster;
		const shape = (m: AssessmentModel) => ({
			gates: m.gates.map((g) => g.investment),
			clusters: m.clusters,
			weights: m.clusters.map((c) => m.statements.filter((s) => s.cluster === c.id).map((s) => s.weight)),
			conflicts: m.conflicts.map((c) => ({ ...c, id: '', statements: c.statements.map((id) => clusterOf(m, id)) })),
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

describe('the scope follows one rule: any internationally active customer is Global', () => {
	const { geographies, glossary } = realContent();
	const scope = glossary.find((g) => g.id === 'geographic-scope')!;
	// The author's rule in each language's words, as the scopes define it and the glossary and the question repeat it.
	const rule = {
		en: { national: 'active in only one country', global: 'any internationally active customer', question: 'active in one country only' },
		de: { national: 'nur in einem Land tätig', global: 'jeder international tätige Kunde', question: 'nur in einem Land tätig' },
	};

	it.each(['de', 'en'] as const)('in %s', (lang) => {
		const [national, global] = geographies.map((g) => g.definition[lang]);
		expect(geographies.map((g) => g.id)).toEqual(['national', 'global']);
		expect(national).toContain(rule[lang].national);
		expect(global).toContain(rule[lang].global);
		expect(scope.definition[lang]).toContain(rule[lang].national);
		expect(scope.definition[lang]).toContain(rule[lang].global);
		expect(UI_STRINGS[lang]['kam.assessment.scope.question']).toContain(rule[lang].question);
		// No other definition: the criteria neither ask where the customer buys nor where it decides.
		for (const criterion of geographies.flatMap((g) => g.criteria)) expect(criterion[lang]).not.toMatch(/buys, decides|kauft, entscheidet/);
	});
});
