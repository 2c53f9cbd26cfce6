// Shared building blocks for content schemas: bilingual text and id lists.
import { z } from 'astro/zod';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '#src/config/locales.ts';

/** A text in every site language; each is required and must not be blank. */
export const localized = z.strictObject(
	Object.fromEntries(LANGUAGES.map((lang) => [lang, text(LANGUAGE_NAMES[lang].english)])) as Record<Lang, ReturnType<typeof text>>,
);

function text(language: string) {
	return z
		.string({ error: (issue) => (issue.input === undefined ? `${language} text is missing` : `${language} text must be a string`) })
		.trim()
		.min(1, `${language} text is empty`);
}
export type Localized = z.infer<typeof localized>;

/** A non-empty list of bilingual texts (checklists, KPIs, signals). */
export const localizedList = z.array(localized).min(1, 'list must have at least one entry');

/** A stable, URL-safe identifier used for anchors and cross-references. */
export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case kebab-case (a-z, 0-9, -)');

/** z.enum over ids read from another collection, with a message that lists the allowed values. */
export function idOf(ids: readonly string[], what: string) {
	const allowed = [...new Set(ids)];
	if (allowed.length === 0) return z.never({ error: `no ${what} ids are defined` });
	return z.enum(allowed as [string, ...string[]], {
		error: (issue) => `unknown ${what} id ${JSON.stringify(issue.input)}; expected one of ${allowed.join(', ')}`,
	});
}

/** An object that needs exactly one value per id (e.g. one service level per tier). */
export function perId<T extends z.ZodType>(ids: readonly string[], value: T) {
	return z.strictObject(Object.fromEntries(ids.map((id) => [id, value])) as Record<string, T>);
}
