// "My accounts": assessed accounts kept in the browser's localStorage, shared by the self-assessment and the accounts workspace.
//
// Storage format (key "kam.accounts.v1"): a JSON array, oldest first, of at most 5,000 entries
//   {
//     id:         string  random, 1–40 characters of [A-Za-z0-9_-]
//     name:       string  the account name, cleaned (cleanName), may be empty
//     tier:       string | null  tier id from content/tiers.yaml; null = not a key account
//     scope:      string | null  geographic scope id from content/geographies.yaml
//     answers:    string  the share code without "#a=" (see assessment-link.ts), to restore or rescore
//     assessedAt: string  ISO 8601 timestamp of the assessment, or of the entry for accounts entered by hand
//     owner?:     string  the person responsible, cleaned, at most 80 characters (accounts workspace)
//     revenue?:   string  revenue or potential as the user writes it, at most 40 characters
//     notes?:     string  free notes, single line, at most 500 characters
//     sponsor?:   boolean an executive sponsor is named for the account
//   }
// "answers" is "" for accounts entered by hand in the workspace. The optional fields were added by the
// accounts workspace; older entries without them stay valid, and an invalid optional field is dropped
// on its own without dropping the entry.
// The stored text is untrusted (other scripts, old versions, hand edits): parseAccounts validates every
// entry and drops the ones that fail, and every field must be rendered as text, never as HTML.
import { cleanName, cleanText, MAX_LINK_LENGTH } from '#src/domain/assessment/link.ts';

/** The localStorage key; a new format gets a new key. */
export const ACCOUNTS_KEY = 'kam.accounts.v1';
/** Most entries kept. */
export const MAX_ACCOUNTS = 5000;

/** One assessed account as stored. */
export interface SavedAccount {
	id: string;
	name: string;
	tier: string | null;
	scope: string | null;
	answers: string;
	assessedAt: string;
	owner?: string;
	revenue?: string;
	notes?: string;
	sponsor?: boolean;
}

/** Longest owner, revenue and notes text, in characters. */
export const FIELD_LIMITS = { owner: 80, revenue: 40, notes: 500 } as const;

const ID = /^[A-Za-z0-9_-]{1,40}$/;
const REF = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Type guard: a value that is a well-formed stored account. */
export function isSavedAccount(value: unknown): value is SavedAccount {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const a = value as Record<string, unknown>;
	return (
		typeof a.id === 'string' &&
		ID.test(a.id) &&
		typeof a.name === 'string' &&
		cleanName(a.name) === a.name &&
		(a.tier === null || (typeof a.tier === 'string' && a.tier.length <= 40 && REF.test(a.tier))) &&
		(a.scope === null || (typeof a.scope === 'string' && a.scope.length <= 40 && REF.test(a.scope))) &&
		typeof a.answers === 'string' &&
		a.answers.length <= MAX_LINK_LENGTH &&
		typeof a.assessedAt === 'string' &&
		ISO.test(a.assessedAt)
	);
}

/** Reads the stored text; never throws. Invalid entries are dropped, at most MAX_ACCOUNTS are kept. */
export function parseAccounts(text: unknown): SavedAccount[] {
	if (typeof text !== 'string' || text.length > MAX_ACCOUNTS * 2 * MAX_LINK_LENGTH) return [];
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [];
	}
	if (!Array.isArray(data)) return [];
	return data.filter(isSavedAccount).slice(-MAX_ACCOUNTS).map(storedAccount);
}

/** A copy of a valid entry with only the known fields; optional fields that are not clean are dropped. */
export function storedAccount(a: SavedAccount): SavedAccount {
	const { id, name, tier, scope, answers, assessedAt } = a;
	const out: SavedAccount = { id, name, tier, scope, answers, assessedAt };
	for (const key of ['owner', 'revenue', 'notes'] as const) {
		const value = (a as unknown as Record<string, unknown>)[key];
		if (typeof value === 'string' && value !== '' && cleanText(value, FIELD_LIMITS[key]) === value) out[key] = value;
	}
	if ((a as unknown as Record<string, unknown>).sponsor === true) out.sponsor = true;
	return out;
}

/** What adding did: stored, already stored with the same answers, or refused because the list is full. */
export type AddOutcome = 'added' | 'duplicate' | 'full';

/** Appends an account unless one with the same answers is stored or the list is full. */
export function addAccount(list: readonly SavedAccount[], account: SavedAccount): { list: SavedAccount[]; outcome: AddOutcome } {
	if (list.some((a) => a.answers === account.answers)) return { list: [...list], outcome: 'duplicate' };
	if (list.length >= MAX_ACCOUNTS) return { list: [...list], outcome: 'full' };
	return { list: [...list, account], outcome: 'added' };
}

/** A random id for a new entry (crypto.getRandomValues works without a secure context). */
export function newAccountId(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');
}
