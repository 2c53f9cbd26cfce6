// What a stored self-assessment says at a glance: tier, scope, flags and revenue band, read back from its share code
// (the accounts workspace keeps the code, not the result, so new weights or thresholds apply on the next read).
import type { UiKey } from '#src/schemas/ui-strings.ts';
import { decodeAnswers } from './link.ts';
import { scoreAssessment, type AssessmentModel, type AssessmentResult, type FlagId } from './scoring.ts';

/** The result of a share code as a list shows it. `revenue` is a 1-based band, NO_REVENUE (0, an indirect customer) or null. */
export interface AssessmentSummary {
	status: AssessmentResult['status'];
	tier: string | null;
	scope: string | null;
	flags: FlagId[];
	revenue: number | null;
}

/** Tier, scope, flags and revenue band of a share code; null when the code cannot be read for this questionnaire. */
export function summariseCode(model: AssessmentModel, code: unknown): AssessmentSummary | null {
	const answers = decodeAnswers(model, code);
	if (!answers) return null;
	const { status, tier, scope, flags } = scoreAssessment(model, answers);
	return { status, tier, scope, flags, revenue: answers.revenue };
}

/** The UI string with a flag's short label ("Borderline", „Grenzfall“), in every language. */
export function flagLabel(flag: FlagId): Extract<UiKey, `kam.assessment.flag.${string}`> {
	return `kam.assessment.flag.${flag}`;
}
