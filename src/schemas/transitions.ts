// Schema of content/transitions.yaml: moving an account from one tier to another, or out of the programme.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, idOf, localized, localizedList } from './localized.ts';

/** The `to` of a transition that takes an account out of the key account programme. */
export const EXIT = 'exit';

/**
 * One move between tiers: the tiers it starts from, where it leads, and everything that changes on the way.
 * Services and triggers are ids from services.yaml and portfolio-review.yaml, checked by the content rules.
 */
export function transitionSchema(tierIds: readonly string[], departmentIds: readonly string[]) {
	return z.strictObject({
		id: entryId,
		order: z.number().int().min(1),
		from: z.array(idOf(tierIds, 'tier')).min(1, 'name at least one tier the account leaves'),
		to: idOf([...tierIds, EXIT], 'tier (or "exit")'),
		summary: localized,
		triggers: z.array(entryId).default([]),
		decidedBy: localized,
		notice: localized,
		contract: localizedList,
		plan: localized,
		customer: z.strictObject({ who: localized, how: localized, message: localized }),
		departments: z
			.array(z.strictObject({ department: idOf(departmentIds, 'department'), action: localized }))
			.min(1, 'list must have at least one entry'),
		services: z.array(z.strictObject({ service: entryId, note: localized })).default([]),
		...entryGovernance,
	});
}
export type Transition = z.infer<ReturnType<typeof transitionSchema>>;
