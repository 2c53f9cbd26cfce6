// Reads the self-assessment's questions with the tiers, scopes and roles its result refers to, in display order.
import { getCollection } from 'astro:content';
import { assessmentModel } from '#src/domain/assessment/scoring.ts';
import { inOrder } from '#src/lib/order.ts';
import { getGeographies, getTiers } from './collections.ts';

/** Questions, scale, revenue bands, tiers, scopes, each tier's key account manager role, and the scoring model. */
export async function getAssessment() {
	const items = (await getCollection('assessment')).map((e) => e.data);
	const [tiers, geographies, roles] = await Promise.all([getTiers(), getGeographies(), getCollection('roles')]);
	const gates = inOrder(items.flatMap((i) => (i.kind === 'gate' ? [i] : [])));
	const statements = inOrder(items.flatMap((i) => (i.kind === 'statement' ? [i] : [])));
	const clusters = tiers.flatMap((t) => items.flatMap((i) => (i.kind === 'cluster' && i.tier === t.id ? [i] : [])));
	const scale = items.find((i) => i.kind === 'scale');
	const scoring = items.find((i) => i.kind === 'scoring');
	const revenue = items.find((i) => i.kind === 'revenue');
	if (!scale || !scoring) throw new Error('content/assessment.yaml needs a "scale" and a "scoring" entry');
	const roleIdByTier = new Map(roles.flatMap((r) => (r.data.tier ? [[r.data.tier, r.data.id] as const] : [])));
	return {
		model: assessmentModel(
			items,
			geographies.map((g) => g.id),
			tiers.map((t) => t.id),
		),
		gates,
		statements,
		clusters,
		scale,
		scoring,
		revenue,
		tiers,
		geographies,
		roleIdByTier,
	};
}
