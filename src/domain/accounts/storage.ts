// "My accounts": accounts kept in the browser's localStorage, shared by the self-assessment and the accounts workspace.
// This module reads, repairs, merges and writes the stored text; sync.ts does the reading and writing in one place.
//
// Key "kam.accounts.v1": a JSON array, oldest first, of accounts
//   {
//     id:         string  1–40 characters of [A-Za-z0-9_-], random
//     name:       string  the account name, cleaned (cleanName), may be empty
//     tier:       string | null  tier id from content/tiers.yaml; null = not a key account
//     scope:      string | null  geographic scope id from content/geographies.yaml
//     answers:    string  the share code without "#a=" (see assessment/link.ts), or "" for accounts entered by hand
//     assessedAt: string  ISO 8601 UTC timestamp of the assessment, or of the entry for accounts entered by hand
//     changedAt?: string  ISO 8601 UTC timestamp of the last change; absent in older data (then assessedAt counts)
//     owner?:     string  the person responsible, cleaned, at most 80 characters (accounts workspace)
//     revenue?:   string  revenue or potential as the user writes it, at most 40 characters
//     notes?:     string  free notes, single line, at most 500 characters
//     sponsor?:   boolean an executive sponsor is named for the account
//     nextReview?:     string  YYYY-MM-DD, the date of the account's next review
//     history?:        array   the tier changes, oldest first: { from, to, date, reason? } – tier ids or null, YYYY-MM-DD,
//                              at most 200 characters of reason; at most 50 changes (fields.ts)
//     attractiveness?: number  1–5, at most two decimals: the customer's attractiveness over three years
//     strength?:       number  1–5, at most two decimals: our relative strength as the customer sees it
//   }
// The last four came with the programme's review rhythm and portfolio chart; older data without them reads unchanged.
// Key "kam.accounts.v1.removed": a JSON object { id: removedAt } of accounts removed in the last 90 days, so that a tab
// that still shows one does not bring it back when it merges. An account newer than its removal is alive again.
// Keys "kam.accounts.v1.unreadable.<time>": stored text that could not be read at all, kept aside unchanged.
//
// The stored text is untrusted (other scripts, old versions, hand edits) and every field must be rendered as text.
// Nothing is dropped: an entry whose meaning is clear is repaired (spacing, timestamps with an offset or more
// digits, a tier or scope written as its name, an over-long or odd id, a number as text); any other entry is
// "held": kept in the stored array exactly as it was and shown as needing attention until the user fixes or
// removes it. Fields this version does not know are not kept. There is no eviction: more than MAX_ACCOUNTS
// stored accounts are all kept, and adding is refused until there are fewer.
import { cleanName, cleanText, MAX_LINK_LENGTH, MAX_NAME_LENGTH } from '#src/domain/assessment/link.ts';
import { readDate, readHistory, readRating, sameHistory, type TierChange } from './fields.ts';

/** The localStorage key of the list; a format older versions cannot read would get a new key. */
export const ACCOUNTS_KEY = 'kam.accounts.v1';
/** The key of the removal markers. */
export const REMOVED_KEY = 'kam.accounts.v1.removed';
/** Unreadable stored text is kept under this prefix plus the time it was found. */
export const UNREADABLE_PREFIX = 'kam.accounts.v1.unreadable.';
/** Most accounts a user can add; more that are already stored are kept. */
export const MAX_ACCOUNTS = 5000;
/** Largest file the import reads (5 MB); here so that the workspace can refuse a larger file before loading the import code. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Removal markers older than this are dropped when the list is written. */
export const REMOVED_KEPT_DAYS = 90;

/** One account as stored. */
export interface SavedAccount {
	id: string;
	name: string;
	tier: string | null;
	scope: string | null;
	answers: string;
	assessedAt: string;
	changedAt?: string;
	owner?: string;
	revenue?: string;
	notes?: string;
	sponsor?: boolean;
	nextReview?: string;
	history?: TierChange[];
	attractiveness?: number;
	strength?: number;
}

/** Longest owner, revenue and notes text, in characters. */
export const FIELD_LIMITS = { owner: 80, revenue: 40, notes: 500 } as const;

