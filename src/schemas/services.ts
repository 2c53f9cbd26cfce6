// Schema of content/services.yaml: the service catalogue with one level per tier.
import { z } from 'astro/zod';
import { entryId, idOf, localized, perId } from './localized.ts';

/** How a tier receives a service. */
export const SERVICE_LEVELS = ['included', 'chargeable', 'on-request', 'not-offered'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

const tierLevel = z.strictObject({
	level: z.enum(SERVICE_LEVELS),
	condition: localized.optional(),
});

/** One service in the catalogue, owned by a department. */
export function serviceSchema(tierIds: readonly string[], departmentIds: readonly string[]) {
	return z.strictObject({
		id: entryId,
		name: localized,
		description: localized,
		department: idOf(departmentIds, 'department'),
		levels: perId(tierIds, tierLevel),
	});
}
export type Service = z.infer<ReturnType<typeof serviceSchema>>;
