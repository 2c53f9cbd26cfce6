// The terminology list as pages need it: the words readers use for a term, shown where the term is explained.
import { getCollection } from 'astro:content';
import type { Lang } from '#src/config/locales.ts';
import { otherNames, type TermPlace } from '#src/domain/terminology.ts';

/** The other names of the terms explained at one place (a glossary entry, a service or a data page), in one language. */
export async function getOtherNames(place: TermPlace, lang: Lang) {
	return otherNames(
		(await getCollection('terminology')).map((e) => e.data),
		place,
		lang,
	);
}
