// Looks up a UI string and fills in {{name}} placeholders, without HTML escaping (the caller's output escapes).
/** A function returning the string for a key, with `{{name}}` placeholders filled from `vars`. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A translator over one language's flat string table; an unknown key or placeholder is an error, not a blank. */
export function translator(strings: Readonly<Record<string, string>>): Translate {
	return (key, vars = {}) => {
		const template = strings[key];
		if (template === undefined) throw new Error(`UI string "${key}" is missing`);
		return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
			const value = vars[name];
			if (value === undefined) throw new Error(`UI string "${key}" needs a value for {{${name}}}`);
			return String(value);
		});
	};
}
