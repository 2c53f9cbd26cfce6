// Shared helpers of the content rules: the problem they report, how an entry is named, a safe look at raw YAML values.
import { LANGUAGES } from '#src/config/locales.ts';

/** One problem in the content, located precisely enough to fix it. */
export interface ContentProblem {
	file: string;
	entry: string;
	field: string;
	message: string;
}

/** A raw YAML value as an object, or undefined when it is not one (rules read data the schemas may still reject). */
export function record(value: unknown): Record<string, unknown> | undefined {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The entries of a raw collection; nothing when the file is not a list. */
export function entriesOf(data: unknown): unknown[] {
	return Array.isArray(data) ? data : [];
}

/** How messages name an entry: its id and 1-based position, or the position alone. */
export function entryLabel(item: unknown, index: number): string {
	const id = record(item)?.id;
	return typeof id === 'string' ? `"${id}" (item ${index + 1})` : `item ${index + 1}`;
}

/** The keys that make a YAML object a text in several languages (de:, en: …). */
export const LANGUAGE_KEYS: ReadonlySet<string> = new Set<string>(LANGUAGES);

/** Calls `visit` for every string inside `value`, with its path and the language of the text it belongs to, if any. */
export function eachText(value: unknown, visit: (text: string, path: string[], lang?: string) => void, path: string[] = [], lang?: string): void {
	if (typeof value === 'string') visit(value, path, lang);
	else if (Array.isArray(value)) value.forEach((item, i) => eachText(item, visit, [...path, String(i)], lang));
	else if (value && typeof value === 'object')
		for (const [key, child] of Object.entries(value)) eachText(child, visit, [...path, key], LANGUAGE_KEYS.has(key) ? key : lang);
}

/** The text of one language of a raw localized value, if it is one. */
export function textOf(value: unknown, lang: string): string | undefined {
	const text = record(value)?.[lang];
	return typeof text === 'string' ? text : undefined;
}
