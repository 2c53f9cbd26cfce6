// Reading and writing "my accounts" in a Web Storage area (the browser's localStorage, or a stand-in in tests), so
// that nothing is lost: every write re-reads what is stored and merges by account first, text that cannot be read
// is kept aside before anything overwrites it, and a failed write throws instead of pretending.
import {
	ACCOUNTS_KEY,
	emptyState,
	MAX_ACCOUNTS,
	mergeStates,
	newAccountId,
	parseRemoved,
	parseStored,
	pruneRemoved,
	REMOVED_KEY,
	sameStored,
	serialiseAccounts,
	stampChanges,
	UNREADABLE_PREFIX,
	type AccountsState,
	type Names,
	type SavedAccount,
} from './storage.ts';

/** The part of the Web Storage API used here. */
export interface StorageArea {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	key(index: number): string | null;
	readonly length: number;
}

/** Stored text that could not be read, kept aside under its own key. */
export interface KeptText {
	key: string;
	/** When it was found (ISO 8601). */
	foundAt: string;
	text: string;
}

/** Thrown when the list cannot be written without losing something. */
export class StorageRefused extends Error {
	constructor(readonly reason: 'unreadable-not-kept') {
		super('The stored accounts cannot be read and could not be kept aside, so they are not overwritten.');
	}
}

/** Every copy of unreadable text kept in `storage`, oldest first. */
export function keptTexts(storage: StorageArea): KeptText[] {
	const kept: KeptText[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (!key?.startsWith(UNREADABLE_PREFIX)) continue;
		const text = storage.getItem(key);
		if (text !== null) kept.push({ key, foundAt: key.slice(UNREADABLE_PREFIX.length), text });
	}
	return kept.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Keeps `text` aside unless an identical copy is kept already; false when storage refuses it. */
function keepAside(storage: StorageArea, text: string, now: number): boolean {
	if (keptTexts(storage).some((k) => k.text === text)) return true;
	try {
		let at = now;
		while (storage.getItem(UNREADABLE_PREFIX + new Date(at).toISOString()) !== null) at++;
		storage.setItem(UNREADABLE_PREFIX + new Date(at).toISOString(), text);
		return true;
	} catch {
		return false;
	}
}

/** What reading found. `blocked`: the stored text is unreadable and could not be kept aside, so it must not be overwritten. */
export interface Loaded {
	state: AccountsState;
	kept: KeptText[];
	blocked: boolean;
}

// The texts last read or written per storage area and the state they hold: a re-read that finds the same texts (the
// usual case, when no other tab wrote) skips parsing thousands of accounts again.
const lastSeen = new WeakMap<StorageArea, { text: string | null; removed: string | null; state: AccountsState }>();

/** Reads the list and its removal markers; unreadable text is kept aside at once (see `blocked`). Throws only if storage does. */
export function readAccounts(storage: StorageArea, names?: Names, now = Date.now()): Loaded {
	const text = storage.getItem(ACCOUNTS_KEY);
	const removedText = storage.getItem(REMOVED_KEY);
	const seen = lastSeen.get(storage);
	if (seen && seen.text === text && seen.removed === removedText) return { state: seen.state, kept: keptTexts(storage), blocked: false };
	const parsed = parseStored(text, names);
	const blocked = !parsed.ok && !keepAside(storage, text!, now);
	const read = parsed.ok ? parsed.state : emptyState();
	const state = mergeStates(emptyState(), { ...read, removed: parseRemoved(removedText) });
	state.repaired = read.repaired;
	if (parsed.ok) lastSeen.set(storage, { text, removed: removedText, state });
	return { state, kept: keptTexts(storage), blocked };
}

/** Writes a state (removal markers first, so that a reader never sees an account back that is gone). Throws when storage does. */
export function writeAccounts(storage: StorageArea, state: AccountsState, now = Date.now()): void {
	lastSeen.delete(storage);
	const pruned = pruneRemoved(state.removed, now);
	let removed: string | null = JSON.stringify(pruned);
	if (removed !== '{}' || storage.getItem(REMOVED_KEY) !== null) storage.setItem(REMOVED_KEY, removed);
	else removed = null;
	const text = state.accounts.length || state.held.length ? serialiseAccounts(state) : null;
	if (text === null) storage.removeItem(ACCOUNTS_KEY);
	else storage.setItem(ACCOUNTS_KEY, text);
	lastSeen.set(storage, { text, removed, state: { ...state, repaired: 0, removed: pruned } });
}

/** The result of `updateAccounts`: the state now stored, whether the change was made, and what the storage held besides. */
export interface Updated<R> {
	state: AccountsState;
	/** What `change` returned beside the new state (its outcome). */
	result: R;
	kept: KeptText[];
}

/**
 * The one way to change the stored list: re-reads storage, merges what this tab knows (`local`) by account, applies
 * `change` to that, stamps the changed accounts and removals with `now` and writes the result. `change` returns the
 * new state, or null for no change. Throws StorageRefused or storage's own error; then nothing was written.
 */
export function updateAccounts<R>(
	storage: StorageArea,
	local: AccountsState,
	change: (current: AccountsState) => { state: AccountsState | null; result: R },
	names?: Names,
	now = Date.now(),
): Updated<R> {
	const loaded = readAccounts(storage, names, now);
	if (loaded.blocked) throw new StorageRefused('unreadable-not-kept');
	const current = mergeStates(local, loaded.state);
	const { state: next, result } = change(current);
	const state = next ? stampChanges(current, next, now) : current;
	if (next || !sameStored(current, loaded.state) || loaded.state.repaired) writeAccounts(storage, state, now);
	return { state: { ...state, repaired: 0 }, result, kept: loaded.kept };
}

/** What saving an assessed account did: stored, already stored with the same answers, or refused because the list is full. */
export type SaveOutcome = 'added' | 'duplicate' | 'full';

/**
 * Adds an assessed account to the stored list (the self-assessment's "Add to my accounts"), unless one with the
 * same answers is stored or the list is full. Returns the outcome and how many accounts the list holds; throws
 * when storage fails, and then changes nothing.
 */
export function saveAssessedAccount(
	storage: StorageArea,
	account: Omit<SavedAccount, 'id' | 'changedAt'>,
	now = Date.now(),
): { outcome: SaveOutcome; count: number } {
	const { state, result } = updateAccounts<SaveOutcome>(
		storage,
		emptyState(),
		(current) => {
			if (current.accounts.some((a) => a.answers === account.answers)) return { state: null, result: 'duplicate' };
			if (current.accounts.length >= MAX_ACCOUNTS) return { state: null, result: 'full' };
			return { state: { ...current, accounts: [...current.accounts, { ...account, id: newAccountId() }] }, result: 'added' };
		},
		undefined,
		now,
	);
	return { outcome: result, count: state.accounts.length };
}
