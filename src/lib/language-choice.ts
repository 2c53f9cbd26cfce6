// Which language `/` leads to: the one the visitor chose on this site before, else the first of the browser's
// preferred languages the site has, else the configured default. Runs in the root page's inline script.

/** localStorage key of the language the visitor picked in the language menu. */
export const LANGUAGE_KEY = 'kam.language';

/** The site language for a visitor, from a stored choice (untrusted) and the browser's language list. */
export function chooseLanguage(
	available: readonly string[],
	fallback: string,
	stored: unknown,
	preferred: readonly string[] | undefined,
): string {
	if (typeof stored === 'string' && available.includes(stored)) return stored;
	for (const tag of preferred ?? []) {
		const primary = String(tag).toLowerCase().split('-')[0];
		if (primary && available.includes(primary)) return primary;
	}
	return fallback;
}
