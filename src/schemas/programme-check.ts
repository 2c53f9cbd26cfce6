// Schema of content/programme-check.yaml: the programme self-check's building blocks with their statements and next
// steps, the rating scale, the levels a block's score reaches, and the scoring settings. Rules across entries (one
// scale, unique statement ids, link targets that exist, …) are in src/content/programme-check-rules.ts.
import { z } from 'astro/zod';
import { entryId, localized, localizedList } from './localized.ts';

/** A site path without language: "services/", "tiers/strategic/", "glossary/#cost-to-serve", or "" for the overview. */
const sitePath = z
	.string()
	.regex(/^(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'a site path without language such as "services/", "tiers/smart/" or "glossary/#tco"');

const percent = z.number().int().min(0).max(100);

/** Building blocks, the scale, the levels and the scoring settings of the programme self-check. */
export const programmeCheckSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		id: entryId,
		kind: z.literal('block'),
		order: z.number().int().min(1),
		name: localized,
		summary: localized,
		statements: z
			.array(z.strictObject({ id: entryId, text: localized }))
			.min(2, 'a building block has 2 to 7 statements')
			.max(7, 'a building block has 2 to 7 statements'),
		nextSteps: localizedList,
		links: z
			.array(z.strictObject({ to: sitePath, label: localized }))
			.min(1, 'list must have at least one entry')
			.max(6, 'at most 6 links'),
	}),
	z.strictObject({
		id: entryId,
		kind: z.literal('scale'),
		labels: localizedList.refine((l) => l.length >= 3 && l.length <= 7, 'a scale has 3 to 7 labels'),
		dontKnow: localized,
	}),
	z.strictObject({
		id: entryId,
		kind: z.literal('level'),
		from: percent,
		name: localized,
		meaning: localized,
	}),
	z.strictObject({
		id: entryId,
		kind: z.literal('scoring'),
		weakest: z.number().int().min(1).max(20),
		unknownShare: percent.min(1),
		gapRating: z.number().int().min(1).max(7),
	}),
]);
export type ProgrammeCheckItem = z.infer<typeof programmeCheckSchema>;
export type ProgrammeBlock = Extract<ProgrammeCheckItem, { kind: 'block' }>;
