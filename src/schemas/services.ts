// Schema of content/services.yaml: the service catalogue with one level per tier.
import { z } from 'astro/zod';
import { entryId, idOf, localized, perId } from './localized.ts';

/** How a tier receives a service. */
export const SERVICE_LEVELS = ['included', 'chargeable', 'on-request', 'not-offered'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/**
 * What a service is: `standard` is how every key account is served (contract, reviews, complaints – the tiers differ in
 * how); `extra` is a special service beyond it, which each tier's service stance (tiers.yaml) rules on.
 */
export const SERVICE_KINDS = ['standard', 'extra'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

const tierLevel = z.strictObject({
	level: z.enum(SERVICE_LEVELS),
	/** What earns the tier this extra: an id from the tier's serviceStance.extras.earned.by (checked across files). */
	earnedBy: entryId.optional(),
	condition: localized.optional(),
});

/** One service in the catalogue, owned by a department. */
export function serviceSchema(tierIds: readonly string[], departmentIds: readonly string[]) {
	return z.strictObject({
		id: entryId,
		kind: z.enum(SERVICE_KINDS),
		name: localized,
		description: localized,
		department: idOf(departmentIds, 'department'),
		levels: perId(tierIds, tierLevel),
	});
}
export type Service = z.infer<ReturnType<typeof serviceSchema>>;
