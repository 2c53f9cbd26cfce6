// Thin accessors: read the content collections in their editorial order and hand typed values to pages.
import { getCollection } from 'astro:content';
import { withCacheKey } from './cache-key.ts';
import type { Lang } from '#src/config/locales.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { compareText, sitePath } from '#src/lib/localize.ts';
import { withRoleTitles } from '#src/domain/roles.ts';
import { inOrder } from '#src/lib/order.ts';
import type { Tier } from '#src/schemas/tiers.ts';

/** All tiers, Strategic first, each with its key account manager's title from roles.yaml. */
export async function getTiers(): Promise<Tier[]> {
	const [tiers, roles] = await Promise.all([getCollection('tiers'), getCollection('roles')]);
	return withRoleTitles(
		inOrder(tiers.map((e) => e.data)),
		roles.map((e) => e.data),
	);
}

/** All geographic scopes in matrix column order. */
export async function getGeographies() {
	return inOrder((await getCollection('geographies')).map((e) => e.data));
}

/** Glossary terms sorted alphabetically in the given language. */
export async function getGlossary(lang: Lang) {
	const terms = (await getCollection('glossary')).map((e) => e.data);
	const compare = compareText(lang);
	return terms.sort((a, b) => compare(a.term[lang], b.term[lang]));
}

/** Language-prefixed path under the configured base, e.g. path('en', 'tiers/key'). */
export function path(lang: Lang, to = '') {
	return sitePath(import.meta.env.BASE_URL, lang, to);
}

/** getStaticPaths helper: one route per language. */
export function languagePaths() {
	return withCacheKey(LANGUAGES.map((lang) => ({ params: { lang } })));
}
