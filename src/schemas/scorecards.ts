// Schema of content/scorecards.yaml: the KPIs (defined once), one scorecard per tier with each KPI's rhythm and
// weight in variable pay, how variable pay is split between global and local roles, and the principles behind it.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, idOf, localized } from './localized.ts';
import { percent, rhythm } from './rhythms.ts';

/** Which way a KPI should move. */
export const KPI_DIRECTIONS = ['higher', 'lower', 'in-band'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/** The kinds of entry in scorecards.yaml. Roles, scopes and KPI ids are checked by the content rules. */
export function scorecardSchema(tierIds: readonly string[]) {
	const kpi = z.strictObject({
		id: entryId,
		kind: z.literal('kpi'),
		name: localized,
		definition: localized,
		formula: localized.optional(),
		source: localized,
		direction: z.enum(KPI_DIRECTIONS),
	});
	const split = z.strictObject({
		scope: entryId,
		credits: z.array(z.strictObject({ role: entryId, share: percent, measuredOn: localized })).min(2, 'a split credits at least two roles'),
	});
	const scorecard = z.strictObject({
		id: entryId,
		kind: z.literal('scorecard'),
		tier: idOf(tierIds, 'tier'),
		summary: localized,
		kpis: z
			.array(z.strictObject({ kpi: entryId, rhythm, payWeight: percent.optional(), target: localized.optional() }))
			.min(3, 'a scorecard has at least three KPIs'),
		pay: z.strictObject({
			variableShare: z
				.strictObject({ min: percent, max: percent })
				.refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] }),
			basis: localized,
			splits: z.array(split).default([]),
		}),
		...entryGovernance,
	});
	const principle = z.strictObject({
		id: entryId,
		kind: z.literal('principle'),
		order: z.number().int().min(1),
		heading: localized,
		text: localized,
	});
	return z.discriminatedUnion('kind', [kpi, scorecard, principle]);
}
export type ScorecardItem = z.infer<ReturnType<typeof scorecardSchema>>;
export type Kpi = Extract<ScorecardItem, { kind: 'kpi' }>;
export type Scorecard = Extract<ScorecardItem, { kind: 'scorecard' }>;
export type PayPrinciple = Extract<ScorecardItem, { kind: 'principle' }>;
export type PaySplit = Scorecard['pay']['splits'][number];
