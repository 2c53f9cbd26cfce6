// Helpers to pick one language from bilingual data and to build language-prefixed site paths.
import { LANGUAGES, REGIONAL_LOCALE, type Lang } from '#src/config/locales.ts';
import type { Localized } from '#src/schemas/localized.ts';

// One formatter per language for the whole build: toLocaleDateString sets up a new one on every call.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar date as readers of the language write it, e.g. "27 November 2026" / "27. November 2026". */
export function formatDate(date: Date, lang: Lang): string {
	let format = dateFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(REGIONAL_LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
		dateFormats.set(lang, format);
	}
	return format.format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number format for the language and options, set up once per build (setting one up costs far more than using it). */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang} ${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(REGIONAL_LOCALE[lang], options);
		numberFormats.set(key, format);
	}
	return format;
}

const collators = new Map<Lang, Intl.Collator>();

/** Compares two texts in the language's alphabetical order, as `a.localeCompare(b, lang)` does with a collator of its own per call. */
export function compareText(lang: Lang): (a: string, b: string) => number {
	let collator = collators.get(lang);
	if (!collator) {
		collator = new Intl.Collator(lang);
		collators.set(lang, collator);
	}
	return collator.compare;
}

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

/** Every site language but `lang`, in the site's order: "read in" links, names accepted in any language. */
export function otherLanguages(lang: Lang): Lang[] {
	return LANGUAGES.filter((other) => other !== lang);
}
