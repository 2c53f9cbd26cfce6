// The accounts workspace as pure functions: add, edit, reclassify and remove accounts, count them per matrix
// cell, warn where the field knows trouble, and read and write CSV and JSON backups. No DOM, no storage.
import { cleanName, cleanText, decodeAnswers } from '#src/domain/assessment/link.ts';
import { scoreAssessment, type AssessmentModel } from '#src/domain/assessment/scoring.ts';
import { detectSeparator, parseCsv, toCsv } from '#src/lib/csv.ts';
import { FIELD_LIMITS, isSavedAccount, MAX_ACCOUNTS, storedAccount, type SavedAccount } from './storage.ts';

/** Largest file the import reads (5 MB of text). */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
/** Most data rows an import takes. */
export const MAX_IMPORT_ROWS = MAX_ACCOUNTS;

/** What the user types or imports for one account, before validation. */
export interface AccountInput {
	name: string;
	/** A tier id, or "" for "not a key account". */
	tier: string;
	/** A scope id, or "" (allowed only for accounts that are not key accounts). */
	scope: string;
	owner: string;
	revenue: string;
	notes: string;
	sponsor: boolean;
	/** The self-assessment share code, or "". */
	answers: string;
}

/** Why an input is not accepted; the UI shows a localised text per code. */
export type FieldError = 'name-missing' | 'tier-unknown' | 'scope-unknown' | 'scope-missing' | 'sponsor-invalid' | 'answers-invalid';

/** The tier and scope ids of the matrix, in display order, and the questionnaire to rescore stored answers. */
export interface Catalogue {
	tiers: readonly string[];
	scopes: readonly string[];
	model: AssessmentModel;
}

/** The warning thresholds (see src/config/account-warnings.ts). */
export interface WarningRules {
	/** More key accounts than this in total is a warning. */
	maxKeyAccounts: number;
	/** More key accounts than this for one owner is a warning. */
	maxPerOwner: number;
	/** Tiers whose accounts need an executive sponsor. */
	sponsorTiers: readonly string[];
}

/** One warning; `ids` are the accounts it concerns. */
export type Warning =
	| { kind: 'total'; count: number; limit: number; ids: string[] }
	| { kind: 'owner'; owner: string; count: number; limit: number; ids: string[] }
	| { kind: 'sponsor'; tier: string; ids: string[] }
	| { kind: 'contradiction'; assessedTier: string | null; ids: string[] };

/** An input checked against the catalogue: errors, or the cleaned fields. */
export function validateInput(input: AccountInput, catalogue: Catalogue): { errors: FieldError[]; clean: AccountInput } {
	const clean: AccountInput = {
		name: cleanName(input.name),
		tier: String(input.tier ?? '').trim(),
		scope: String(input.scope ?? '').trim(),
		owner: cleanText(input.owner, FIELD_LIMITS.owner),
		revenue: cleanText(input.revenue, FIELD_LIMITS.revenue),
		notes: cleanText(input.notes, FIELD_LIMITS.notes),
		sponsor: input.sponsor === true,
		answers: String(input.answers ?? '').trim(),
	};
	const errors: FieldError[] = [];
	if (!clean.name) errors.push('name-missing');
	if (clean.tier && !catalogue.tiers.includes(clean.tier)) errors.push('tier-unknown');
	if (clean.scope && !catalogue.scopes.includes(clean.scope)) errors.push('scope-unknown');
	if (!clean.scope && clean.tier && catalogue.tiers.includes(clean.tier)) errors.push('scope-missing');
	if (clean.answers && !decodeAnswers(catalogue.model, clean.answers)) errors.push('answers-invalid');
	return { errors, clean };
}

function toAccount(id: string, clean: AccountInput, assessedAt: string): SavedAccount {
	return storedAccount({
		id,
		name: clean.name,
		tier: clean.tier || null,
		scope: clean.scope || null,
		answers: clean.answers,
		assessedAt,
		owner: clean.owner,
		revenue: clean.revenue,
		notes: clean.notes,
		sponsor: clean.sponsor,
	});
}

/** The outcome of a change: the new list, or the unchanged list with the reasons. */
export type Change =
	{ ok: true; list: SavedAccount[] } | { ok: false; list: SavedAccount[]; errors: (FieldError | 'full' | 'not-found')[] };

