// Reads the self-assessment's questions with the tiers, scopes and roles its result refers to, in display order.
import { getCollection } from 'astro:content';
import { assessmentData, type AssessmentData } from '#src/domain/assessment/questionnaire.ts';
import { getGeographies, getTiers } from './collections.ts';

/** The self-assessment as the page renders it (see assessmentData). */
export async function getAssessment(): Promise<AssessmentData> {
	const [items, tiers, geographies, roles] = await Promise.all([
		getCollection('assessment'),
		getTiers(),
		getGeographies(),
		getCollection('roles'),
	]);
	return assessmentData(
		items.map((e) => e.data),
		tiers,
		geographies,
		roles.map((r) => r.data),
	);
}
