// The accounts island's one store: the list, where it is kept (this browser's localStorage), the page's words for
// it, and who is told of a change. Every part of the island reads from here; changes go through the pure functions
// in src/domain/accounts and are written back with commit().
import type { Catalogue } from '#src/domain/accounts/state.ts';
import { ACCOUNTS_KEY, parseAccounts, type SavedAccount } from '#src/domain/accounts/storage.ts';
import { format, type Vars } from '#src/lib/format.ts';
import type { AccountsConfig, AccountsTextKey } from './config.ts';

/** What the store tells the parts: the list changed, an account is to be edited, a message for the status line. */
interface Events {
	change: readonly SavedAccount[];
	edit: SavedAccount | null;
	status: string;
	notice: string;
}
type Listener<E extends keyof Events> = (detail: Events[E]) => void;

export class AccountsStore {
	readonly catalogue: Catalogue;
	list: readonly SavedAccount[] = [];
	private storage: Storage | null = null;
	private listeners: { [E in keyof Events]?: Listener<E>[] } = {};

	constructor(readonly config: AccountsConfig) {
		this.catalogue = { tiers: config.tiers.map((t) => t.id), scopes: config.scopes.map((s) => s.id), model: config.model };
	}

	/** Reads the stored list; when storage is blocked the workspace keeps the list for this session and says so. */
	open() {
		try {
			const storage = window.localStorage;
			this.list = parseAccounts(storage.getItem(ACCOUNTS_KEY));
			this.storage = storage;
		} catch {
			this.emit('notice', this.t('storageUnavailable'));
		}
		// Another tab changed the list.
		window.addEventListener('storage', (event) => {
			if (event.key !== ACCOUNTS_KEY || !this.storage) return;
			this.list = parseAccounts(event.newValue);
			this.emit('change', this.list);
		});
		this.emit('change', this.list);
	}

	/** Listens to one kind of event; listeners run synchronously, in the order they were added. */
	on<E extends keyof Events>(event: E, listener: Listener<E>) {
		((this.listeners[event] ??= []) as Listener<E>[]).push(listener);
	}

	private emit<E extends keyof Events>(event: E, detail: Events[E]) {
		for (const listener of (this.listeners[event] ?? []) as Listener<E>[]) listener(detail);
	}

	/** Makes `list` the accounts, writes it to storage (on failure keeps it for the session and says so), redraws. */
	commit(list: readonly SavedAccount[]) {
		this.list = list;
		if (this.storage) {
			try {
				if (list.length) this.storage.setItem(ACCOUNTS_KEY, JSON.stringify(list));
				else this.storage.removeItem(ACCOUNTS_KEY);
			} catch {
				this.emit('notice', this.t('storageFull'));
			}
		}
		this.emit('change', list);
	}

	/** Asks the form to edit `account`, or to go back to adding (null). */
	edit(account: SavedAccount | null) {
		this.emit('edit', account);
	}

	/** Announces a message in the workspace's status line. */
	say(message: string) {
		this.emit('status', message);
	}

	/** A UI string of the page with its placeholders filled. */
	t(key: AccountsTextKey, vars?: Vars): string {
		return format(this.config.text[key], vars, `UI string "kam.accounts.${key}"`);
	}

	account(id: string): SavedAccount | undefined {
		return this.list.find((a) => a.id === id);
	}

	tierName(id: string | null): string {
		return id === null ? this.t('field.notKey') : (this.config.tiers.find((t) => t.id === id)?.name ?? id);
	}

	scopeName(id: string | null): string {
		return id === null ? '' : (this.config.scopes.find((s) => s.id === id)?.name ?? id);
	}

	/** "Key Account · National", or the tier alone for accounts that are not key accounts. */
	cellName(a: { tier: string | null; scope: string | null }): string {
		return [this.tierName(a.tier), this.scopeName(a.scope)].filter(Boolean).join(' · ');
	}
}
