// <kam-accounts-list data-kind="key|none">: the placed key accounts, or the accounts that are not key accounts, as a
// table with Edit, Remove and Move per row. Rows are kept per account and only rebuilt when that account changes.
import { cellKey, reclassify, removeEntry } from '#src/domain/accounts/state.ts';
import type { SavedAccount } from '#src/domain/accounts/storage.ts';
import { AccountsPart, el, focusForm } from './part.ts';
import { errorsText } from './text.ts';

/** Rows shown until the user asks for all: keeps a list of thousands quick to redraw. */
const ROWS_SHOWN = 100;

export class AccountsList extends AccountsPart {
	private showAll = false;
	private rows = new WeakMap<SavedAccount, HTMLTableRowElement>();
	private moveTemplate!: HTMLSelectElement;

	private get kind() {
		return this.dataset.kind === 'none' ? 'none' : 'key';
	}

	protected override setUp() {
		this.moveTemplate = this.moveSelect();
		this.onAction((action, button) => this.act(action, button));
	}

	private act(action: string, button: HTMLElement) {
		const { store } = this;
		if (action === 'show-all') {
			this.showAll = true;
			this.render();
			this.querySelector<HTMLElement>(`tbody tr:nth-child(${ROWS_SHOWN + 1}) button`)?.focus();
			return;
		}
		const account = store.account(button.closest<HTMLElement>('[data-id]')?.dataset.id ?? '');
		if (!account) return;
		if (action === 'edit') store.edit(account);
		if (action === 'remove') {
			store.commit(removeEntry(store.list, account.id));
			store.say(store.t('removed', { name: account.name }));
			focusForm();
		}
		if (action === 'move') {
			const [tier = '', scope = ''] = (button.parentElement?.querySelector('select')?.value ?? '').split(' ');
			const result = reclassify(store.list, account.id, tier, scope, store.catalogue);
			if (!result.ok) return store.say(errorsText(store, result.errors));
			store.commit(result.list);
			store.say(store.t('moved', { name: account.name, cell: store.cellName({ tier: tier || null, scope: scope || null }) }));
			focusForm();
		}
	}

	protected override render() {
		const accounts = this.store.list.filter((a) => (this.kind === 'key') === (a.tier !== null));
		const shown = this.showAll ? accounts : accounts.slice(0, ROWS_SHOWN);
		this.one(`[data-kam-rows="${this.kind}"]`).replaceChildren(...shown.map((a) => this.row(a)));
		const more = this.one('[data-kam-action="show-all"]');
		more.hidden = shown.length === accounts.length;
		more.textContent = this.store.t('list.showAll', { count: accounts.length });
		this.one(`[data-kam-table="${this.kind}"]`).hidden = accounts.length === 0;
		this.one(`[data-kam-empty="${this.kind}"]`).hidden = accounts.length > 0;
	}

	/** The options of a row's Move select: every matrix cell in the matrix's order, then "not a key account". */
	private moveSelect() {
		const { config } = this.store;
		const select = el('select');
		for (const tier of config.tiers)
			for (const scope of config.scopes) {
				const option = el('option', `${tier.name} · ${scope.name}`);
				option.value = cellKey(tier.id, scope.id);
				select.append(option);
			}
		const none = el('option', this.store.t('field.notKey'));
		none.value = '';
		select.append(none);
		return select;
	}

	private row(a: SavedAccount) {
		const known = this.rows.get(a);
		if (known) return known;
		const { store } = this;
		const tr = el('tr');
		tr.dataset.id = a.id;
		const name = el('th', a.name);
		name.scope = 'row';
		const cells = [
			store.tierName(a.tier),
			store.scopeName(a.scope),
			a.owner ?? '',
			a.revenue ?? '',
			store.t(a.sponsor ? 'yes' : 'no'),
			a.notes ?? '',
		];
		tr.append(name, ...cells.map((text) => el('td', text)));
		const button = (action: string, label: string, aria: string) => {
			const b = el('button', label);
			b.type = 'button';
			b.dataset.kamAction = action;
			b.setAttribute('aria-label', aria);
			return b;
		};
		const select = this.moveTemplate.cloneNode(true) as HTMLSelectElement;
		select.value = a.tier === null ? '' : cellKey(a.tier, a.scope ?? '');
		select.setAttribute('aria-label', store.t('list.moveLabel', { name: a.name }));
		const actions = el('td');
		actions.className = 'kam-print-hidden kam-accounts__actions';
		actions.append(
			button('edit', store.t('list.edit'), store.t('list.editLabel', { name: a.name })),
			button('remove', store.t('list.remove'), store.t('list.removeLabel', { name: a.name })),
			select,
			button('move', store.t('list.move'), store.t('list.moveButtonLabel', { name: a.name })),
		);
		tr.append(actions);
		this.rows.set(a, tr);
		return tr;
	}
}
