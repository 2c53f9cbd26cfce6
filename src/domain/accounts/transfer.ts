// Import and export of the accounts workspace: CSV for spreadsheets and the JSON backup. An import reads the file's
// bytes in its own encoding, decides CSV or JSON by name and content, and says what happened to every row – refused
// with its reasons, or imported – and what it noticed about the file; nothing is shortened or guessed silently.
import { cleanText, MAX_NAME_LENGTH } from '#src/domain/assessment/link.ts';
import { detectSeparator, parseCsvRows, toCsv } from '#src/lib/csv.ts';
import { decodeText } from '#src/lib/decode-text.ts';
import { readHistory, type TierChange } from './fields.ts';
import { emptyInput, toAccount, validateInput, type AccountInput, type Catalogue, type FieldError } from './state.ts';
import {
	changeTime,
	FIELD_LIMITS,
	isOneOf,
	lookup,
	MAX_ACCOUNTS,
	MAX_IMPORT_BYTES,
	normaliseTimestamp,
	sameContent,
	storedAccount,
	type Names,
	type SavedAccount,
} from './storage.ts';

export { MAX_IMPORT_BYTES };
/** Most rows an import takes. */
export const MAX_IMPORT_ROWS = MAX_ACCOUNTS;

/** The CSV columns in file order. */
export const CSV_COLUMNS = [
	'name',
	'tier',
	'scope',
	'owner',
	'revenue',
	'sponsor',
	'notes',
	'answers',
	'nextReview',
	'attractiveness',
	'strength',
	'history',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Names for the CSV: column headers and tier/scope names per language, and the words for yes/no. */
export interface CsvVocabulary extends Names {
	/** Header per column, per language; the first language is written on export. */
	headers: Record<CsvColumn, string[]>;
	yes: string[];
	no: string[];
	/** The first language writes decimals with a comma (3,5): ratings are exported so, and read either way. */
	decimalComma?: boolean;
}

const first = (names: string[] | undefined, fallback: string) => names?.[0] ?? fallback;
/** A tier id (null: not a key account) by its first name in the vocabulary. */
const tierName = (tier: string | null, vocabulary: CsvVocabulary) =>
	tier === null ? first(vocabulary.notKey, '') : first(vocabulary.tiers[tier], tier);

/** The arrow between the two tiers of a change in the CSV's history cell; "->" is read too. */
const ARROW = ' → ';
const HISTORY_LINE = /^(\S+):\s*(.*?)\s*(?:→|->)\s*(.*?)\s*(?::\s*(.*))?$/s;

/** A history as one CSV cell: a line per change, "2026-03-01: Key Account → Strategic Key Account: reason". */
export function historyToText(history: readonly TierChange[] | undefined, vocabulary: CsvVocabulary): string {
	return (history ?? [])
		.map((c) => `${c.date}: ${tierName(c.from, vocabulary)}${ARROW}${tierName(c.to, vocabulary)}${c.reason ? `: ${c.reason}` : ''}`)
		.join('\n');
}

/** A CSV history cell read back (tier names in any language); undefined when a line cannot be read. */
export function historyFromText(text: string, vocabulary: CsvVocabulary, catalogue: Catalogue): TierChange[] | undefined {
	const lines = text
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter(Boolean);
	const entries = lines.map((line) => {
		const m = HISTORY_LINE.exec(line);
		return m ? { date: m[1], from: m[2], to: m[3], reason: m[4] } : null;
	});
	if (entries.some((e) => e === null)) return undefined;
	return readHistory(entries, (value) => tierId(value, vocabulary, catalogue), cleanText);
}

/** A tier's id from its id or name in any language; null for "not a key account" (or null), undefined when unknown. */
function tierId(value: unknown, vocabulary: CsvVocabulary, catalogue: Catalogue): string | null | undefined {
	if (value === null) return null;
	if (typeof value !== 'string') return undefined;
	if (isOneOf(vocabulary.notKey, value)) return null;
	const id = lookup(vocabulary.tiers, value);
	return id && catalogue.tiers.includes(id) ? id : undefined;
}

/** A rating as a spreadsheet in the vocabulary's first language writes it: 3.5, or 3,5 where the comma is decimal. */
const ratingText = (rating: number | undefined, vocabulary: CsvVocabulary) =>
	rating === undefined ? '' : vocabulary.decimalComma ? String(rating).replace('.', ',') : String(rating);

/** The list as CSV (semicolon, BOM, CRLF, formula-safe) with the vocabulary's first header and names. */
export function accountsToCsv(list: readonly SavedAccount[], vocabulary: CsvVocabulary): string {
	const rows = list.map((a) => [
		a.name,
		tierName(a.tier, vocabulary),
		a.scope === null ? '' : first(vocabulary.scopes[a.scope], a.scope),
		a.owner ?? '',
		a.revenue ?? '',
		a.sponsor ? first(vocabulary.yes, 'yes') : first(vocabulary.no, 'no'),
		a.notes ?? '',
		a.answers,
		a.nextReview ?? '',
		ratingText(a.attractiveness, vocabulary),
		ratingText(a.strength, vocabulary),
		historyToText(a.history, vocabulary),
	]);
	return toCsv([CSV_COLUMNS.map((c) => vocabulary.headers[c][0] ?? c), ...rows]);
}

/** The JSON backup's marker and version. */
export const BACKUP_FORMAT = 'kam-accounts';
export const BACKUP_VERSION = 1;

/** The list as a JSON backup: { format, version, exportedAt, accounts }, each account as stored (with changedAt). */
export function accountsToJson(list: readonly SavedAccount[], now: string): string {
	return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, accounts: list.map(storedAccount) }, null, 2);
}

