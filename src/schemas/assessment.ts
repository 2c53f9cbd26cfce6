// Schema of content/assessment.yaml: the self-assessment's gate questions, rated statements and scale.
import { z } from 'astro/zod';
import { entryId, idOf, localized, localizedList } from './localized.ts';

/** The three clusters a statement can speak for; each points at one tier. */
export const CLUSTERS = ['shapes-future', 'values-added-value', 'price-performance'] as const;

/** Assessment items: a cluster (which tier it speaks for), a gate question, a rated statement, or the scale. */
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
	return z.discriminatedUnion('kind', [cluster, gate, statement, scale]);
}
export type AssessmentItem = z.infer<ReturnType<typeof assessmentSchema>>;
