// The self-assessment as pages and tests see it: the items of content/assessment.yaml in display order, with the
// tiers, scopes and roles its result refers to, and the decision model. Pure: src/data/assessment.ts feeds it the
// collections at build time, tests the content under test.
import { inOrder } from '#src/lib/order.ts';
import { itemsOf, type AssessmentItem } from '#src/schemas/assessment.ts';
import type { Geography } from '#src/schemas/geographies.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { assessmentModel, statementsInOrder } from './scoring.ts';

/** Checks, topics with their statements, scale, revenue question, conflicts, tiers, scopes, each tier's key account manager role, and the decision model. */
export function assessmentData(
	items: readonly AssessmentItem[],
	tiers: readonly Tier[],
	geographies: readonly Geography[],
	roles: readonly { id: string; tier?: string | undefined }[],
) {
	const statements = statementsInOrder(items);
	const [scale] = itemsOf(items, 'scale');
	const [scoring] = itemsOf(items, 'scoring');
	if (!scale || !scoring) throw new Error('content/assessment.yaml needs a "scale" and a "scoring" entry');
	return {
		model: assessmentModel(
			items,
			geographies.map((g) => g.id),
			tiers.map((t) => t.id),
		),
		gates: inOrder(itemsOf(items, 'gate')),
		topics: inOrder(itemsOf(items, 'topic')).map((topic) => ({ ...topic, statements: statements.filter((s) => s.topic === topic.id) })),
		statements,
		// In tier order, like the model's.
		clusters: tiers.flatMap((t) => itemsOf(items, 'cluster').filter((c) => c.tier === t.id)),
		conflicts: inOrder(itemsOf(items, 'conflict')),
		scale,
		scoring,
		revenue: itemsOf(items, 'revenue')[0],
		tiers: [...tiers],
		geographies: [...geographies],
		roleIdByTier: new Map(roles.flatMap((r) => (r.tier ? [[r.tier, r.id] as const] : []))),
	};
}
/** Everything the self-assessment page renders. */
export type AssessmentData = ReturnType<typeof assessmentData>;
