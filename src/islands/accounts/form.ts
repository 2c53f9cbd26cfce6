// <kam-accounts-form>: adds an account, saves the one being edited or repairs a held entry, and announces what
// happened. When another tab changed the same account meanwhile, the save says so and offers that version back.
import {
	addEntry,
	editEntry,
	heldHistory,
	heldInput,
	inputOf,
	toAccount,
	validateInput,
	type AccountInput,
} from '#src/domain/accounts/state.ts';
import { newAccountId, normaliseTimestamp, sameContent, type SavedAccount } from '#src/domain/accounts/storage.ts';
import { AccountsPart, setItems } from './part.ts';
import { errorsText } from './text.ts';

const FIELDS = ['name', 'tier', 'scope', 'owner', 'revenue', 'notes', 'nextReview', 'attractiveness', 'strength', 'reason'] as const;

/** What the form is doing: adding, editing an account (as it was when editing began), or repairing a held entry. */
type Mode = { kind: 'add' } | { kind: 'edit'; base: SavedAccount; changedElsewhere: boolean } | { kind: 'held'; key: string };

export class AccountsForm extends AccountsPart {
	private mode: Mode = { kind: 'add' };
	/** The other tab's version that the last save replaced, to restore on request. */
	private other: SavedAccount | null = null;

	private get form() {
		return this.one<HTMLFormElement>('[data-kam-form]');
	}

	private field<T extends HTMLElement = HTMLInputElement>(name: string): T {
		return this.form.elements.namedItem(name) as unknown as T;
	}

