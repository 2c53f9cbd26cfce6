// Job titles built from data: a geographic scope's prefix plus a role's title, e.g. "Global Smart Key Account Manager".
import { LANGUAGES, type Lang } from '#src/config/locales.ts';
import type { Localized } from '#src/schemas/localized.ts';

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

/** A role's job title in one scope, in every language: the one rule for job titles (see prefixTitle). */
export function jobTitle(prefix: Localized, title: Localized): Localized {
	return Object.fromEntries(LANGUAGES.map((lang) => [lang, prefixTitle(prefix[lang], title[lang])])) as Localized;
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

/** A tier's key account manager role: the tier it serves and its title. */
interface TitledRole {
	tier?: string | undefined;
	title: Localized;
}

/**
 * Tiers with their role's title taken from the key account manager role that serves them (roles.yaml
 * holds the title once). A tier without exactly one such role is a content error.
 */
export function withRoleTitles<T extends { id: string; role: object }>(
	tiers: readonly T[],
	roles: readonly TitledRole[],
): (Omit<T, 'role'> & { role: T['role'] & { title: Localized } })[] {
	return tiers.map((tier) => {
		const matches = roles.filter((r) => r.tier === tier.id);
		if (matches.length !== 1)
			throw new Error(`content/roles.yaml: tier "${tier.id}" needs exactly one role with "tier: ${tier.id}", found ${matches.length}`);
		return { ...tier, role: { ...tier.role, title: matches[0]!.title } };
	});
}
