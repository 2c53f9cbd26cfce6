import { describe, expect, it } from 'vitest';
import {
	ACCOUNTS_KEY,
	emptyState,
	MAX_ACCOUNTS,
	REMOVED_KEY,
	UNREADABLE_PREFIX,
	type AccountsState,
	type SavedAccount,
} from './storage.ts';
import { keptTexts, readAccounts, saveAssessedAccount, StorageRefused, updateAccounts, writeAccounts, type StorageArea } from './sync.ts';

/** A Web Storage stand-in; `quota` (characters of all values together) makes setItem throw as a full browser storage does. */
class MemoryStorage implements StorageArea {
	private items = new Map<string, string>();
	constructor(private quota = Infinity) {}
	get length() {
		return this.items.size;
	}
	key(i: number) {
		return [...this.items.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.items.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		const used = [...this.items].reduce((n, [key, value]) => n + (key === k ? 0 : value.length), 0);
		if (used + v.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(k, v);
	}
	removeItem(k: string) {
		this.items.delete(k);
	}
}

const account = (over: Partial<SavedAccount> = {}): SavedAccount => ({
	id: 'a1',
	name: 'Acme',
	tier: 'key',
	scope: 'global',
	answers: '',
	assessedAt: '2024-01-01T00:00:00.000Z',
	...over,
});
const assessed = { name: 'New', tier: 'key', scope: 'national', answers: 'v2.code', assessedAt: '2026-01-01T00:00:00.000Z' };
const stored = (storage: StorageArea) => JSON.parse(storage.getItem(ACCOUNTS_KEY) ?? '[]') as SavedAccount[];
const names = (storage: StorageArea) => stored(storage).map((a) => a.name);
const add = (name: string) => (current: AccountsState) => ({
	state: { ...current, accounts: [...current.accounts, account({ id: name, name })] },
	result: undefined,
});

describe('unreadable stored text', () => {
	// The example: the closing bracket is missing.
	const broken = '[{"id":"a1","name":"Acme","tier":"key","scope":"global","answers":"","assessedAt":"2024-01-01T00:00:00.000Z"}';

	it('is kept aside under its own key before the self-assessment saves an account', () => {
		const storage = new MemoryStorage();
		storage.setItem(ACCOUNTS_KEY, broken);
		expect(saveAssessedAccount(storage, assessed)).toEqual({ outcome: 'added', count: 1 });
		expect(names(storage)).toEqual(['New']);
		expect(keptTexts(storage)).toMatchObject([{ text: broken }]);
		expect(keptTexts(storage)[0]!.key.startsWith(UNREADABLE_PREFIX)).toBe(true);
	});

	it('is kept once, however often it is read', () => {
		const storage = new MemoryStorage();
		storage.setItem(ACCOUNTS_KEY, broken);
		readAccounts(storage);
		readAccounts(storage, undefined, Date.now() + 1000);
		expect(keptTexts(storage)).toHaveLength(1);
	});

	it('is not overwritten when it cannot be kept aside', () => {
		const storage = new MemoryStorage(broken.length + 10);
		storage.setItem(ACCOUNTS_KEY, broken);
		expect(readAccounts(storage).blocked).toBe(true);
		expect(() => saveAssessedAccount(storage, assessed)).toThrow(StorageRefused);
		expect(storage.getItem(ACCOUNTS_KEY)).toBe(broken);
	});
});

describe('entries that fail a strict check', () => {
	it('are written back repaired or unchanged by a later save, never erased', () => {
		const storage = new MemoryStorage();
		const entries = [
			account({ id: 'spaces', name: '  Acme   GmbH' }),
			account({ id: 'offset', assessedAt: '2024-01-01T00:00:00+01:00' }),
			account({ id: 'digits', assessedAt: '2024-01-01T00:00:00.1234567Z' }),
			account({ id: 'named', tier: 'Key Account' }),
			account({ id: 'x'.repeat(41) }),
		];
		storage.setItem(ACCOUNTS_KEY, JSON.stringify(entries));
		saveAssessedAccount(storage, assessed);
		const after = stored(storage);
		expect(after).toHaveLength(entries.length + 1);
		expect(after.slice(0, 3).map((a) => [a.id, a.name, a.assessedAt])).toEqual([
			['spaces', 'Acme GmbH', '2024-01-01T00:00:00.000Z'],
			['offset', 'Acme', '2023-12-31T23:00:00.000Z'],
			['digits', 'Acme', '2024-01-01T00:00:00.123Z'],
		]);
		expect(after[3]!.id).toMatch(/^r/);
		expect(after[4]!.name).toBe('New');
		// Without the tier names (the self-assessment does not pass them) the named tier is held: kept as it was.
		expect(after[5]).toEqual(entries[3]);
	});
});

describe('the limit', () => {
	const full = (n: number) => Array.from({ length: n }, (_, i) => account({ id: `id${i}`, name: `A${i}`, answers: `c${i}` }));

	it('refuses a new account with a full list and keeps every stored one', () => {
		const storage = new MemoryStorage();
		storage.setItem(ACCOUNTS_KEY, JSON.stringify(full(MAX_ACCOUNTS)));
		expect(saveAssessedAccount(storage, assessed)).toEqual({ outcome: 'full', count: MAX_ACCOUNTS });
		expect(stored(storage)).toHaveLength(MAX_ACCOUNTS);
	});

	it('removes only the one account when more than the limit are stored', () => {
		const storage = new MemoryStorage();
		storage.setItem(ACCOUNTS_KEY, JSON.stringify(full(MAX_ACCOUNTS + 1000)));
		updateAccounts(storage, emptyState(), (current) => ({
			state: { ...current, accounts: current.accounts.filter((a) => a.id !== 'id7') },
			result: undefined,
		}));
		const after = stored(storage);
		expect(after).toHaveLength(MAX_ACCOUNTS + 999);
		expect(after[0]!.id).toBe('id0');
		expect(JSON.parse(storage.getItem(REMOVED_KEY)!)).toHaveProperty('id7');
	});
});

describe('two tabs', () => {
	it('a write re-reads storage: an account the other tab added is kept', () => {
		const storage = new MemoryStorage();
		const tabA = updateAccounts(storage, emptyState(), add('A1')).state;
		const tabB = updateAccounts(storage, emptyState(), add('B1')).state;
		expect(updateAccounts(storage, tabA, add('A2')).state.accounts.map((a) => a.name)).toEqual(['A1', 'B1', 'A2']);
		expect(names(storage)).toEqual(['A1', 'B1', 'A2']);
		expect(tabB.accounts.map((a) => a.name)).toEqual(['A1', 'B1']);
	});

	it('a write that raced past another (last writer wins in storage) is restored when the losing tab syncs', () => {
		const storage = new MemoryStorage();
		const tabA = updateAccounts(storage, emptyState(), add('A1')).state;
		// Tab B wrote at the same moment without seeing A1: storage holds B's list only.
		const tabB = { ...emptyState(), accounts: [account({ id: 'B1', name: 'B1' })] };
		writeAccounts(storage, tabB);
		// Tab A's storage event: re-read and merge; it writes back what storage lacks.
		const synced = updateAccounts(storage, tabA, () => ({ state: null, result: undefined })).state;
		expect(names(storage)).toEqual(['B1', 'A1']);
		const bSynced = updateAccounts(storage, tabB, () => ({ state: null, result: undefined })).state;
		expect(bSynced.accounts).toEqual(synced.accounts);
	});

	it('a removal in one tab is not undone by the other tab that still shows the account', () => {
		const storage = new MemoryStorage();
		const start = updateAccounts(storage, emptyState(), add('Gone')).state;
		updateAccounts(storage, start, (current) => ({ state: { ...current, accounts: [] }, result: undefined }));
		const other = updateAccounts(storage, start, add('Kept')).state;
		expect(other.accounts.map((a) => a.name)).toEqual(['Kept']);
		expect(names(storage)).toEqual(['Kept']);
	});
});
