// Share codes in the URL fragment: answers written as "<prefix><version>.<fingerprint>.<field>.<field>…", read back by
// a bounded decoder that never throws. The fingerprint names the questions the answers belong to, so a link made
// before questions were added, removed or reordered is recognised as outdated instead of being read into the wrong
// questions. Used by the self-assessment (#a=) and the programme check (#p=); generic enough for any questionnaire whose
// answers fit in a link.

/** What identifies one questionnaire's share codes. */
export interface ShareFormat {
	/** The fragment prefix, e.g. "#p=". */
	prefix: string;
	/** The format version the code is written in, e.g. "v1". */
	version: string;
	/** The questionnaire's fingerprint (see `fingerprint`). */
	fingerprint: string;
	/** Longest fragment the decoder looks at. */
	maxLength: number;
}

/** What a URL fragment holds: no share code, a readable one, one made for another version of the questions, or junk. */
export type ShareState<T> = { status: 'none' } | { status: 'ok'; value: T } | { status: 'outdated' } | { status: 'invalid' };

// What a version or a fingerprint written by some other release of the site looks like: such a code is outdated,
// anything else in these places is malformed.
const VERSION = /^v[0-9]{1,3}$/;
const FINGERPRINT = /^[0-9a-z]{1,7}$/;

/**
 * A short fingerprint of a questionnaire (FNV-1a, 32 bits, base 36) over its parts: lists are joined with ",",
 * parts with "|". Pass what decides how answers are read (question ids in order, scale size), not the wording.
 */
export function fingerprint(parts: readonly (string | number | readonly (string | number)[])[]): string {
	const text = parts.map((part) => (Array.isArray(part) ? part.join(',') : String(part))).join('|');
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash.toString(36);
}

/** The share code for fields already written as text (a field must not contain "." unless it is the last one). */
export function shareCode(format: ShareFormat, fields: readonly string[]): string {
	return [format.version, format.fingerprint, ...fields].join('.');
}

/** The URL fragment for fields: prefix and share code. */
export function shareHash(format: ShareFormat, fields: readonly string[]): string {
	return format.prefix + shareCode(format, fields);
}

/**
 * Reads a share code of `fieldCount` fields (the last one takes the rest, dots included) with `parse`, which returns
 * null for anything that does not fit. Never throws: a parser that throws makes the code invalid.
 */
export function readShareCode<T>(
	format: ShareFormat,
	code: unknown,
	fieldCount: number,
	parse: (fields: string[]) => T | null,
): Exclude<ShareState<T>, { status: 'none' }> {
	if (typeof code !== 'string' || code.length > format.maxLength) return { status: 'invalid' };
	const [version = '', print = '', ...rest] = code.split('.');
	if (version !== format.version) return { status: VERSION.test(version) ? 'outdated' : 'invalid' };
	if (print !== format.fingerprint) return { status: FINGERPRINT.test(print) ? 'outdated' : 'invalid' };
	if (rest.length < fieldCount) return { status: 'invalid' };
	const fields = [...rest.slice(0, fieldCount - 1), rest.slice(fieldCount - 1).join('.')];
	try {
		const value = parse(fields);
		return value === null ? { status: 'invalid' } : { status: 'ok', value };
	} catch {
		return { status: 'invalid' };
	}
}

/** Reads a page's location.hash. Fragments without the prefix are ordinary anchors (#result) and count as none. */
export function readShareHash<T>(
	format: ShareFormat,
	hash: unknown,
	fieldCount: number,
	parse: (fields: string[]) => T | null,
): ShareState<T> {
	if (typeof hash !== 'string' || !hash.startsWith(format.prefix)) return { status: 'none' };
	if (hash.length > format.maxLength) return { status: 'invalid' };
	return readShareCode(format, hash.slice(format.prefix.length), fieldCount, parse);
}

/**
 * Where the address should go after the answers changed: the new fragment, the bare address when the answers are
 * empty (`hash` is '') and the page still shows a share code, or null when nothing is to change. An empty form leaves
 * ordinary anchors such as #result alone.
 */
export function nextAddress(location: { hash: string; pathname: string; search: string }, hash: string, prefix: string): string | null {
	if (hash) return location.hash === hash ? null : hash;
	return location.hash.startsWith(prefix) ? location.pathname + location.search : null;
}

/** A URI-encoded free-text field (a name, a label): decoded, or null when the encoding is broken. */
export function decodeText(field: string): string | null {
	try {
		return decodeURIComponent(field);
	} catch {
		return null;
	}
}
