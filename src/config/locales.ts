// The site's languages: the one list from which content schemas, Astro's routing, the sidebar and every helper derive.

/** Every language the playbook is written in; each text in content/ and each UI string exists in all of them. */
export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language's name in itself (language menu) and in English (content error messages). */
export const LANGUAGE_NAMES: Record<Lang, { native: string; english: string }> = {
	de: { native: 'Deutsch', english: 'German' },
	en: { native: 'English', english: 'English' },
};

/** The regional conventions each language is written in (dates, numbers): German as in Germany, British English. */
export const REGIONAL_LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** Starlight's locale definitions, one per language under its own path prefix. */
export const locales = Object.fromEntries(LANGUAGES.map((lang) => [lang, { label: LANGUAGE_NAMES[lang].native, lang }])) as Record<
	Lang,
	{ label: string; lang: Lang }
>;

/** The sitemap's hreflang codes, one per language. */
export const sitemapLocales = Object.fromEntries(LANGUAGES.map((lang) => [lang, lang])) as Record<Lang, Lang>;
