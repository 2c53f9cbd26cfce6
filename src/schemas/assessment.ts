// Schema of content/assessment.yaml: the self-assessment's checks, statements, scale, revenue question and decision rules.
import { z } from 'astro/zod';
import { entryId, idOf, localized, localizedList } from './localized.ts';

/** The three clusters a statement can belong to; each points at one tier. */
export const CLUSTERS = ['shapes-future', 'values-added-value', 'price-performance'] as const;

/**
 * How a cluster decides: by signal (one of its statements answered strongly makes its tier the result,
 * whatever else is answered) or by score (the weighted average of its ratings is compared with the
 * other scored clusters').
 */
export const DECIDES = ['signal', 'score'] as const;

/**
 * Assessment items: a cluster (which tier it speaks for and how it decides), a topic (a neutral heading
 * the form groups statements under), a check, a rated statement, the scale, the optional revenue question
 * (recorded, never scored), a conflict the account team should discuss, and the scoring thresholds.
 */
export function assessmentSchema(tierIds: readonly string[]) {
	const cluster = z.strictObject({
		id: z.enum(CLUSTERS),
		kind: z.literal('cluster'),
		tier: idOf(tierIds, 'tier'),
		decides: z.enum(DECIDES),
		name: localized,
		summary: localized,
	});
	const topic = z.strictObject({
		id: entryId,
		kind: z.literal('topic'),
		order: z.number().int().min(1),
		name: localized,
	});
	const gate = z.strictObject({
		id: entryId,
		kind: z.literal('gate'),
		order: z.number().int().min(1),
		question: localized,
		help: localized,
		failureAdvice: localized,
		// A third answer besides yes and no: the account does not pass on its own merits, but the company
		// invests in it on purpose. It passes only when a signal cluster decides the tier.
		investment: z.strictObject({ label: localized, note: localized }).optional(),
	});
	const statement = z.strictObject({
		id: entryId,
		kind: z.literal('statement'),
		order: z.number().int().min(1),
		topic: entryId,
		cluster: z.enum(CLUSTERS),
		// Only statements of a scored cluster carry a weight (validate.ts says so when a signal has one).
		weight: z.number().positive().max(5).optional(),
		text: localized,
		example: localized,
	});
	const scale = z.strictObject({
		id: entryId,
		kind: z.literal('scale'),
		labels: localizedList.refine((l) => l.length >= 3 && l.length <= 7, 'a scale has 3 to 7 labels'),
		// The answer for "don't know / does not apply": left out of the scoring and shown as such.
		unknown: localized,
	});
	const revenue = z.strictObject({
		id: entryId,
		kind: z.literal('revenue'),
		question: localized,
		help: localized,
		// The answer for a customer that buys nothing from us (an indirect customer): the result then gives no price advice.
		none: localized,
		bands: localizedList.refine((l) => l.length >= 2 && l.length <= 9, 'give 2 to 9 revenue bands'),
	});
	const percent = z.number().min(0).max(100);
	const conflict = z.strictObject({
		id: entryId,
		kind: z.literal('conflict'),
		order: z.number().int().min(1),
		// Every condition given must hold: the result is this tier, this cluster scores at least
		// `minimumScore`, and each of these statements is answered at least `strongRating`.
		tier: idOf(tierIds, 'tier').optional(),
		cluster: z.enum(CLUSTERS).optional(),
		minimumScore: percent.optional(),
		statements: z.array(entryId).optional(),
		name: localized,
		discuss: localized,
	});
	const scoring = z.strictObject({
		id: entryId,
		kind: z.literal('scoring'),
		strongRating: z.number().int().min(2).max(7),
		partialSignalRating: z.number().int().min(1).max(6),
		minimumScore: percent,
		borderlineMargin: percent,
		maxReasons: z.number().int().min(1).max(12),
	});
	return z.discriminatedUnion('kind', [cluster, topic, gate, statement, scale, revenue, conflict, scoring]);
}
export type AssessmentItem = z.infer<ReturnType<typeof assessmentSchema>>;
export type ScoringSettings = Extract<AssessmentItem, { kind: 'scoring' }>;