/** Appends a new account. `now` is an ISO timestamp. */
export function addEntry(list: readonly SavedAccount[], input: AccountInput, catalogue: Catalogue, id: string, now: string): Change {
	const { errors, clean } = validateInput(input, catalogue);
	if (errors.length) return { ok: false, list: [...list], errors };
	if (list.length >= MAX_ACCOUNTS) return { ok: false, list: [...list], errors: ['full'] };
	return { ok: true, list: [...list, toAccount(id, clean, now)] };
}

/** Replaces the fields of the account with this id; its id and timestamp stay. */
export function editEntry(list: readonly SavedAccount[], id: string, input: AccountInput, catalogue: Catalogue): Change {
	const index = list.findIndex((a) => a.id === id);
	if (index < 0) return { ok: false, list: [...list], errors: ['not-found'] };
	const { errors, clean } = validateInput(input, catalogue);
	if (errors.length) return { ok: false, list: [...list], errors };
	const next = [...list];
	next[index] = toAccount(id, clean, list[index]!.assessedAt);
	return { ok: true, list: next };
}

/** Moves an account to another tier and scope ("" tier = not a key account), keeping everything else. */
export function reclassify(list: readonly SavedAccount[], id: string, tier: string, scope: string, catalogue: Catalogue): Change {
	const account = list.find((a) => a.id === id);
	if (!account) return { ok: false, list: [...list], errors: ['not-found'] };
	return editEntry(list, id, { ...inputOf(account), tier, scope }, catalogue);
}

/** Removes the account with this id (no change if there is none). */
export function removeEntry(list: readonly SavedAccount[], id: string): SavedAccount[] {
	return list.filter((a) => a.id !== id);
}

/** The editable fields of a stored account. */
export function inputOf(a: SavedAccount): AccountInput {
	return {
		name: a.name,
		tier: a.tier ?? '',
		scope: a.scope ?? '',
		owner: a.owner ?? '',
		revenue: a.revenue ?? '',
		notes: a.notes ?? '',
		sponsor: a.sponsor === true,
		answers: a.answers,
	};
}

/** The key of a matrix cell in counts: "tier scope". */
export const cellKey = (tier: string, scope: string) => `${tier} ${scope}`;

/** Accounts per matrix cell; key accounts whose tier or scope is not in the catalogue are counted as `unplaced`. */
export function cellCounts(list: readonly SavedAccount[], catalogue: Catalogue) {
	const cells: Record<string, number> = {};
	for (const t of catalogue.tiers) for (const s of catalogue.scopes) cells[cellKey(t, s)] = 0;
	let notKey = 0;
	let unplaced = 0;
	for (const a of list) {
		if (a.tier === null) notKey++;
		else if (a.scope !== null && cellKey(a.tier, a.scope) in cells) cells[cellKey(a.tier, a.scope)]!++;
		else unplaced++;
	}
	return { cells, keyAccounts: list.length - notKey, notKey, unplaced };
}

/** The tier the stored answers lead to (null = not a key account), or undefined when there are none or they are incomplete. */
export function assessedTier(a: SavedAccount, model: AssessmentModel): string | null | undefined {
	if (!a.answers) return undefined;
	const answers = decodeAnswers(model, a.answers);
	if (!answers) return undefined;
	const result = scoreAssessment(model, answers);
	return result.status === 'tier' ? result.tier : result.status === 'not-key-account' ? null : undefined;
}

/** The warnings for a list, in a fixed order: total, owners (most accounts first), sponsors, contradictions. */
export function accountWarnings(list: readonly SavedAccount[], rules: WarningRules, model: AssessmentModel): Warning[] {
	const warnings: Warning[] = [];
	const key = list.filter((a) => a.tier !== null);
	if (key.length > rules.maxKeyAccounts) warnings.push({ kind: 'total', count: key.length, limit: rules.maxKeyAccounts, ids: [] });
	const byOwner = new Map<string, { owner: string; ids: string[] }>();
	for (const a of key) {
		if (!a.owner) continue;
		const k = a.owner.toLocaleLowerCase('en');
		const entry = byOwner.get(k) ?? { owner: a.owner, ids: [] };
		entry.ids.push(a.id);
		byOwner.set(k, entry);
	}
	[...byOwner.values()]
		.filter((o) => o.ids.length > rules.maxPerOwner)
		.sort((a, b) => b.ids.length - a.ids.length || a.owner.localeCompare(b.owner))
		.forEach((o) => warnings.push({ kind: 'owner', owner: o.owner, count: o.ids.length, limit: rules.maxPerOwner, ids: o.ids }));
	for (const tier of rules.sponsorTiers) {
		const ids = key.filter((a) => a.tier === tier && !a.sponsor).map((a) => a.id);
		if (ids.length) warnings.push({ kind: 'sponsor', tier, ids });
	}
	for (const a of list) {
		const assessed = assessedTier(a, model);
		if (assessed !== undefined && assessed !== a.tier) warnings.push({ kind: 'contradiction', assessedTier: assessed, ids: [a.id] });
	}
	return warnings;
}