/** Why one row is refused; values are the file's own text. */
export type RowError =
	| { code: Exclude<FieldError, ValuedError> }
	| { code: ValuedError | 'history-invalid'; value: string }
	| { code: 'too-long'; field: 'name' | 'owner' | 'revenue' | 'notes'; length: number; max: number }
	/** The row is split by another separator than the header (";" header, "," rows). */
	| { code: 'separator'; found: string; expected: string }
	/** More filled cells than the header has columns: a value probably holds an unquoted separator. */
	| { code: 'extra-cells'; cells: number; columns: number }
	| { code: 'not-an-entry' };

/** Errors that name the file's value. */
type ValuedError = 'tier-unknown' | 'scope-unknown' | 'sponsor-invalid' | 'review-invalid' | 'attractiveness-invalid' | 'strength-invalid';
const VALUED: Partial<Record<FieldError, CsvColumn>> = {
	'review-invalid': 'nextReview',
	'attractiveness-invalid': 'attractiveness',
	'strength-invalid': 'strength',
};

/** One row of an import: where it is in the file, the input read from it, and why it is refused (none: imported). */
export interface ImportRow {
	/** The line the row starts on (CSV), or the entry's number from 1 (JSON). */
	line: number;
	input: AccountInput;
	errors: RowError[];
	/** From a JSON backup: the entry's id, assessment time and last change, to merge by account. */
	id?: string;
	assessedAt?: string;
	changedAt?: string;
	/** The account's tier changes, from the history column or the backup. */
	history?: TierChange[];
}

/** What the import noticed about the file as a whole; the preview shows each. */
export type ImportNote =
	/** Not UTF-8: read as this encoding; `examples` are names with letters beyond ASCII, to check. */
	| { kind: 'encoding'; encoding: 'windows-1252' | 'utf-16le' | 'utf-16be'; examples: string[] }
	/** Lines that end in a carriage return alone (old Mac files), read as line ends. */
	| { kind: 'cr-only'; lines: number[] }
	/** Lines holding "�": the file was saved in another encoding somewhere before. */
	| { kind: 'replacement'; lines: number[] }
	/** Columns whose header is none of ours: not imported. */
	| { kind: 'columns-ignored'; headers: string[] }
	/** The file's name does not say CSV or JSON: decided by its content. */
	| { kind: 'type-by-content'; type: 'csv' | 'json' };

/** A file-level problem: the whole import is refused. */
export type ImportProblem =
	'too-large' | 'too-many-rows' | 'unreadable' | 'no-name-column' | 'empty' | 'not-a-backup' | 'binary' | 'encoding';