/** Names a tier or scope may be written as (in any language), to repair entries that name them. */
export interface Names {
	tiers: Record<string, string[]>;
	scopes: Record<string, string[]>;
	/** Words for "not a key account". */
	notKey: string[];
}

/** Why a stored entry is held: the field that could not be read, or the entry as a whole. */
export type EntryProblem =
	| 'entry'
	| 'name'
	| 'tier'
	| 'scope'
	| 'answers'
	| 'assessedAt'
	| 'owner'
	| 'revenue'
	| 'notes'
	| 'sponsor'
	| 'nextReview'
	| 'history'
	| 'attractiveness'
	| 'strength';

/** A stored entry that could not be read as an account: kept as it was, under a key of its own. */
export interface HeldEntry {
	/** "held:" and a fingerprint of its text: the same entry has the same key in every tab. */
	key: string;
	raw: unknown;
	problems: EntryProblem[];
	/** Its name, as far as one can be read ("" if none). */
	name: string;
}

/** What a stored list holds: accounts (repaired where needed), held entries, and removal markers. */
export interface AccountsState {
	accounts: SavedAccount[];
	held: HeldEntry[];
	/** Account id or held key → ISO time of its removal. */
	removed: Record<string, string>;
	/** How many accounts were repaired when read (0 once written back). */
	repaired: number;
}

/** An empty list. */
export const emptyState = (): AccountsState => ({ accounts: [], held: [], removed: {}, repaired: 0 });

const ID = /^[A-Za-z0-9_-]{1,40}$/;
const REF = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// A date with an optional time, fraction of any length and zone; without a zone the time is read as UTC.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A timestamp as stored (ISO 8601 in UTC with milliseconds), from any ISO 8601 form; undefined when it is none. */
export function normaliseTimestamp(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.length > 40) return undefined;
	if (ISO.test(value)) return value;
	const m = TIMESTAMP.exec(value.trim());
	if (!m) return undefined;
	const [year, month, day, hour, minute, second] = m.slice(1, 7).map((n) => Number(n ?? 0)) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const ms = Number(`${m[7] ?? ''}000`.slice(0, 3));
	let time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
	const date = new Date(time);
	if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	if (hour > 23 || minute > 59 || second > 59) return undefined;
	const zone = m[8]?.toUpperCase();
	if (zone && zone !== 'Z') {
		const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
		if (Number(hh) > 14 || Number(mm ?? 0) > 59) return undefined;
		time -= (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0)) * 60_000;
	}
	const iso = new Date(time).toISOString();
	return ISO.test(iso) ? iso : undefined;
}

// Text that cleanText would leave as it is: no control, bidirectional or lone surrogate characters, and single
// spaces only between other characters.
const CLEAN = /^(?! )(?:[^\s\p{Cc}\p{Cs}\u200e\u200f\u202a-\u202e\u2066-\u2069]| (?=[^ ]))*$/u;

/** cleanText (see assessment/link.ts), quick for text that is clean already – the usual case for thousands of accounts. */
export function cleanQuick(value: unknown, max: number): string {
	return typeof value === 'string' && value.length <= max && CLEAN.test(value) ? value : cleanText(value, max);
}

/** A short fingerprint of a text (two FNV-1a hashes, base 36): the same text gives the same one in every tab. */
export function fingerprint(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193) >>> 0;
		b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
	}
	return a.toString(36) + b.toString(36);
}

/** Text compared as the user means it: composed, trimmed, single-spaced, case-insensitive. */
export const norm = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

// Each table and word list is normalised once: imports look up thousands of values in them.
const tables = new WeakMap<object, Map<string, string>>();

/** The id whose id or one of whose names is `value`, case- and space-insensitive. */
export function lookup(table: Record<string, string[]>, value: string): string | undefined {
	let index = tables.get(table);
	if (!index) {
		index = new Map();
		for (const [id, names] of Object.entries(table))
			for (const name of [id, ...names]) if (!index.has(norm(name))) index.set(norm(name), id);
		tables.set(table, index);
	}
	return index.get(norm(value));
}

