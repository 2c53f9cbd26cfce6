// Which of the terminology list's "also called" words belong where: under a glossary entry, a service, or a page.
import type { Lang } from '#src/config/locales.ts';
import type { TerminologyEntry } from '#src/schemas/terminology.ts';

/** A place where terms are explained: a glossary entry, a service, or a data page's path without language ("roles"). */
export type TermPlace = { glossary: string } | { service: string } | { page: string };

/** A term and the other names readers know it by. */
export interface OtherNames {
	term: string;
	names: string[];
}

function explainedAt(entry: TerminologyEntry, place: TermPlace): boolean {
	if ('glossary' in place) return entry.glossary === place.glossary;
	if ('service' in place) return entry.service === place.service;
	return entry.pages?.includes(place.page) ?? false;
}

/** The terms explained at `place` that readers also call something else, each with those names, in list order. */
export function otherNames(entries: readonly TerminologyEntry[], place: TermPlace, lang: Lang): OtherNames[] {
	return entries
		.filter((entry) => explainedAt(entry, place))
		.map((entry) => ({ term: entry.preferred[lang], names: entry.alsoCalled?.[lang] ?? [] }))
		.filter((other) => other.names.length > 0);
}

/** The site path of a page without base and language ("/kam/de/roles/" → "roles"), as terminology.yaml names pages. */
export function pageKey(pathname: string, base: string, lang: Lang): string {
	const withoutBase = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return withoutBase
		.replace(/^\/+/, '')
		.replace(new RegExp(`^${lang}(?:/|$)`), '')
		.replace(/\/+$/, '');
}
