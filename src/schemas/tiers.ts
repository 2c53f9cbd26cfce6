// Schema of content/tiers.yaml: the three kinds of key account and everything that follows from each.
import { z } from 'astro/zod';
import { entryGovernance } from './governance.ts';
import { entryId, localized, localizedList, type Localized } from './localized.ts';
import { SERVICE_LEVELS } from './services.ts';

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

/** Something that earns a tier an extra service at no separate charge, e.g. a joint development agreement. */
const earner = z.strictObject({ id: entryId, name: localized });

const levelList = z
	.array(z.enum(SERVICE_LEVELS))
	.min(1, 'list must have at least one entry')
	.refine((list) => new Set(list).size === list.length, 'a level is listed twice');

/**
 * The tier's stance on extra services (services of kind "extra"), checked against services.yaml: which levels an extra
 * may have for this tier, and – under `earned` – at which levels an extra must name what earns it, and the choices.
 */
const extrasRule = z
	.strictObject({
		levels: levelList,
		earned: z
			.strictObject({
				levels: levelList,
				by: z
					.array(earner)
					.min(1, 'list must have at least one entry')
					.refine((list) => new Set(list.map((e) => e.id)).size === list.length, 'an id is listed twice'),
			})
			.optional(),
	})
	.refine((rule) => rule.levels.some((level) => level !== 'included'), {
		message: 'a stance that allows extras only as "included" gives every extra away; allow at least one other level',
		path: ['levels'],
	});

/**
 * Values that several texts state about a tier – review rhythms, how often top management meets, the plan's length.
 * Written once here, used in any text of the content as {{tier.key}}, e.g. {{strategic.review}}.
 */
const facts = z.record(entryId, localized).default({});

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
	facts,
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
		extras: extrasRule,
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
