// Schema of content/plan-sections.yaml: the key account plan, one set of sections in three depths.
import { z } from 'astro/zod';
import { entryId, localized, localizedList, perId } from './localized.ts';

/** How much of a section a tier's plan contains. */
export const PLAN_DEPTHS = ['full', 'short', 'omitted'] as const;
/** Who sees a section of the plan. */
export const PLAN_SHARING = ['co-created', 'shareable-extract', 'internal'] as const;

/** One section of the key account plan, with its depth and sharing level per tier. */
export function planSectionSchema(tierIds: readonly string[]) {
	return z.strictObject({
		id: entryId,
		order: z.number().int().min(1),
		title: localized,
		purpose: localized,
		questions: localizedList,
		example: localized,
		globalOnly: z.boolean().default(false),
		depth: perId(tierIds, z.enum(PLAN_DEPTHS)),
		sharing: perId(tierIds, z.enum(PLAN_SHARING)),
	});
}
export type PlanSection = z.infer<ReturnType<typeof planSectionSchema>>;