export type ImportResult =
	{ ok: true; type: 'csv' | 'json'; rows: ImportRow[]; notes: ImportNote[] } | { ok: false; problem: ImportProblem; detail?: string };

/** Characters as the user counts them (a surrogate pair is one). */
const characters = (text: string) => text.length - (text.match(/[\ud800-\udbff][\udc00-\udfff]/g)?.length ?? 0);

const TEXT_LIMITS = { name: MAX_NAME_LENGTH, ...FIELD_LIMITS } as const;

/**
 * One row's values (text as in the file, sponsor as text or boolean) checked: names of tiers and scopes in any
 * language or ids, yes/no words, lengths (a value that would have to be shortened refuses the row), the answers.
 */
function readRow(
	raw: Partial<Record<CsvColumn, string>> & { sponsorFlag?: boolean; historyList?: unknown },
	vocabulary: CsvVocabulary,
	catalogue: Catalogue,
): { input: AccountInput; errors: RowError[]; history?: TierChange[] } {
	const input = emptyInput();
	const errors: RowError[] = [];
	for (const field of ['name', 'owner', 'revenue', 'notes'] as const) {
		const value = raw[field] ?? '';
		const max = TEXT_LIMITS[field];
		// Cleaning (validateInput) shortens to `max` characters: measure first whether it would have to.
		const length = value.length <= max ? 0 : characters(value.replace(/[\s\p{Cc}]+/gu, ' ').trim());
		if (length > max) errors.push({ code: 'too-long', field, length, max });
		input[field] = value;
	}
	input.answers = (raw.answers ?? '').trim();
	const tier = (raw.tier ?? '').trim();
	if (tier && !isOneOf(vocabulary.notKey, tier)) {
		const id = lookup(vocabulary.tiers, tier);
		if (id && catalogue.tiers.includes(id)) input.tier = id;
		else errors.push({ code: 'tier-unknown', value: tier });
	}
	const scope = (raw.scope ?? '').trim();
	if (scope) {
		const id = lookup(vocabulary.scopes, scope);
		if (id && catalogue.scopes.includes(id)) input.scope = id;
		else errors.push({ code: 'scope-unknown', value: scope });
	}
	if (raw.sponsorFlag !== undefined) input.sponsor = raw.sponsorFlag;
	else {
		const sponsor = (raw.sponsor ?? '').trim();
		if (isOneOf(vocabulary.yes, sponsor)) input.sponsor = true;
		else if (sponsor && !isOneOf(vocabulary.no, sponsor)) errors.push({ code: 'sponsor-invalid', value: sponsor });
	}
	input.nextReview = raw.nextReview ?? '';
	input.attractiveness = raw.attractiveness ?? '';
	input.strength = raw.strength ?? '';
	const checked = validateInput(input, catalogue);
	// A tier or scope already refused above is not reported again as missing.
	const known = new Set(errors.map((e) => e.code));
	for (const code of checked.errors) {
		if ((code === 'scope-missing' && known.has('scope-unknown')) || known.has(code)) continue;
		const column = VALUED[code];
		errors.push(column ? ({ code, value: (raw[column] ?? '').trim() } as RowError) : ({ code } as RowError));
	}
	const history =
		raw.historyList !== undefined
			? readHistory(raw.historyList, (value) => tierId(value, vocabulary, catalogue), cleanText)
			: historyFromText(raw.history ?? '', vocabulary, catalogue);
	if (history === undefined)
		errors.push({
			code: 'history-invalid',
			value: raw.historyList !== undefined ? JSON.stringify(raw.historyList).slice(0, 200) : (raw.history ?? ''),
		});
	return { input: checked.clean, errors, ...(history?.length ? { history } : {}) };
}

/** Lines as "3, 5–9" for the preview. */
export function lineRanges(lines: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		let j = i;
		while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
		parts.push(j > i ? `${lines[i]}–${lines[j]}` : `${lines[i]}`);
		i = j;
	}
	return parts.join(', ');
}

const SEPARATORS = [';', ',', '\t'];

