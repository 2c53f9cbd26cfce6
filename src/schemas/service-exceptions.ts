// Schema of content/service-exceptions.yaml: what happens when a customer asks for more than its tier's level –
// the approval route with named approvers and limits, each tier's goodwill rules, the practices for documenting
// and charging, and each department's typical requests.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, idOf, localized, localizedList } from './localized.ts';

const amount = z.number().int().positive();

/** The kinds of entry in service-exceptions.yaml. */
export function serviceExceptionSchema(tierIds: readonly string[], departmentIds: readonly string[]) {
	const route = z.strictObject({
		id: entryId,
		kind: z.literal('route'),
		summary: localized,
		measure: localized,
		currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as EUR'),
		steps: z
			.array(
				z.strictObject({
					id: entryId,
					approver: localized,
					// A role in roles.yaml whose profile the approver's name links to (checked by the content rules).
					role: entryId.optional(),
					perCase: amount.optional(),
					perYear: amount.optional(),
					decides: localized,
				}),
			)
			.min(2, 'an approval route has at least two steps'),
		...entryGovernance,
	});
	const tier = z.strictObject({
		id: entryId,
		kind: z.literal('tier'),
		tier: idOf(tierIds, 'tier'),
		goodwill: localized,
		cap: z.strictObject({ percentOfRevenue: z.number().min(0).max(10), casesPerYear: z.number().int().min(0).max(50) }),
		beyondCap: localized,
	});
	const practice = z.strictObject({
		id: entryId,
		kind: z.literal('practice'),
		order: z.number().int().min(1),
		heading: localized,
		text: localized,
		points: localizedList,
	});
	const department = z.strictObject({
		id: entryId,
		kind: z.literal('department'),
		department: idOf(departmentIds, 'department'),
		cases: z
			.array(z.strictObject({ service: entryId, tier: idOf(tierIds, 'tier'), request: localized, answer: localized }))
			.min(1, 'list must have at least one entry'),
	});
	return z.discriminatedUnion('kind', [route, tier, practice, department]);
}
export type ServiceExceptionItem = z.infer<ReturnType<typeof serviceExceptionSchema>>;
export type ApprovalRoute = Extract<ServiceExceptionItem, { kind: 'route' }>;
export type ApprovalStep = ApprovalRoute['steps'][number];
export type TierGoodwill = Extract<ServiceExceptionItem, { kind: 'tier' }>;
export type ExceptionPractice = Extract<ServiceExceptionItem, { kind: 'practice' }>;
export type DepartmentRequests = Extract<ServiceExceptionItem, { kind: 'department' }>;