/** Whether `value` is one of `words`, case- and space-insensitive. */
export function isOneOf(words: readonly string[], value: string): boolean {
	let index = tables.get(words);
	if (!index) tables.set(words, (index = new Map(words.map((w) => [norm(w), w]))));
	return index.has(norm(value));
}

/** The time an account last changed, in milliseconds. */
export const changeTime = (a: SavedAccount) => Date.parse(a.changedAt ?? a.assessedAt);

type Read<T> = { ok: true; value: T } | { ok: false };
const yes = <T>(value: T): Read<T> => ({ ok: true, value });
const no: Read<never> = { ok: false };
const valueOf = <T>(read: Read<T>): T | undefined => (read.ok ? read.value : undefined);

function readText(value: unknown, max: number): Read<string | undefined> {
	if (value === undefined || value === null || value === '') return yes(undefined);
	const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
	if (typeof text !== 'string') return no;
	const clean = cleanQuick(text, max);
	// Cleaning shortens to `max`; a text that needed shortening is not repaired but held.
	return clean !== text && clean.length < cleanText(text, max * 2).length ? no : yes(clean || undefined);
}

function readRef(value: unknown, table: Record<string, string[]> | undefined, notKey: string[]): Read<string | null> {
	if (value === null) return yes(null);
	if (typeof value !== 'string') return no;
	if (value.length <= 40 && REF.test(value)) return yes(value);
	if (isOneOf(notKey, value)) return yes(null);
	const id = table && lookup(table, value);
	return id ? yes(id) : no;
}

/** A stored tier history, with tiers read as the entry's tier is (ids, or names in any language); undefined when unreadable. */
export function readStoredHistory(value: unknown, names?: Names): TierChange[] | undefined {
	return readHistory(value, (v) => valueOf(readRef(v, names?.tiers, names?.notKey ?? [])), cleanQuick);
}

/** One stored entry read as an account, repaired where the meaning is clear; or the reasons it cannot be. */
export function readEntry(value: unknown, names?: Names): { account: SavedAccount; repaired: boolean } | { problems: EntryProblem[] } {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return { problems: ['entry'] };
	const e = value as Record<string, unknown>;
	const problems: EntryProblem[] = [];
	const name =
		typeof e.name !== 'string'
			? undefined
			: cleanQuick(e.name, MAX_NAME_LENGTH * 2).length <= MAX_NAME_LENGTH
				? cleanQuick(e.name, MAX_NAME_LENGTH)
				: undefined;
	if (name === undefined) problems.push('name');
	const tier = readRef(e.tier, names?.tiers, names?.notKey ?? []);
	if (!tier.ok) problems.push('tier');
	const scope = readRef(e.scope, names?.scopes, []);
	if (!scope.ok) problems.push('scope');
	const answers =
		e.answers === undefined ? '' : typeof e.answers === 'string' && e.answers.length <= MAX_LINK_LENGTH ? e.answers : undefined;
	if (answers === undefined) problems.push('answers');
	const assessedAt = normaliseTimestamp(e.assessedAt);
	if (!assessedAt) problems.push('assessedAt');
	const optional = {} as Partial<Record<keyof typeof FIELD_LIMITS, string>>;
	for (const key of ['owner', 'revenue', 'notes'] as const) {
		const read = readText(e[key], FIELD_LIMITS[key]);
		if (!read.ok) problems.push(key);
		else if (read.value) optional[key] = read.value;
	}
	const sponsor =
		e.sponsor === true || e.sponsor === 'true'
			? true
			: [undefined, null, false, 'false', ''].includes(e.sponsor as never)
				? false
				: undefined;
	if (sponsor === undefined) problems.push('sponsor');
	const nextReview = e.nextReview === undefined || e.nextReview === null || e.nextReview === '' ? null : readDate(e.nextReview);
	if (nextReview === undefined) problems.push('nextReview');
	const history = readStoredHistory(e.history, names);
	if (history === undefined) problems.push('history');
	const ratings = { attractiveness: readRating(e.attractiveness), strength: readRating(e.strength) };
	for (const key of ['attractiveness', 'strength'] as const) if (ratings[key] === undefined) problems.push(key);
	if (problems.length || name === undefined || !tier.ok || !scope.ok || answers === undefined || !assessedAt) return { problems };
	// The id carries no meaning of its own: one that is missing, too long or odd is replaced by a fingerprint, the
	// same in every tab that reads the same entry.
	const id = typeof e.id === 'string' && ID.test(e.id) ? e.id : `r${fingerprint(typeof e.id === 'string' ? e.id : JSON.stringify(e))}`;
	const changedAt = normaliseTimestamp(e.changedAt);
	const account: SavedAccount = { id, name, tier: tier.value, scope: scope.value, answers, assessedAt };
	if (changedAt && changedAt !== assessedAt) account.changedAt = changedAt;
	Object.assign(account, optional);
	if (sponsor) account.sponsor = true;
	if (nextReview) account.nextReview = nextReview;
	if (history?.length) account.history = history;
	if (ratings.attractiveness) account.attractiveness = ratings.attractiveness;
	if (ratings.strength) account.strength = ratings.strength;
	const repaired =
		id !== e.id ||
		name !== e.name ||
		tier.value !== e.tier ||
		scope.value !== e.scope ||
		answers !== e.answers ||
		assessedAt !== e.assessedAt ||
		(e.changedAt !== undefined && changedAt !== e.changedAt) ||
		(['owner', 'revenue', 'notes'] as const).some((k) => (optional[k] ?? '') !== (e[k] ?? '')) ||
		(sponsor ? e.sponsor !== true : e.sponsor !== undefined) ||
		(account.nextReview ?? undefined) !== (e.nextReview ?? undefined) ||
		(account.attractiveness ?? undefined) !== (e.attractiveness ?? undefined) ||
		(account.strength ?? undefined) !== (e.strength ?? undefined) ||
		(e.history !== undefined && JSON.stringify(account.history ?? []) !== JSON.stringify(e.history));
	return { account, repaired };
}

