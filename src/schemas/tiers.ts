// Schema of content/tiers.yaml: the three kinds of key account and everything that follows from each.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, localized, localizedList, type Localized } from './localized.ts';

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
	// The role's title is the key account manager role's title in roles.yaml (one place to rename it).
	role: z.strictObject({
		summary: localized,
	}),
	kpis: localizedList,
	mistakes: localizedList,
	deepDives: z.array(deepDive),
	examples: z.array(exampleAccount).min(2, 'give at least two example accounts'),
	...entryGovernance,
});
/** A tier as written in content/tiers.yaml. */
export type TierEntry = z.infer<typeof tierSchema>;
/** A tier as pages see it: its role carries the title of its key account manager role from roles.yaml. */
export type Tier = Omit<TierEntry, 'role'> & { role: TierEntry['role'] & { title: Localized } };
