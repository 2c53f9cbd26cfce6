// Pagefind's own texts ("No results for …") in the page's language, from Starlight's translations, with the search
// label as the field's placeholder. Every page carries them; they are worked out once per language in a build
// (reading all of Starlight's strings each time took 20–40 ms of a build), and every time under `astro dev`, where
// an edited string must show.

const byLanguage = new Map<string, string>();

/** The translations as the JSON the search script reads from `data-translations`. */
export function pagefindTranslations(lang: string, t: App.Locals['t']): string {
	const known = import.meta.env.DEV ? undefined : byLanguage.get(lang);
	if (known !== undefined) return known;
	const json = JSON.stringify({
		placeholder: t('search.label'),
		...Object.fromEntries(
			Object.entries(t.all())
				.filter(([key]) => key.startsWith('pagefind.'))
				.map(([key, value]) => [key.slice('pagefind.'.length), value]),
		),
	});
	byLanguage.set(lang, json);
	return json;
}