/** The best name that can be read from a held entry, for showing it. */
function heldName(raw: unknown): string {
	const name = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).name : undefined;
	return typeof name === 'string' ? cleanName(name) : '';
}

/** The stored text of the list, read: the accounts (repaired) and held entries, or `unreadable` when it is not a JSON array. */
export function parseStored(text: string | null, names?: Names): { ok: true; state: AccountsState } | { ok: false } {
	const state = emptyState();
	if (text === null) return { ok: true, state };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false };
	}
	if (!Array.isArray(data)) return { ok: false };
	const seen = new Map<string, SavedAccount>();
	for (const value of data) {
		const read = readEntry(value, names);
		if ('problems' in read) {
			const key = `held:${fingerprint(JSON.stringify(value) ?? '')}`;
			if (!state.held.some((h) => h.key === key)) state.held.push({ key, raw: value, problems: read.problems, name: heldName(value) });
			continue;
		}
		let { account } = read;
		const twin = seen.get(account.id);
		if (twin && sameVersion(twin, account)) continue; // the same entry twice: one is enough
		if (twin) {
			// Two different entries under one id: the later one gets an id of its own instead of replacing the first.
			account = { ...account, id: `r${fingerprint(account.id + JSON.stringify(account))}` };
			read.repaired = true;
		}
		seen.set(account.id, account);
		state.accounts.push(account);
		if (read.repaired) state.repaired++;
	}
	return { ok: true, state };
}