/** Reads CSV text (";", "," or tab, detected from the header) with headers in any known language. Never throws. */
export function importCsv(text: string, vocabulary: CsvVocabulary, catalogue: Catalogue): ImportResult {
	const separator = detectSeparator(text);
	let table;
	try {
		table = parseCsvRows(text, separator);
	} catch (error) {
		return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : '' };
	}
	table = table.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
	if (table.length === 0) return { ok: false, problem: 'empty' };
	if (table.length - 1 > MAX_IMPORT_ROWS) return { ok: false, problem: 'too-many-rows' };
	const header = table[0]!.cells;
	const columns = header.map((h) => lookup(vocabulary.headers, h.replace(/^'/, '')) as CsvColumn | undefined);
	if (!columns.includes('name')) return { ok: false, problem: 'no-name-column' };
	const notes: ImportNote[] = [];
	const ignored = header.filter((h, i) => !columns[i] && h.trim());
	if (ignored.length) notes.push({ kind: 'columns-ignored', headers: ignored });
	const crOnly = table.filter((row) => row.end === '\r').map((row) => row.line);
	if (crOnly.length) notes.push({ kind: 'cr-only', lines: crOnly });
	const replaced = table.filter((row) => row.cells.some((c) => c.includes('\uFFFD'))).map((row) => row.line);
	if (replaced.length) notes.push({ kind: 'replacement', lines: replaced });
	const knownValue = (cell: string) =>
		[vocabulary.tiers, vocabulary.scopes].some((table) => lookup(table, cell)) ||
		[vocabulary.notKey, vocabulary.yes, vocabulary.no].some((words) => isOneOf(words, cell));

	const rows = table.slice(1).map(({ cells, line }): ImportRow => {
		const raw: Partial<Record<CsvColumn, string>> = {};
		columns.forEach((c, j) => {
			// An apostrophe that our own export put in front of a formula-like cell is taken off again.
			if (c && raw[c] === undefined) raw[c] = (cells[j] ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
		});
		const errors: RowError[] = [];
		if (cells.length < columns.length) {
			const joined = cells.join(separator);
			for (const other of SEPARATORS.filter((s) => s !== separator)) {
				const pieces = joined.split(other);
				if (pieces.length > cells.length && (pieces.length === columns.length || pieces.slice(1).some(knownValue))) {
					errors.push({ code: 'separator', found: other, expected: separator });
					break;
				}
			}
		}
		const extra = cells.slice(columns.length).filter((c) => c.trim() !== '');
		if (extra.length) errors.push({ code: 'extra-cells', cells: columns.length + extra.length, columns: columns.length });
		if (errors.length) return { line, input: { ...emptyInput(), name: cleanText(raw.name ?? '', MAX_NAME_LENGTH) }, errors };
		return { line, ...readRow(raw, vocabulary, catalogue) };
	});
	return { ok: true, type: 'csv', rows, notes };
}

/** Reads a JSON backup (or a bare list as stored in localStorage). Never throws. */
export function importJson(text: string, vocabulary: CsvVocabulary, catalogue: Catalogue): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : '' };
	}
	const backup = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
	const accounts = Array.isArray(data)
		? data
		: backup?.format === BACKUP_FORMAT && backup.version === BACKUP_VERSION
			? backup.accounts
			: undefined;
	if (!Array.isArray(accounts)) return { ok: false, problem: 'not-a-backup' };
	if (accounts.length === 0) return { ok: false, problem: 'empty' };
	if (accounts.length > MAX_IMPORT_ROWS) return { ok: false, problem: 'too-many-rows' };
	const rows = accounts.map((entry, i): ImportRow => {
		if (!entry || typeof entry !== 'object' || Array.isArray(entry))
			return { line: i + 1, input: emptyInput(), errors: [{ code: 'not-an-entry' }] };
		const e = entry as Record<string, unknown>;
		const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
		const raw = Object.fromEntries(CSV_COLUMNS.filter((c) => c !== 'history').map((c) => [c, text(e[c])]));
		// true or false as JSON; anything else is read like a CSV cell (yes/no words), so "maybe" is refused.
		const sponsorFlag = e.sponsor === true ? true : [undefined, null, false].includes(e.sponsor as never) ? false : undefined;
		const row: ImportRow = { line: i + 1, ...readRow({ ...raw, sponsorFlag, historyList: e.history ?? [] }, vocabulary, catalogue) };
		if (typeof e.id === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(e.id)) row.id = e.id;
		row.assessedAt = normaliseTimestamp(e.assessedAt);
		row.changedAt = normaliseTimestamp(e.changedAt);
		return row;
	});
	return { ok: true, type: 'json', rows, notes: [] };
}

