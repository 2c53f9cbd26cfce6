// Schema of content/portfolio-review.yaml: the yearly selection round – its timing, decision and steps, who takes
// part, what goes in, what each position in the portfolio means – and the triggers for a review between rounds.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, idOf, localized, localizedList } from './localized.ts';
import { percent } from './rhythms.ts';

/** The two axes of the portfolio: three-year attractiveness and our relative strength as the customer sees it. */
export const PORTFOLIO_AXES = ['attractiveness', 'strength'] as const;
export type PortfolioAxis = (typeof PORTFOLIO_AXES)[number];
/** Where an account sits on one axis. */
export const AXIS_LEVELS = ['high', 'low'] as const;
/** Pages an input can point the reader to. */
export const INPUT_TOOLS = ['assessment', 'accounts', 'services'] as const;

/** The kinds of entry in portfolio-review.yaml. */
export function portfolioReviewSchema(departmentIds: readonly string[]) {
	const round = z.strictObject({
		id: entryId,
		kind: z.literal('round'),
		summary: localized,
		timing: localized,
		decisionOwner: localized,
		confirmedBy: localized,
		// Weighted score (1–5) from which an account counts as "high" on an axis.
		highFrom: z.number().min(1).max(5),
		// A worked example: one rating (1–5) per factor of each axis, in the factors' order (checked by the content rules).
		example: z
			.strictObject({
				account: z.string().trim().min(1),
				attractiveness: z.array(z.number().int().min(1).max(5)),
				strength: z.array(z.number().int().min(1).max(5)),
			})
			.optional(),
		outputs: localizedList,
		steps: z
			.array(z.strictObject({ id: entryId, when: localized, what: localized, who: localized }))
			.min(3, 'a round has at least three steps'),
		...entryGovernance,
	});
	const participant = z.strictObject({
		id: entryId,
		kind: z.literal('participant'),
		order: z.number().int().min(1),
		department: idOf(departmentIds, 'department'),
		who: localized,
		brings: localized,
	});
	const input = z.strictObject({
		id: entryId,
		kind: z.literal('input'),
		order: z.number().int().min(1),
		name: localized,
		what: localized,
		source: localized,
		formula: localized.optional(),
		axis: z.enum(PORTFOLIO_AXES).optional(),
		factors: z.array(z.strictObject({ name: localized, weight: percent.positive() })).optional(),
		tool: z.enum(INPUT_TOOLS).optional(),
	});
	const quadrant = z.strictObject({
		id: entryId,
		kind: z.literal('quadrant'),
		attractiveness: z.enum(AXIS_LEVELS),
		strength: z.enum(AXIS_LEVELS),
		// Tier ids, or "none" for accounts that are not key accounts, that should not stand here (checked by the content rules).
		contradicts: z.array(entryId).default([]),
		name: localized,
		consequence: localized,
	});
	const trigger = z.strictObject({
		id: entryId,
		kind: z.literal('trigger'),
		order: z.number().int().min(1),
		name: localized,
		signal: localized,
		owner: localized,
		withinDays: z.number().int().min(1).max(120),
		action: localized,
		// Transitions in transitions.yaml this trigger often leads to (checked by the content rules).
		transitions: z.array(entryId).default([]),
	});
	return z.discriminatedUnion('kind', [round, participant, input, quadrant, trigger]);
}
export type PortfolioReviewItem = z.infer<ReturnType<typeof portfolioReviewSchema>>;
export type PortfolioRound = Extract<PortfolioReviewItem, { kind: 'round' }>;
export type PortfolioParticipant = Extract<PortfolioReviewItem, { kind: 'participant' }>;
export type PortfolioInput = Extract<PortfolioReviewItem, { kind: 'input' }>;
export type PortfolioQuadrant = Extract<PortfolioReviewItem, { kind: 'quadrant' }>;
export type ReviewTrigger = Extract<PortfolioReviewItem, { kind: 'trigger' }>;
