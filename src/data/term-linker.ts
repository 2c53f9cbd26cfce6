// Links the first use of each glossary term on a page to its entry in the glossary.
import { getGeographies, getGlossary, path } from './collections.ts';
import { getRoles } from './roles.ts';
import { scopedTitles } from '#src/domain/roles.ts';
import { linkTerms, termPhrases, withWholeNames, type LinkableTerm, type TextSegment } from '#src/lib/term-links.ts';
import type { Lang } from '#src/config/locales.ts';

/** Segments of one text plus the glossary URL for linked ones. */
export type TermLinker = (text: string) => (TextSegment & { href?: string })[];

// linkTerms prepares its patterns once per list of terms: hand every page the same list while the
// glossary is unchanged (compared by content, so a glossary edited under `astro dev` takes effect).
const termLists = new Map<string, LinkableTerm[]>();
function sharedTerms(terms: LinkableTerm[]): LinkableTerm[] {
	const key = JSON.stringify(terms);
	const known = termLists.get(key);
	if (known) return known;
	if (termLists.size >= 20) termLists.clear();
	termLists.set(key, terms);
	return terms;
}

/** A linker for one page: each term is linked at its first use only; role titles are never split. */
export async function createTermLinker(lang: Lang): Promise<TermLinker> {
	const [glossary, roles, geographies] = await Promise.all([getGlossary(lang), getRoles(), getGeographies()]);
	const roleNames = roles.flatMap((role) => [
		role.title[lang],
		...(role.tier ? scopedTitles(role.title, geographies, lang).map((t) => t.title) : []),
	]);
	const glossaryTerms = glossary.map((t) => ({ id: t.id, phrases: termPhrases(t.term[lang], t.abbreviation, t.matches?.[lang]) }));
	const terms = sharedTerms(withWholeNames(glossaryTerms, roleNames));
	const linked = new Set<string>();
	return (text) => linkTerms(text, terms, linked).map((s) => (s.termId ? { ...s, href: path(lang, `glossary#${s.termId}`) } : s));
}
