// The accounts island's one store: the accounts, where they are kept (this browser's localStorage), the page's words
// for them, and who is told of a change. Every change goes through update(), which re-reads storage and merges by
// account before it writes (src/domain/accounts/sync.ts); a change another tab makes arrives through the storage
// event and is merged the same way, so two tabs lose nothing.
import { localDate } from '#src/domain/accounts/fields.ts';
import type { Catalogue } from '#src/domain/accounts/state.ts';
import {
	ACCOUNTS_KEY,
	emptyState,
	REMOVED_KEY,
	revert,
	sameStored,
	stampChanges,
	UNREADABLE_PREFIX,
	type AccountsState,
	type SavedAccount,
} from '#src/domain/accounts/storage.ts';
import { readAccounts, updateAccounts, type KeptText, type StorageArea } from '#src/domain/accounts/sync.ts';
import { format, type Vars } from '#src/lib/format.ts';
import type { AccountsConfig, AccountsTextKey } from './config.ts';

/** What the store tells the parts. */
interface Events {
	/** The accounts or held entries changed. */
	change: AccountsState;
	/** Unreadable text kept aside changed (or the stored list is unreadable and could not be kept aside). */
	kept: KeptText[];
	/** An account (or held entry) is to be edited; null = back to adding. */
	edit: { account: SavedAccount } | { heldKey: string } | null;
	/** A message for the form's status line. */
	status: string;
	/** A message about storage as a whole (blocked, full); "" clears it. */
	notice: string;
	/** The last change can be undone (its description), or no longer (null). */
	undo: string | null;
}
type Listener<E extends keyof Events> = (detail: Events[E]) => void;

/** What a change returns: the new state (null for none) and its outcome. */
export type StateChange<R> = (current: AccountsState) => { state: AccountsState | null; result: R };

export class AccountsStore {
	readonly catalogue: Catalogue;
	state: AccountsState = emptyState();
	kept: KeptText[] = [];
	private storage: StorageArea | null = null;
	/** The stored list is unreadable and could not be kept aside: it is not overwritten, changes stay in this session. */
	private blocked = false;
	private undoStep: { label: string; before: AccountsState; after: AccountsState } | null = null;
	private listeners: { [E in keyof Events]?: Listener<E>[] } = {};
	private index?: { list: readonly SavedAccount[]; byId: Map<string, SavedAccount> };
	private dates?: Intl.DateTimeFormat;
	/** The day the parts last drew on. */
	private day = localDate(new Date());

	constructor(readonly config: AccountsConfig) {
		this.catalogue = { tiers: config.tiers.map((t) => t.id), scopes: config.scopes.map((s) => s.id), model: config.model };
	}

	/** The accounts, oldest first. */
	get list(): readonly SavedAccount[] {
		return this.state.accounts;
	}

