// The self-assessment as pages and tests see it: the items of content/assessment.yaml in display order, with the
// tiers, scopes and roles its result refers to, and the decision model. Pure: src/data/assessment.ts feeds it the
// collections at build time, tests the content under test.
import { inOrder } from '#src/lib/order.ts';
import type { AssessmentItem } from '#src/schemas/assessment.ts';
import type { Geography } from '#src/schemas/geographies.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import type { AssessmentModel } from './scoring.ts';

/** The items of one kind, in file order, typed as that kind. */
function itemsOf<K extends AssessmentItem['kind']>(items: readonly AssessmentItem[], kind: K): Extract<AssessmentItem, { kind: K }>[] {
	return items.filter((i): i is Extract<AssessmentItem, { kind: K }> => i.kind === kind);
}

/** The scale and the scoring entry, which every questionnaire has (validate.ts makes sure of it). */
function scaleAndScoring(items: readonly AssessmentItem[]) {
	const [scale] = itemsOf(items, 'scale');
	const [scoring] = itemsOf(items, 'scoring');
	if (!scale || !scoring) throw new Error('content/assessment.yaml needs a "scale" and a "scoring" entry');
	return { scale, scoring };
}

/** Builds the decision model from the validated assessment items, the scope ids and the tier ids, each in display order. */
export function assessmentModel(items: readonly AssessmentItem[], scopes: readonly string[], tiers: readonly string[]): AssessmentModel {
	const { scale, scoring } = scaleAndScoring(items);
	const { id: _id, kind: _kind, ...thresholds } = scoring;
	const clusters = itemsOf(items, 'cluster').sort((a, b) => tiers.indexOf(a.tier) - tiers.indexOf(b.tier));
	return {
		gates: inOrder(itemsOf(items, 'gate')).map((g) => ({ id: g.id, investment: g.investment !== undefined })),
		statements: statementsInOrder(items).map((s) => ({
			id: s.id,
			cluster: s.cluster,
			weight: clusters.find((c) => c.id === s.cluster)?.decides === 'score' ? (s.weight ?? 1) : 0,
		})),
		clusters: clusters.map((c) => ({ id: c.id, tier: c.tier, decides: c.decides })),
		conflicts: inOrder(itemsOf(items, 'conflict')).map((c) => ({
			id: c.id,
			tier: c.tier ?? null,
			cluster: c.cluster ?? null,
			minimumScore: c.minimumScore ?? 0,
			statements: c.statements ?? [],
		})),
		scaleSize: scale.labels.length,
		scopes: [...scopes],
		revenueBands: itemsOf(items, 'revenue')[0]?.bands.length ?? 0,
		thresholds,
	};
}

/** The statements in the order the form asks them: by topic, then by their own order. */
export function statementsInOrder(items: readonly AssessmentItem[]): Extract<AssessmentItem, { kind: 'statement' }>[] {
	const topics = inOrder(itemsOf(items, 'topic')).map((t) => t.id);
	return inOrder(itemsOf(items, 'statement')).sort((a, b) => topics.indexOf(a.topic) - topics.indexOf(b.topic));
}

/** Checks, topics with their statements, scale, revenue question, conflicts, tiers, scopes, each tier's key account manager role, and the decision model. */
export function assessmentData(
	items: readonly AssessmentItem[],
	tiers: readonly Tier[],
	geographies: readonly Geography[],
	roles: readonly { id: string; tier?: string | undefined }[],
) {
	const statements = statementsInOrder(items);
	const { scale, scoring } = scaleAndScoring(items);
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