	protected override setUp() {
		const { store } = this;
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.submit();
		});
		this.onAction((action) => {
			if (action === 'cancel-edit') this.startOver();
			if (action === 'restore-other') this.restoreOther();
		});
		store.on('edit', (what) => {
			if (!what) this.startOver();
			else if ('account' in what) this.startEditing(what.account);
			else this.startRepair(what.heldKey);
		});
		store.on('status', (message) => this.say('[data-kam-status]', message));
	}

	/** While editing: tell the user once when another tab changes or removes the account being edited. */
	protected override render() {
		if (this.mode.kind !== 'edit' || this.mode.changedElsewhere) return;
		const now = this.store.account(this.mode.base.id);
		if (now && sameContent(now, this.mode.base)) return;
		this.mode.changedElsewhere = true;
		this.say('[data-kam-editing-note]', this.store.t(now ? 'form.changedElsewhere' : 'form.removedWhileEditing'));
	}

	private read(): AccountInput {
		const data = new FormData(this.form);
		const value = (name: string) => String(data.get(name) ?? '');
		return {
			name: value('name'),
			tier: value('tier'),
			scope: value('scope'),
			owner: value('owner'),
			revenue: value('revenue'),
			notes: value('notes'),
			nextReview: value('nextReview'),
			attractiveness: value('attractiveness'),
			strength: value('strength'),
			reason: value('reason'),
			sponsor: data.get('sponsor') === 'on',
			// Editing keeps the stored assessment code; a new account has none.
			answers: this.mode.kind === 'edit' ? this.mode.base.answers : '',
		};
	}

	private fill(a: AccountInput) {
		for (const name of FIELDS) this.field(name).value = a[name];
		this.field('sponsor').checked = a.sponsor;
	}

	/** The tier history of the account being edited, latest first; hidden while adding. */
	private showHistory(account: SavedAccount | null) {
		const { store } = this;
		this.one('[data-kam-history]').hidden = !account;
		const history = [...(account?.history ?? [])].reverse();
		this.one('[data-kam-no-history]').hidden = history.length > 0;
		setItems(
			this.one('[data-kam-history-list]'),
			history.map((c) => {
				const vars = { date: store.date(c.date), from: store.tierName(c.from), to: store.tierName(c.to), reason: c.reason ?? '' };
				return { text: store.t(c.reason ? 'history.itemReason' : 'history.item', vars) };
			}),
		);
	}

	private show(heading: string) {
		const editing = this.one('[data-kam-editing]');
		editing.hidden = !heading;
		editing.textContent = heading;
		this.say('[data-kam-editing-note]', '');
		this.one('[data-kam-action="cancel-edit"]').hidden = !heading;
		this.say('[data-kam-submit]', this.store.t(heading ? 'form.save' : 'form.add'));
		this.say('[data-kam-form-error]', '');
		const name = this.field('name');
		name.removeAttribute('aria-invalid');
		// After Enter in the name field the focus is there already: focusing again would only cost a layout.
		if (document.activeElement !== name) name.focus();
	}

	private startEditing(account: SavedAccount) {
		this.mode = { kind: 'edit', base: account, changedElsewhere: false };
		this.fill(inputOf(account));
		this.showHistory(account);
		this.show(this.store.t('form.editing', { name: account.name }));
	}

	private startRepair(key: string) {
		const held = this.store.state.held.find((h) => h.key === key);
		if (!held) return;
		this.mode = { kind: 'held', key };
		this.fill(heldInput(held, this.store.config.vocabulary));
		this.showHistory(null);
		this.show(this.store.t('form.repairing', { name: held.name || '–' }));
	}

	private startOver(keep: Partial<AccountInput> = {}) {
		this.mode = { kind: 'add' };
		this.form.reset();
		this.fill({ ...this.read(), ...keep });
		this.showHistory(null);
		this.show('');
	}

	private submit() {
		const { store } = this;
		const input = this.read();
		const now = new Date().toISOString();
		const mode = this.mode;
		let saved: SavedAccount | undefined;
		let other: SavedAccount | null = null;
		let message = '';
		const errors = store.update((current) => {
			if (mode.kind === 'add') {
				const r = addEntry(current.accounts, input, store.catalogue, newAccountId(), now);
				if (!r.ok) return { state: null, result: r.errors };
				saved = r.list.at(-1);
				message = store.t('added', { name: saved!.name });
				return { state: { ...current, accounts: r.list }, result: [] };
			}
			if (mode.kind === 'edit') {
				// Saved over what is stored now: another tab may have changed the account, or removed it.
				const stored = current.accounts.find((a) => a.id === mode.base.id);
				const list = stored ? current.accounts : [...current.accounts, mode.base];
				const r = editEntry(list, mode.base.id, input, store.catalogue, store.today);
				if (!r.ok) return { state: null, result: r.errors };
				saved = r.list.find((a) => a.id === mode.base.id);
				other = stored && !sameContent(stored, mode.base) && !sameContent(stored, saved!) ? stored : null;
				message = store.t(!stored ? 'form.removedElsewhere' : other ? 'form.conflict' : 'saved', { name: saved!.name });
				return { state: { ...current, accounts: r.list }, result: [] };
			}
			// A held entry becomes an account; it keeps its id and date where they are readable.
			const held = current.held.find((h) => h.key === mode.key);
			const { errors, clean } = validateInput(input, store.catalogue);
			if (errors.length) return { state: null, result: errors };
			const raw = (held?.raw ?? {}) as Record<string, unknown>;
			const id =
				typeof raw.id === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(raw.id) && !current.accounts.some((a) => a.id === raw.id)
					? raw.id
					: newAccountId();
			saved = toAccount(
				id,
				clean,
				normaliseTimestamp(raw.assessedAt) ?? now,
				held ? heldHistory(held, store.config.vocabulary) : undefined,
			);
			message = store.t('saved', { name: saved.name });
			return {
				state: { ...current, accounts: [...current.accounts, saved], held: current.held.filter((h) => h.key !== mode.key) },
				result: [],
			};
		});
		const name = this.field('name');
		if (errors.length) {
			this.say('[data-kam-form-error]', errorsText(store, errors));
			name.setAttribute('aria-invalid', String(errors.includes('name-missing')));
			(errors.includes('name-missing') || errors.includes('full') ? name : this.field('scope')).focus();
			return;
		}
		this.other = other;
		this.one('[data-kam-conflict]').hidden = !other;
		store.say(message);
		this.startOver({ tier: input.tier, scope: input.scope });
	}

	/** Puts the other tab's version back, as a new change. */
	private restoreOther() {
		const other = this.other;
		if (!other) return;
		this.other = null;
		this.one('[data-kam-conflict]').hidden = true;
		this.store.update((current) => ({
			state: { ...current, accounts: current.accounts.map((a) => (a.id === other.id ? { ...other } : a)) },
			result: undefined,
		}));
		this.store.say(this.store.t('form.restoredOther', { name: other.name }));
		this.field('name').focus();
	}
}
