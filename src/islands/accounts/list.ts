// <kam-accounts-list data-kind="key|none">: the placed key accounts, or the accounts that are not key accounts, as a
// table with Edit, Remove and Move per row – a page of rows at a time, with a filter, so that thousands of accounts
// stay quick to show and to change. Rows are kept per account and only rebuilt when that account changes.
import { cellKey, reclassify, removeEntry, type Change } from '#src/domain/accounts/state.ts';
import { norm, type SavedAccount } from '#src/domain/accounts/storage.ts';
import { summariseCode } from '#src/domain/assessment/summary.ts';
import { AccountsPart, actionButton, el, focusForm, setChildren } from './part.ts';
import { errorsText } from './text.ts';

/** One line of a row's actions. */
function line(...nodes: HTMLElement[]): HTMLDivElement {
	const div = el('div');
	div.append(...nodes);
	return div;
}

/** Rows per page. */
export const PAGE_SIZE = 100;

export class AccountsList extends AccountsPart {
	private page = 0;
	private query = '';
	private rows = new WeakMap<SavedAccount, HTMLTableRowElement>();
	/** The day the rows were drawn on: a review falls due at midnight. */
	private day = '';
	private searchTexts = new WeakMap<SavedAccount, string>();
	private moveTemplate!: HTMLSelectElement;

	private get kind() {
		return this.dataset.kind === 'none' ? 'none' : 'key';
	}

	protected override setUp() {
		this.moveTemplate = this.moveSelect();
		this.onAction((action, button) => this.act(action, button));
		this.one<HTMLInputElement>('[data-kam-filter]').addEventListener('input', (event) => {
			this.query = norm((event.target as HTMLInputElement).value);
			this.page = 0;
			this.render();
		});
	}

	private act(action: string, button: HTMLElement) {
		const { store } = this;
		if (action === 'page-previous' || action === 'page-next') {
			this.page += action === 'page-next' ? 1 : -1;
			this.render();
			// The button may have just been hidden (first or last page): keep the focus in the pager.
			if (button.hidden) this.one<HTMLElement>(`[data-kam-action="${action === 'page-next' ? 'page-previous' : 'page-next'}"]`).focus();
			return;
		}
		const account = store.account(button.closest<HTMLElement>('[data-id]')?.dataset.id ?? '');
		if (!account) return;
		if (action === 'edit') store.edit({ account });
		if (action === 'remove') {
			store.update((current) => ({ state: { ...current, accounts: removeEntry(current.accounts, account.id) }, result: undefined }));
			store.say(store.t('removed', { name: account.name }));
			focusForm();
		}
		if (action === 'move') {
			const [tier = '', scope = ''] = (button.parentElement?.querySelector('select')?.value ?? '').split(' ');
			const result = store.update<Change>((current) => {
				const r = reclassify(current.accounts, account.id, { tier, scope }, store.catalogue, store.today);
				return { state: r.ok ? { ...current, accounts: r.list } : null, result: r };
			});
			if (!result.ok) return store.say(errorsText(store, result.errors));
			store.say(store.t('moved', { name: account.name, cell: store.cellName({ tier: tier || null, scope: scope || null }) }));
			focusForm();
		}
	}

	protected override render() {
		const { store } = this;
		const { today } = store;
		if (today !== this.day) {
			this.day = today;
			this.rows = new WeakMap();
		}
		const key = this.kind === 'key';
		const all = store.list.filter((a) => key === (a.tier !== null));
		const q = this.query;
		const accounts = q ? all.filter((a) => this.searchText(a).includes(q)) : all;
		const pages = Math.max(1, Math.ceil(accounts.length / PAGE_SIZE));
		this.page = Math.min(Math.max(this.page, 0), pages - 1);
		const from = this.page * PAGE_SIZE;
		const shown = accounts.slice(from, from + PAGE_SIZE);
		setChildren(
			this.one(`[data-kam-rows="${this.kind}"]`),
			shown.map((a) => this.row(a)),
		);
		this.one(`[data-kam-table="${this.kind}"]`).hidden = shown.length === 0;
		this.one(`[data-kam-empty="${this.kind}"]`).hidden = all.length > 0;
		this.one('[data-kam-find]').hidden = all.length <= PAGE_SIZE && !q;
		this.say('[data-kam-no-match]', q && !accounts.length ? store.t('list.noMatch') : '');
		this.one('[data-kam-pager]').hidden = accounts.length <= PAGE_SIZE;
		this.say(
			'[data-kam-range]',
			accounts.length ? store.t('list.range', { from: from + 1, to: from + shown.length, count: accounts.length }) : '',
		);
		this.one('[data-kam-action="page-previous"]').hidden = this.page === 0;
		this.one('[data-kam-action="page-next"]').hidden = this.page >= pages - 1;
	}

