// The site's two languages as Starlight expects them.
import { site } from './site.ts';

/** Starlight locale definitions: German and English, each under its own path prefix. */
export const locales = {
	de: { label: 'Deutsch', lang: 'de' },
	en: { label: 'English', lang: 'en' },
};

/** Locale that `/` redirects to and that Starlight falls back to. */
export const defaultLocale = site.defaultLanguage;
