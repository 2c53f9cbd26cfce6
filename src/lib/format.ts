// The one string formatter: UI strings write data placeholders as {{name}}; pages, downloads and both islands
// fill them here, as plain text (the caller's output escapes it once: Astro for HTML, textContent in the browser).

/** Values a placeholder can take. */
export type Vars = Readonly<Record<string, string | number>>;

/** A function returning the string for a key, with `{{name}}` placeholders filled from `vars`. */
export type Translate<K extends string = string> = (key: K, vars?: Vars) => string;

/** The keys of `K` that start with `P`, without it: "kam.accounts.form.add" → "form.add" for P = "kam.accounts.". */
export type KeysUnder<K extends string, P extends string> = K extends `${P}${infer Rest}` ? Rest : never;

/** Fills `{{name}}` placeholders in `template`; a placeholder without a value is an error, never a blank. */
export function format(template: string, vars: Vars = {}, what = 'text'): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`${what} needs a value for {{${name}}}`);
		return String(value);
	});
}

/** A translator over one language's string table; an unknown key or placeholder is an error, not a blank. */
export function translator<K extends string>(strings: Readonly<Record<K, string>>): Translate<K> {
	return (key, vars) => {
		const template = strings[key];
		if (template === undefined) throw new Error(`UI string "${key}" is missing`);
		return format(template, vars, `UI string "${key}"`);
	};
}

/** The strings of `table` whose keys start with `prefix`, keyed without it (what an island receives). */
export function stringsUnder<K extends string, P extends string>(
	table: Readonly<Record<K, string>>,
	prefix: P,
): Record<KeysUnder<K, P>, string> {
	const entries = Object.entries<string>(table).filter(([key]) => key.startsWith(prefix));
	return Object.fromEntries(entries.map(([key, value]) => [key.slice(prefix.length), value])) as Record<KeysUnder<K, P>, string>;
}
