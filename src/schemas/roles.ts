// Schema of content/roles.yaml: role profiles for each tier and the roles that support them.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, idOf, localized, localizedList } from './localized.ts';

/** Role profiles: `tier` set for a key account manager role, absent for supporting roles. */
export function roleSchema(tierIds: readonly string[], departmentIds: readonly string[]) {
	return z.strictObject({
		id: entryId,
		order: z.number().int().min(1),
		tier: idOf(tierIds, 'tier').optional(),
		title: localized,
		mission: localized,
		responsibilities: localizedList,
		competencies: z.array(z.strictObject({ name: localized, emphasis: z.number().int().min(1).max(5) })).min(1),
		kpis: localizedList,
		accountsPerPerson: z
			.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) })
			.refine((r) => r.min <= r.max, 'min must not exceed max')
			.optional(),
		interfaces: z.array(idOf(departmentIds, 'department')),
		isNot: localizedList,
		careerPath: localizedList,
		...entryGovernance,
	});
}
export type Role = z.infer<ReturnType<typeof roleSchema>>;