// ---------------------------------------------------------------------------------------------------------
// CSV and JSON

/** The CSV columns in file order. */
export const CSV_COLUMNS = ['name', 'tier', 'scope', 'owner', 'revenue', 'sponsor', 'notes', 'answers'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Names for the CSV: column headers and tier/scope names per language, and the words for yes/no. */
export interface CsvVocabulary {
	/** Header per column, per language; the first language is written on export. */
	headers: Record<CsvColumn, string[]>;
	/** Accepted names per tier id (localised names in every language); the first is written. */
	tiers: Record<string, string[]>;
	scopes: Record<string, string[]>;
	/** Words for "not a key account" in the tier column; the first is written. */
	notKey: string[];
	yes: string[];
	no: string[];
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');

function lookup(table: Record<string, string[]>, value: string): string | undefined {
	const v = norm(value);
	for (const [id, names] of Object.entries(table)) if (norm(id) === v || names.some((n) => norm(n) === v)) return id;
	return undefined;
}

/** The list as CSV (semicolon, BOM, CRLF, formula-safe) with the vocabulary's first header and names. */
export function accountsToCsv(list: readonly SavedAccount[], vocabulary: CsvVocabulary): string {
	const first = (names: string[] | undefined, fallback: string) => names?.[0] ?? fallback;
	const rows = list.map((a) => [
		a.name,
		a.tier === null ? first(vocabulary.notKey, '') : first(vocabulary.tiers[a.tier], a.tier),
		a.scope === null ? '' : first(vocabulary.scopes[a.scope], a.scope),
		a.owner ?? '',
		a.revenue ?? '',
		a.sponsor ? first(vocabulary.yes, 'yes') : first(vocabulary.no, 'no'),
		a.notes ?? '',
		a.answers,
	]);
	return toCsv([CSV_COLUMNS.map((c) => vocabulary.headers[c][0] ?? c), ...rows]);
}

/** One row of an import: its line (data rows from 2 in CSV, entries from 1 in JSON), the input, and what is wrong with it. */
export interface ImportRow {
	line: number;
	input: AccountInput;
	errors: FieldError[];
	/** The id kept from a JSON backup, for merging. */
	id?: string;
	assessedAt?: string;
}

/** A file-level problem: the whole import is refused. */
export type ImportProblem = 'too-large' | 'too-many-rows' | 'unreadable' | 'no-name-column' | 'empty' | 'not-a-backup';

export type ImportResult = { ok: true; rows: ImportRow[] } | { ok: false; problem: ImportProblem; detail?: string };

const blankInput = (): AccountInput => ({ name: '', tier: '', scope: '', owner: '', revenue: '', notes: '', sponsor: false, answers: '' });

/** Reads a CSV file (";", "," or tab, auto-detected) with headers in any known language. Never throws. */
export function importCsv(text: unknown, vocabulary: CsvVocabulary, catalogue: Catalogue): ImportResult {
	if (typeof text !== 'string') return { ok: false, problem: 'unreadable' };
	if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: 'too-large' };
	let table: string[][];
	try {
		table = parseCsv(text, detectSeparator(text));
	} catch (error) {
		return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : '' };
	}
	table = table.filter((row) => row.some((cell) => cell.trim() !== ''));
	if (table.length === 0) return { ok: false, problem: 'empty' };
	if (table.length - 1 > MAX_IMPORT_ROWS) return { ok: false, problem: 'too-many-rows' };
	const columns = table[0]!.map((h) => lookup(vocabulary.headers, h.replace(/^'/, '')) as CsvColumn | undefined);
	if (!columns.includes('name')) return { ok: false, problem: 'no-name-column' };
	const rows = table.slice(1).map((cells, i): ImportRow => {
		const raw: Partial<Record<CsvColumn, string>> = {};
		columns.forEach((c, j) => {
			// An apostrophe that our own export put in front of a formula-like cell is taken off again.
			if (c && raw[c] === undefined) raw[c] = (cells[j] ?? '').replace(/^'(?=[=+\-@\t\r])/, '').trim();
		});
		const input = blankInput();
		const errors: FieldError[] = [];
		input.name = raw.name ?? '';
		input.owner = raw.owner ?? '';
		input.revenue = raw.revenue ?? '';
		input.notes = raw.notes ?? '';
		input.answers = raw.answers ?? '';
		const tier = raw.tier ?? '';
		if (tier && !vocabulary.notKey.some((n) => norm(n) === norm(tier))) input.tier = lookup(vocabulary.tiers, tier) ?? tier;
		input.scope = raw.scope ? (lookup(vocabulary.scopes, raw.scope) ?? raw.scope) : '';
		const sponsor = raw.sponsor ?? '';
		if (vocabulary.yes.some((w) => norm(w) === norm(sponsor))) input.sponsor = true;
		else if (sponsor && !vocabulary.no.some((w) => norm(w) === norm(sponsor))) errors.push('sponsor-invalid');
		const checked = validateInput(input, catalogue);
		return { line: i + 2, input: checked.clean, errors: [...errors, ...checked.errors] };
	});
	return { ok: true, rows };
}

/** The JSON backup's marker and version. */
export const BACKUP_FORMAT = 'kam-accounts';
export const BACKUP_VERSION = 1;

/** The list as a JSON backup: { format, version, exportedAt, accounts }. */
export function accountsToJson(list: readonly SavedAccount[], now: string): string {
	return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, accounts: list.map(storedAccount) }, null, 2);
}

/** Reads a JSON backup (or a bare list as stored in localStorage). Never throws. */
export function importJson(text: unknown, catalogue: Catalogue): ImportResult {
	if (typeof text !== 'string') return { ok: false, problem: 'unreadable' };
	if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: 'too-large' };
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : '' };
	}
	const accounts = Array.isArray(data)
		? data
		: data &&
			  typeof data === 'object' &&
			  (data as Record<string, unknown>).format === BACKUP_FORMAT &&
			  (data as Record<string, unknown>).version === BACKUP_VERSION
			? (data as Record<string, unknown>).accounts
			: undefined;
	if (!Array.isArray(accounts)) return { ok: false, problem: 'not-a-backup' };
	if (accounts.length === 0) return { ok: false, problem: 'empty' };
	if (accounts.length > MAX_IMPORT_ROWS) return { ok: false, problem: 'too-many-rows' };
	const rows = accounts.map((entry, i): ImportRow => {
		const e = (entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : {}) as Record<string, unknown>;
		const str = (v: unknown) => (typeof v === 'string' ? v : '');
		const input: AccountInput = {
			name: str(e.name),
			tier: str(e.tier),
			scope: str(e.scope),
			owner: str(e.owner),
			revenue: str(e.revenue),
			notes: str(e.notes),
			sponsor: e.sponsor === true,
			answers: str(e.answers),
		};
		const checked = validateInput(input, catalogue);
		const row: ImportRow = { line: i + 1, input: checked.clean, errors: checked.errors };
		if (isSavedAccount(e)) {
			row.id = e.id;
			row.assessedAt = e.assessedAt;
		}
		return row;
	});
	return { ok: true, rows };
}

/** Applies the valid rows of an import. Replace starts from an empty list; merge keeps the list and lets backup entries with a known id replace it. */
export function applyImport(
	list: readonly SavedAccount[],
	rows: readonly ImportRow[],
	mode: 'merge' | 'replace',
	newId: () => string,
	now: string,
): { list: SavedAccount[]; added: number; updated: number; skipped: number } {
	const next = mode === 'replace' ? [] : [...list];
	let added = 0;
	let updated = 0;
	let skipped = 0;
	for (const row of rows) {
		if (row.errors.length) {
			skipped++;
			continue;
		}
		const index = row.id ? next.findIndex((a) => a.id === row.id) : -1;
		const account = toAccount(
			row.id && index >= 0 ? row.id : row.id && !next.some((a) => a.id === row.id) ? row.id : newId(),
			row.input,
			row.assessedAt ?? now,
		);
		if (index >= 0) {
			next[index] = account;
			updated++;
		} else if (next.length < MAX_ACCOUNTS) {
			next.push(account);
			added++;
		} else skipped++;
	}
	return { list: next, added, updated, skipped };
}
