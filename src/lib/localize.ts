// Helpers to pick one language from bilingual data and to build language-prefixed site paths.
import { LANGUAGES, type Lang, type Localized } from '../schemas/localized.ts';

/** Type guard for the site's language codes. */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The text of one language. */
export function pick(text: Localized, lang: Lang): string {
	return text[lang];
}

/** A site path under `base` for a language, e.g. sitePath('/kam/', 'en', 'tiers/smart') → '/kam/en/tiers/smart/'. */
export function sitePath(base: string, lang: Lang, path = ''): string {
	const [pathPart, hash] = path.split('#') as [string, string | undefined];
	const segments = [base, lang, pathPart].map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean);
	return `/${segments.join('/')}/${hash ? `#${hash}` : ''}`;
}

/** The other language, for hreflang and "read in" links. */
export function otherLang(lang: Lang): Lang {
	return lang === 'de' ? 'en' : 'de';
}
