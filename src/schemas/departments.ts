// Schema of content/departments.yaml: the adjacent departments that deliver services to key accounts.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, localized, localizedList } from './localized.ts';

/** A department that owns services, e.g. logistics or finance. */
export const departmentSchema = z.strictObject({
	id: entryId,
	order: z.number().int().min(1),
	name: localized,
	summary: localized,
	questions: localizedList,
	...entryGovernance,
});
export type Department = z.infer<typeof departmentSchema>;