	/** What the filter looks in: name and owner, normalised once per account. */
	private searchText(a: SavedAccount): string {
		let text = this.searchTexts.get(a);
		if (text === undefined) this.searchTexts.set(a, (text = norm(`${a.name}\n${a.owner ?? ''}`)));
		return text;
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

	/** A cell with one line per text; the first is the main one (if any), the others are smaller notes. */
	private lines([main, ...notes]: readonly string[]) {
		const td = el('td', main);
		for (const note of notes.filter(Boolean)) {
			if (td.firstChild) td.append(el('br'));
			td.append(el('small', note));
		}
		return td;
	}

	/** "since 1 Mar 2026, before: Key Account" for an account whose tier changed. */
	private lastChange(a: SavedAccount): string {
		const change = a.history?.at(-1);
		return change ? this.store.t('list.changed', { date: this.store.date(change.date), from: this.store.tierName(change.from) }) : '';
	}

	/** The next review's date, marked when it is due. */
	private review(a: SavedAccount) {
		const td = el('td');
		if (!a.nextReview) return td;
		const date = this.store.date(a.nextReview);
		if (a.nextReview > this.day) td.textContent = date;
		else {
			td.append(el('strong', this.store.t('list.reviewDue', { date })));
			td.className = 'kam-accounts__due';
		}
		return td;
	}

	/** What the stored self-assessment says: its result with its flags, and the revenue band; nothing when there is none. */
	private assessment(a: SavedAccount): string[] {
		const { store } = this;
		const summary = a.answers ? summariseCode(store.config.model, a.answers) : null;
		if (!summary) return [];
		const result =
			summary.status === 'tier'
				? store.cellName(summary)
				: summary.status === 'not-key-account'
					? store.t('field.notKey')
					: store.t(summary.status === 'undecided' ? 'list.undecided' : 'list.incomplete');
		const band = summary.revenue === null ? undefined : store.config.revenueBands[summary.revenue];
		const flags = summary.flags.map((f) => store.config.flags[f]);
		return [store.t('list.assessedAs', { result: [result, ...flags].join(' · ') }), band ? store.t('list.revenueBand', { band }) : ''];
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
			this.lines([store.cellName(a), this.lastChange(a), ...this.assessment(a)]),
			this.lines([a.owner ?? '', store.t('list.sponsor', { answer: store.t(a.sponsor ? 'yes' : 'no') })]),
			this.review(a),
			el('td', a.revenue ?? ''),
			el('td', a.notes ?? ''),
		];
		tr.append(name, ...cells);
		const select = this.moveTemplate.cloneNode(true) as HTMLSelectElement;
		select.value = a.tier === null ? '' : cellKey(a.tier, a.scope ?? '');
		select.setAttribute('aria-label', store.t('list.moveLabel', { name: a.name }));
		const actions = el('td');
		actions.className = 'kam-print-hidden kam-accounts__actions';
		// Edit and Remove on one line, the new cell and Move on the next, so that the column stays narrow.
		actions.append(
			line(
				actionButton('edit', store.t('list.edit'), store.t('list.editLabel', { name: a.name })),
				actionButton('remove', store.t('list.remove'), store.t('list.removeLabel', { name: a.name })),
			),
			line(select, actionButton('move', store.t('list.move'), store.t('list.moveButtonLabel', { name: a.name }))),
		);
		tr.append(actions);
		this.rows.set(a, tr);
		return tr;
	}
}