	/** Reads the stored list; when storage is blocked the workspace keeps the list for this session and says so. */
	open() {
		try {
			const storage = window.localStorage;
			const loaded = readAccounts(storage, this.config.vocabulary);
			this.state = loaded.state;
			this.storage = storage;
			this.setKept(loaded.kept, loaded.blocked);
		} catch {
			this.emit('notice', this.t('storageUnavailable'));
		}
		// Another tab changed the list: merge what it wrote with what this tab knows (never take its text as it is).
		window.addEventListener('storage', (event) => {
			if (event.key === null || event.key === ACCOUNTS_KEY || event.key === REMOVED_KEY || event.key.startsWith(UNREADABLE_PREFIX))
				this.sync();
		});
		// A storage event can be missed while a tab sleeps: look again when it comes back. On another day, the parts
		// draw again too: a review falls due at midnight.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState !== 'visible') return;
			this.sync();
			if (this.day === this.today) return;
			this.day = this.today;
			this.emit('change', this.state);
		});
		this.emit('change', this.state);
	}

	/** Re-reads storage and merges it with this tab's list; writes back what storage lacks. */
	sync() {
		if (!this.storage) return;
		try {
			const loaded = readAccounts(this.storage, this.config.vocabulary);
			this.setKept(loaded.kept, loaded.blocked);
			if (this.blocked) return;
			const { state } = updateAccounts(this.storage, this.state, () => ({ state: null, result: undefined }), this.config.vocabulary);
			this.setState(state);
		} catch {
			this.emit('notice', this.t('storageFull'));
		}
	}

	/**
	 * The one way to change the list: `change` runs on the stored list merged with this tab's, and its result is
	 * stamped and written. Where storage is blocked, full or must not be overwritten, the change is kept for this
	 * session (and written with the next change that succeeds) and the notice says so. Returns `change`'s outcome.
	 */
	update<R>(change: StateChange<R>): R {
		if (this.storage && !this.blocked) {
			try {
				const { state, result } = updateAccounts(this.storage, this.state, change, this.config.vocabulary);
				this.emit('notice', '');
				this.setState(state);
				return result;
			} catch {
				this.emit('notice', this.t('storageFull'));
			}
		}
		const { state, result } = change(this.state);
		if (state) this.setState(stampChanges(this.state, state, Date.now()));
		return result;
	}

	private setState(state: AccountsState) {
		if (state === this.state || sameStored(state, this.state)) return;
		this.state = state;
		this.emit('change', state);
	}

	private setKept(kept: KeptText[], blocked: boolean) {
		this.blocked = blocked;
		// Unreadable text that could not be kept aside is offered where it is: under the list's own key.
		const all = blocked ? [...kept, { key: ACCOUNTS_KEY, foundAt: '', text: this.storage?.getItem(ACCOUNTS_KEY) ?? '' }] : kept;
		if (JSON.stringify(all) === JSON.stringify(this.kept)) return;
		this.kept = all;
		this.emit('kept', all);
		this.emit('notice', blocked ? this.t('storageRefused') : '');
	}

	/** Deletes one kept copy of unreadable text (or the unreadable list itself, when it could not be kept aside). */
	deleteKept(key: string) {
		if (!this.storage || !(key === ACCOUNTS_KEY || key.startsWith(UNREADABLE_PREFIX))) return;
		try {
			this.storage.removeItem(key);
		} catch {
			// Removing never fails for lack of room; a storage that refuses it is reported by the next change.
		}
		this.sync();
	}

	/**
	 * Runs a change that removes or replaces many accounts at once and offers to undo it: undo() puts back what the
	 * change removed or altered, and takes out what it added, leaving changes made since (in any tab) alone.
	 */
	updateUndoable<R>(label: string, change: StateChange<R>): R {
		const before = this.state;
		const result = this.update(change);
		this.undoStep = { label, before, after: this.state };
		this.emit('undo', label);
		return result;
	}

	/** Undoes the last undoable change; returns its description, or undefined when there is none. */
	undo(): string | undefined {
		const step = this.undoStep;
		if (!step) return undefined;
		this.undoStep = null;
		this.emit('undo', null);
		this.update((current) => ({ state: revert(step.before, step.after, current), result: undefined }));
		return step.label;
	}

	/** Listens to one kind of event; listeners run synchronously, in the order they were added. */
	on<E extends keyof Events>(event: E, listener: Listener<E>) {
		((this.listeners[event] ??= []) as Listener<E>[]).push(listener);
	}

	private emit<E extends keyof Events>(event: E, detail: Events[E]) {
		for (const listener of (this.listeners[event] ?? []) as Listener<E>[]) listener(detail);
	}

	/** Asks the form to edit an account or a held entry, or to go back to adding (null). */
	edit(what: Events['edit']) {
		this.emit('edit', what);
	}

	/** Announces a message in the workspace's status line. */
	say(message: string) {
		this.emit('status', message);
	}

	/** A UI string of the page with its placeholders filled. */
	t(key: AccountsTextKey, vars?: Vars): string {
		return format(this.config.text[key], vars, `UI string "kam.accounts.${key}"`);
	}

	/** The account with this id (looked up in an index kept per list, so warnings about thousands stay quick). */
	account(id: string): SavedAccount | undefined {
		if (this.index?.list !== this.state.accounts)
			this.index = { list: this.state.accounts, byId: new Map(this.state.accounts.map((a) => [a.id, a])) };
		return this.index.byId.get(id);
	}

	/** Today in the user's time zone, YYYY-MM-DD: the date a change of tier is recorded with, and reviews are due by. */
	get today(): string {
		return localDate(new Date());
	}

	/** A YYYY-MM-DD date as the page's language writes it, e.g. "1. März 2027" / "1 Mar 2027". */
	date(date: string): string {
		this.dates ??= new Intl.DateTimeFormat(this.config.locale, { dateStyle: 'medium', timeZone: 'UTC' });
		const time = Date.parse(`${date}T00:00:00Z`);
		return Number.isNaN(time) ? date : this.dates.format(time);
	}

	/** A score as the page's language writes it (3,5 / 3.5). */
	number(value: number): string {
		return value.toLocaleString(this.config.locale, { maximumFractionDigits: 2 });
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

	/** Names as a list, "and N more" when `total` is more than the names given. */
	names(names: readonly string[], total = names.length): string {
		const listed = names.join(', ');
		return total > names.length ? this.t('moreNames', { names: listed, count: total - names.length }) : listed;
	}
}
