// Schema of content/assessment.yaml: the self-assessment's gate questions, rated statements and scale.
import { z } from 'astro/zod';
import { entryId, idOf, localized, localizedList } from './localized.ts';

/** The three clusters a statement can speak for; each points at one tier. */
export const CLUSTERS = ['shapes-future', 'values-added-value', 'price-performance'] as const;

/**
 * Assessment items: a cluster (which tier it speaks for), a gate question, a rated statement, the scale,
 * the optional revenue question (recorded, never scored) and the scoring thresholds.
 */
export function assessmentSchema(tierIds: readonly string[]) {
	const cluster = z.strictObject({
		id: z.enum(CLUSTERS),
		kind: z.literal('cluster'),
		tier: idOf(tierIds, 'tier'),
		name: localized,
		summary: localized,
	});
	const gate = z.strictObject({
		id: entryId,
		kind: z.literal('gate'),
		order: z.number().int().min(1),
		question: localized,
		help: localized,
		failureAdvice: localized,
	});
	const statement = z.strictObject({
		id: entryId,
		kind: z.literal('statement'),
		order: z.number().int().min(1),
		cluster: z.enum(CLUSTERS),
		weight: z.number().positive().max(5),
		text: localized,
		example: localized,
	});
	const scale = z.strictObject({
		id: entryId,
		kind: z.literal('scale'),
		labels: localizedList.refine((l) => l.length >= 3 && l.length <= 7, 'a scale has 3 to 7 labels'),
	});
	const revenue = z.strictObject({
		id: entryId,
		kind: z.literal('revenue'),
		question: localized,
		help: localized,
		bands: localizedList.refine((l) => l.length >= 2 && l.length <= 9, 'give 2 to 9 revenue bands'),
	});
	const percent = z.number().min(0).max(100);
	const scoring = z.strictObject({
		id: entryId,
		kind: z.literal('scoring'),
		minimumScore: percent,
		borderlineMargin: percent,
		conflictScore: percent,
		conflictPairs: z
			.array(z.tuple([z.enum(CLUSTERS), z.enum(CLUSTERS)]).refine(([a, b]) => a !== b, 'a conflict pair names two different clusters'))
			.min(1, 'list must have at least one entry'),
		driverRating: z.number().int().min(2).max(7),
		maxDrivers: z.number().int().min(1).max(12),
	});
	return z.discriminatedUnion('kind', [cluster, gate, statement, scale, revenue, scoring]);
}
export type AssessmentItem = z.infer<ReturnType<typeof assessmentSchema>>;
export type ScoringSettings = Extract<AssessmentItem, { kind: 'scoring' }>;
