// Schema of content/terminology.yaml: one term per concept and language, the variants to avoid, and the words readers
// use for it. `npm run check:content` reports every avoided variant in the content, the prose pages and the UI strings;
// the readers' words are shown where the term is explained, so that search finds that place by them.
import { z } from 'astro/zod';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '#src/config/locales.ts';
import { entryId, idOf, localized } from './localized.ts';

/** A phrase list per language; a trailing `*` in an avoided variant also catches longer words ("Typ*": Typen, Typs). */
const phrases = z.strictObject(
	Object.fromEntries(
		LANGUAGES.map((lang) => [
			lang,
			z
				.array(z.string().trim().min(2, `a ${LANGUAGE_NAMES[lang].english} phrase needs at least two characters`))
				.refine((list) => new Set(list.map((p) => p.toLowerCase())).size === list.length, 'a phrase is listed twice')
				.default([]),
		]),
	) as Record<Lang, z.ZodDefault<z.ZodArray<z.ZodString>>>,
);

/** One concept: its preferred term, the variants the texts must not use, and the words readers search for. */
export function terminologySchema(ids: { glossary: readonly string[]; services: readonly string[]; pages: readonly string[] }) {
	return z
		.strictObject({
			id: entryId,
			preferred: localized,
			/** Variants that must not appear in any text; matched as whole words, case-insensitively. */
			avoid: phrases.optional(),
			/** Words readers use for the concept (synonyms, other companies' terms, English loans); shown and searchable. */
			alsoCalled: phrases.optional(),
			/** Where the term is explained: the readers' words appear there as "also called …". */
			glossary: idOf(ids.glossary, 'glossary').optional(),
			service: idOf(ids.services, 'service').optional(),
			pages: z.array(idOf(ids.pages, 'page')).optional(),
		})
		.refine((entry) => !hasWords(entry.alsoCalled) || entry.glossary || entry.service || entry.pages?.length, {
			message: 'words in alsoCalled need a place to be shown: give a glossary id, a service id or pages',
			path: ['alsoCalled'],
		});
}
export type TerminologyEntry = z.infer<ReturnType<typeof terminologySchema>>;

function hasWords(list: Partial<Record<Lang, string[]>> | undefined): boolean {
	return !!list && Object.values(list).some((words) => words && words.length > 0);
}

/** The pages made from data that can show a term's other names (site paths without language, no slashes at the ends). */
export const FIXED_DATA_PAGES = ['comparison', 'matrix', 'roles', 'plans', 'services', 'glossary', 'assessment', 'accounts'] as const;

/** Every data page path a terminology entry may name, from the ids of the collections that have a page per entry. */
export function dataPages(ids: { tiers: readonly string[]; roles: readonly string[]; departments: readonly string[] }): string[] {
	return [
		...FIXED_DATA_PAGES,
		...ids.tiers.flatMap((id) => [`tiers/${id}`, `plans/${id}`]),
		...ids.roles.map((id) => `roles/${id}`),
		...ids.departments.map((id) => `departments/${id}`),
	];
}
