// Schema of content/tiers.yaml: the three kinds of key account and everything that follows from each.
import { z } from 'astro/zod';
import { entryId, localized, localizedList } from './localized.ts';

/** How the supplier and the customer are connected (bow-tie: one-to-one; diamond: many-to-many). */
export const CONTACT_MODELS = ['diamond', 'bow-tie', 'bow-tie-plus'] as const;

/** Who writes the key account plan and how much of it the customer sees. */
export const PLAN_APPROACHES = ['co-created', 'team-made-partly-shared', 'lean-sales-plan'] as const;

const exampleAccount = z.strictObject({
	name: z.string().trim().min(1),
	industry: localized,
	situation: localized,
	whyThisTier: localized,
	consequence: localized,
});

const deepDive = z.strictObject({
	id: entryId,
	heading: localized,
	body: localized,
	points: z.array(localized).optional(),
});

/** One tier of key account, e.g. Strategic Key Account. */
export const tierSchema = z.strictObject({
	id: entryId,
	order: z.number().int().min(1),
	name: localized,
	shortName: localized,
	alsoCalled: localized.optional(),
	tagline: localized,
	definition: localized,
	keyTerms: localizedList,
	signals: localizedList,
	customerValues: localizedList,
	customerDoesNotWant: localizedList,
	contactModel: z.strictObject({
		model: z.enum(CONTACT_MODELS),
		summary: localized,
		supplierSide: localizedList,
		customerSide: localizedList,
	}),
	buySellLevels: z.array(z.number().int().min(1).max(5)).min(1),
	revenue: localized,
	plan: z.strictObject({
		approach: z.enum(PLAN_APPROACHES),
		summary: localized,
		howItIsMade: localizedList,
		reviewRhythm: localized,
	}),
	serviceStance: z.strictObject({
		summary: localized,
		principles: localizedList,
	}),
	role: z.strictObject({
		title: localized,
		summary: localized,
	}),
	kpis: localizedList,
	mistakes: localizedList,
	deepDives: z.array(deepDive),
	examples: z.array(exampleAccount).min(2, 'give at least two example accounts'),
});
export type Tier = z.infer<typeof tierSchema>;
