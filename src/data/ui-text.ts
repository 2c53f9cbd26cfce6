// Our UI strings for one language, with {{placeholders}} filled in as plain text.
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import type { Lang } from '#src/config/locales.ts';
import { translator, type Translate } from '#src/lib/format.ts';

const strings: Record<Lang, Readonly<Record<string, string>>> = { de, en };

/**
 * Use this instead of Astro.locals.t whenever a placeholder takes data ("R&D", a name): Starlight's
 * t HTML-escapes values, and Astro escapes the result again ("R&amp;amp;D").
 */
export function uiText(lang: Lang): Translate {
	return translator(strings[lang]);
}
