// Our UI strings (src/content/i18n/*.json) in every language, and the typed lookup pages and endpoints use.
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import type { Lang } from '#src/config/locales.ts';
import { translator, type Translate } from '#src/lib/format.ts';
import type { UiKey } from '#src/schemas/ui-strings.ts';

/** Every UI string of ours, per language (the build checks that each language has every key). */
export const UI_STRINGS: Record<Lang, Readonly<Record<UiKey, string>>> = { de, en };

/**
 * The UI strings of one language, placeholders filled as plain text. Used everywhere instead of Starlight's
 * Astro.locals.t, which HTML-escapes filled-in values that Astro then escapes again ("R&amp;amp;D").
 */
export function uiText(lang: Lang): Translate<UiKey> {
	return translator(UI_STRINGS[lang]);
}
