// Schema of content/glossary.yaml: terms used across the playbook, defined in both languages.
import { z } from 'astro/zod';
import { entryId, idOf, localized } from './localized.ts';

/** One glossary term; `seeAlso` names other glossary ids, checked against the collection. */
export function glossarySchema(termIds: readonly string[]) {
	return z.strictObject({
		id: entryId,
		term: localized,
		abbreviation: z.string().trim().min(1).optional(),
		definition: localized,
		example: localized.optional(),
		seeAlso: z.array(idOf(termIds, 'glossary')).default([]),
		/** Further phrases (e.g. plurals, synonyms) whose first use on a page links to this term. */
		matches: z.strictObject({ de: z.array(z.string().trim().min(3)), en: z.array(z.string().trim().min(3)) }).optional(),
	});
}
export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
