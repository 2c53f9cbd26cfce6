// Job titles built from data: a geographic scope's prefix plus a role's title, e.g. "Global Smart Key Account Manager".
import type { Lang, Localized } from '../schemas/localized.ts';

/** What a geographic scope contributes to a job title. */
export interface TitleScope {
	id: string;
	name: Localized;
	titlePrefix: Localized;
}

/** One job title of a role in one geographic scope. */
export interface ScopedTitle {
	scopeId: string;
	scopeName: string;
	title: string;
}

/** Prefix and title joined by one space; a title that already starts with the prefix is left as it is. */
export function prefixTitle(prefix: string, title: string): string {
	const p = prefix.trim();
	const t = title.trim();
	if (!p) return t;
	if (t.toLocaleLowerCase().startsWith(`${p.toLocaleLowerCase()} `)) return t;
	return `${p} ${t}`;
}

/** The role's job title in every geographic scope, in the scopes' order. */
export function scopedTitles(title: Localized, scopes: readonly TitleScope[], lang: Lang): ScopedTitle[] {
	return scopes.map((scope) => ({
		scopeId: scope.id,
		scopeName: scope.name[lang],
		title: prefixTitle(scope.titlePrefix[lang], title[lang]),
	}));
}

/** "2–4" for a range, "3" when both ends are equal. */
export function formatRange(range: { min: number; max: number }): string {
	return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}
