// Governance: who owns a page and when it was last reviewed – for prose pages in their front matter,
// for pages made from data in the entry they show (a tier, a department, a role).
import { z } from 'astro/zod';
import type { Lang } from '#src/config/locales.ts';
import { localized, type Localized } from './localized.ts';

/** Extends Starlight's docs schema; both fields optional, the date as YYYY-MM-DD. */
export const governanceSchema = z.object({
	owner: z.string().trim().min(1).optional(),
	lastReviewed: z.coerce.date().optional(),
});

/** A calendar date written as YYYY-MM-DD that exists (no 30 February). */
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date as YYYY-MM-DD', abort: true })
	.refine((value) => {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
	}, 'not a calendar date');

/** Optional fields of a data entry that has its own page: its owner in both languages and the last review. */
export const entryGovernance = {
	owner: localized.optional(),
	lastReviewed: isoDate.optional(),
};

/** The front matter a data page passes to StarlightPage so that its title shows owner and review date. */
export function governanceFrontmatter(entry: { owner?: Localized | undefined; lastReviewed?: string | undefined }, lang: Lang) {
	return { owner: entry.owner?.[lang], lastReviewed: entry.lastReviewed };
}