/** CSV or JSON: a ".json" name means JSON, ".csv" or ".tsv" CSV; any other name lets the content decide. */
export function fileType(name: string, text: string): { type: 'csv' | 'json'; byContent: boolean } {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (extension === 'json') return { type: 'json', byContent: false };
	if (extension === 'csv' || extension === 'tsv') return { type: 'csv', byContent: false };
	let json = false;
	if (/^\uFEFF?\s*[[{]/.test(text))
		try {
			JSON.parse(text.replace(/^\uFEFF/, ''));
			json = true;
		} catch {
			json = false;
		}
	return { type: json ? 'json' : 'csv', byContent: true };
}

/** Reads an imported file from its bytes: size, encoding, type, then rows. Never throws. */
export function importFile(name: string, bytes: Uint8Array, vocabulary: CsvVocabulary, catalogue: Catalogue): ImportResult {
	if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, problem: decoded.problem };
	const { type, byContent } = fileType(name, decoded.text);
	const result = type === 'json' ? importJson(decoded.text, vocabulary, catalogue) : importCsv(decoded.text, vocabulary, catalogue);
	if (!result.ok) return result;
	const notes: ImportNote[] = [];
	if (decoded.encoding !== 'utf-8') {
		const examples = result.rows.map((r) => r.input.name).filter((n) => /[^\x20-\x7e]/.test(n));
		notes.push({ kind: 'encoding', encoding: decoded.encoding, examples: examples.slice(0, 3) });
	}
	if (byContent) notes.push({ kind: 'type-by-content', type });
	return { ...result, notes: [...notes, ...result.notes] };
}

/** What applying an import did (or would do): counts, and the names of stored accounts kept because they were newer. */
export interface Applied {
	list: SavedAccount[];
	added: number;
	/** Known accounts whose version in the file was newer. */
	updated: number;
	/** Known accounts that the file holds exactly as stored. */
	unchanged: number;
	/** Known accounts kept because the stored version is newer (or as new) than the file's. */
	kept: string[];
	/** Rows refused for their errors. */
	skipped: number;
	/** Valid rows that did not fit below the limit. */
	full: number;
}

/**
 * Applies the valid rows of an import. Replace starts from an empty list; merge keeps the list, adds new accounts
 * and, for an account with a known id, keeps whichever version changed last. Without `newId` it only counts (the
 * preview's plan) and leaves the added accounts out of `list`.
 */
export function applyImport(
	list: readonly SavedAccount[],
	rows: readonly ImportRow[],
	mode: 'merge' | 'replace',
	newId: (() => string) | null,
	now: string,
): Applied {
	const next = mode === 'replace' ? [] : [...list];
	const at = new Map(next.map((a, i) => [a.id, i]));
	const result: Applied = { list: next, added: 0, updated: 0, unchanged: 0, kept: [], skipped: 0, full: 0 };
	for (const row of rows) {
		if (row.errors.length) {
			result.skipped++;
			continue;
		}
		const index = row.id === undefined ? undefined : at.get(row.id);
		if (index !== undefined) {
			const stored = next[index]!;
			const incoming = toAccount(stored.id, row.input, row.assessedAt ?? stored.assessedAt, row.history);
			if (sameContent(incoming, stored)) result.unchanged++;
			else if (Date.parse(row.changedAt ?? row.assessedAt ?? '') > changeTime(stored)) {
				next[index] = incoming;
				result.updated++;
			} else result.kept.push(stored.name);
			continue;
		}
		if (next.length + (newId ? 0 : result.added) >= MAX_ACCOUNTS) {
			result.full++;
			continue;
		}
		result.added++;
		if (!newId) continue;
		const id = row.id ?? newId();
		at.set(id, next.length);
		next.push(toAccount(id, row.input, row.assessedAt ?? now, row.history));
	}
	return result;
}
