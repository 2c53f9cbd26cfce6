// Our UI strings for one language, with {{placeholders}} filled in as plain text.
import de from '../content/i18n/de.json';
import en from '../content/i18n/en.json';
import type { Lang } from '../schemas/localized.ts';
import { translator, type Translate } from '../lib/ui-text.ts';

const strings: Record<Lang, Readonly<Record<string, string>>> = { de, en };

/**
 * Use this instead of Astro.locals.t whenever a placeholder takes data ("R&D", a name): Starlight's
 * t HTML-escapes values, and Astro escapes the result again ("R&amp;amp;D").
 */
export function uiText(lang: Lang): Translate {
	return translator(strings[lang]);
}