/** The removal markers' stored text, read; anything unreadable in it counts as no marker. */
export function parseRemoved(text: string | null): Record<string, string> {
	const removed: Record<string, string> = {};
	let data: unknown;
	try {
		data = JSON.parse(text ?? '{}');
	} catch {
		return removed;
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return removed;
	for (const [key, value] of Object.entries(data)) {
		const time = normaliseTimestamp(value);
		if (time && key.length <= 60) removed[key] = time;
	}
	return removed;
}

/** The valid accounts of a stored text (repaired where clear); never throws. For reading only: writing goes through sync.ts. */
export function parseAccounts(text: unknown, names?: Names): SavedAccount[] {
	const read = typeof text === 'string' ? parseStored(text, names) : { ok: false as const };
	return read.ok ? read.state.accounts : [];
}

/** A copy of an account with its fields in the documented order and nothing else. */
export function storedAccount(a: SavedAccount): SavedAccount {
	const { id, name, tier, scope, answers, assessedAt, changedAt, owner, revenue, notes, sponsor } = a;
	const out: SavedAccount = { id, name, tier, scope, answers, assessedAt };
	if (changedAt) out.changedAt = changedAt;
	if (owner) out.owner = owner;
	if (revenue) out.revenue = revenue;
	if (notes) out.notes = notes;
	if (sponsor === true) out.sponsor = true;
	if (a.nextReview) out.nextReview = a.nextReview;
	if (a.history?.length) out.history = a.history.map((c) => ({ ...c }));
	if (a.attractiveness) out.attractiveness = a.attractiveness;
	if (a.strength) out.strength = a.strength;
	return out;
}

const CONTENT = [
	'id',
	'name',
	'tier',
	'scope',
	'answers',
	'assessedAt',
	'owner',
	'revenue',
	'notes',
	'sponsor',
	'nextReview',
	'attractiveness',
	'strength',
] as const;
// An optional field that is empty or false is not stored: it counts as absent.
const present = (value: unknown) => (value === '' || value === false ? undefined : value);

/** Whether two accounts hold the same data, whenever they changed. */
export function sameContent(a: SavedAccount, b: SavedAccount): boolean {
	return a === b || (CONTENT.every((field) => present(a[field]) === present(b[field])) && sameHistory(a.history, b.history));
}

/** Whether two accounts are the same version: the same data, changed at the same time. */
export function sameVersion(a: SavedAccount, b: SavedAccount): boolean {
	return a === b || (present(a.changedAt) === present(b.changedAt) && sameContent(a, b));
}

/** The text stored for a list: accounts in order, then held entries as they were found. */
export function serialiseAccounts(state: AccountsState): string {
	return JSON.stringify([...state.accounts.map(storedAccount), ...state.held.map((h) => h.raw)]);
}

/** The removal markers without those older than REMOVED_KEPT_DAYS before `now` (as stored). */
export function pruneRemoved(removed: Record<string, string>, now: number): Record<string, string> {
	// Stored times are ISO 8601 in UTC with milliseconds, so they compare as text.
	const oldest = new Date(now - REMOVED_KEPT_DAYS * 86_400_000).toISOString();
	return Object.fromEntries(Object.entries(removed).filter(([, time]) => time >= oldest));
}

/** Whether an account or held entry with this change time is gone by a removal marker. */
const isRemoved = (removed: Record<string, string>, key: string, time: number) => key in removed && Date.parse(removed[key]!) >= time;

/** Of two versions of one account the one that counts: the later change; on a tie the same one in every tab. */
function newer(a: SavedAccount, b: SavedAccount): SavedAccount {
	if (a === b) return a;
	const ta = changeTime(a);
	const tb = changeTime(b);
	if (ta !== tb) return ta > tb ? a : b;
	return JSON.stringify(storedAccount(a)) >= JSON.stringify(storedAccount(b)) ? a : b;
}

/**
 * Two states merged by account: per id the later version, removal markers joined, and what either removed later
 * than its last change left out. The order is `theirs`' with accounts only `ours` knows appended in our order, so
 * two tabs that know the same end with the same list. Unchanged accounts keep the object of `ours`.
 */
export function mergeStates(ours: AccountsState, theirs: AccountsState): AccountsState {
	const removed = { ...theirs.removed };
	for (const [key, time] of Object.entries(ours.removed)) if (!(key in removed) || removed[key]! < time) removed[key] = time;
	const mine = new Map(ours.accounts.map((a) => [a.id, a]));
	const accounts: SavedAccount[] = [];
	const placed = new Set<string>();
	for (const theirsA of theirs.accounts) {
		const oursA = mine.get(theirsA.id);
		let pick = oursA ? newer(oursA, theirsA) : theirsA;
		if (oursA && pick !== oursA && sameVersion(oursA, pick)) pick = oursA;
		placed.add(theirsA.id);
		if (!isRemoved(removed, pick.id, changeTime(pick))) accounts.push(pick);
	}
	for (const a of ours.accounts) if (!placed.has(a.id) && !isRemoved(removed, a.id, changeTime(a))) accounts.push(a);
	const held = [...theirs.held, ...ours.held.filter((h) => !theirs.held.some((t) => t.key === h.key))].filter((h) => !(h.key in removed));
	return { accounts, held, removed, repaired: Math.max(ours.repaired, theirs.repaired) };
}

/** Whether two states store the same: the same versions of the same accounts in the same order, the same held entries and markers. */
export function sameStored(a: AccountsState, b: AccountsState): boolean {
	if (a === b) return true;
	if (a.accounts.length !== b.accounts.length || a.held.length !== b.held.length) return false;
	if (!a.accounts.every((x, i) => sameVersion(x, b.accounts[i]!)) || !a.held.every((h, i) => h.key === b.held[i]!.key)) return false;
	const keys = Object.keys(a.removed);
	return keys.length === Object.keys(b.removed).length && keys.every((k) => a.removed[k] === b.removed[k]);
}

/**
 * `next` as a change of `before`, stamped: accounts that are new or changed get `changedAt` = `now` (later than
 * their previous change), accounts and held entries that are gone get a removal marker.
 */
export function stampChanges(before: AccountsState, next: AccountsState, now: number): AccountsState {
	const old = new Map(before.accounts.map((a) => [a.id, a]));
	const stamp = new Date(now).toISOString();
	// Later than `previous`: `now`, unless the clock says otherwise (then a millisecond after it).
	const after = (previous: number) => (previous < now ? stamp : new Date(previous + 1).toISOString());
	const accounts = next.accounts.map((a) => {
		const prior = old.get(a.id);
		if (prior === a) return a;
		if (prior && sameContent(prior, a)) return prior;
		const marker = next.removed[a.id] ?? before.removed[a.id];
		return { ...a, changedAt: after(Math.max(prior ? changeTime(prior) : 0, marker ? Date.parse(marker) : 0)) };
	});
	const removed = { ...next.removed };
	const kept = new Set(accounts.map((a) => a.id));
	for (const a of before.accounts) if (!kept.has(a.id)) removed[a.id] = after(changeTime(a));
	const keptHeld = new Set(next.held.map((h) => h.key));
	for (const h of before.held) if (!keptHeld.has(h.key)) removed[h.key] = stamp;
	return { accounts, held: next.held, removed, repaired: next.repaired };
}

/**
 * `current` with a change (`before` → `after`) taken back: accounts it added are removed, accounts and held entries
 * it removed or altered get their earlier version back. What changed since (in any tab) stays as it is.
 */
export function revert(before: AccountsState, after: AccountsState, current: AccountsState): AccountsState {
	const was = new Map(before.accounts.map((a) => [a.id, a]));
	const became = new Map(after.accounts.map((a) => [a.id, a]));
	const untouchedSince = (a: SavedAccount) => became.has(a.id) && sameContent(a, became.get(a.id)!);
	const accounts = current.accounts
		.filter((a) => was.has(a.id) || !untouchedSince(a))
		.map((a) => (untouchedSince(a) && !sameContent(a, was.get(a.id)!) ? was.get(a.id)! : a));
	const present = new Set(accounts.map((a) => a.id));
	for (const a of before.accounts) if (!became.has(a.id) && !present.has(a.id)) accounts.push(a);
	const keep = new Set([...after.held, ...current.held].map((h) => h.key));
	return { ...current, accounts, held: [...current.held, ...before.held.filter((h) => !keep.has(h.key))] };
}

// Random bytes are drawn in bulk: an import of thousands of accounts needs an id for each.
const ID_LENGTH = 12;
const randomBytes = new Uint8Array(ID_LENGTH * 256);
let randomUsed = randomBytes.length;

/** A random id for a new entry (crypto.getRandomValues works without a secure context). */
export function newAccountId(): string {
	if (randomUsed + ID_LENGTH > randomBytes.length) {
		crypto.getRandomValues(randomBytes);
		randomUsed = 0;
	}
	let id = '';
	for (let i = 0; i < ID_LENGTH; i++) id += (randomBytes[randomUsed + i]! % 36).toString(36);
	randomUsed += ID_LENGTH;
	return id;
}
