// kam-account-workspace: keeps the user's accounts in localStorage and shows them in the server-rendered matrix.
// All state changes go through the pure functions in src/lib/accounts-state.ts; this file only wires the DOM.
// Every piece of user or imported text is set with textContent, never parsed as HTML.
import {
	accountsToCsv,
	accountsToJson,
	accountWarnings,
	addEntry,
	applyImport,
	cellCounts,
	cellKey,
	editEntry,
	importCsv,
	importJson,
	inputOf,
	MAX_IMPORT_CHARS,
	reclassify,
	removeEntry,
	type AccountInput,
	type Catalogue,
	type Change,
	type ImportRow,
	type Warning,
} from '#src/domain/accounts/state.ts';
import { ACCOUNTS_KEY, MAX_ACCOUNTS, newAccountId, parseAccounts, type SavedAccount } from '#src/domain/accounts/storage.ts';
import type { WorkspaceConfig } from './config.ts';

const fill = (template: string, vars: Record<string, string | number> = {}) =>
	template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => (key in vars ? String(vars[key]) : m));
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
	const node = document.createElement(tag);
	if (text) node.textContent = text;
	return node;
};
/** Most error rows listed in an import preview. */
const MAX_PREVIEW_ERRORS = 50;
/** Rows shown per list until the user asks for all: keeps a list of thousands quick to redraw. */
const ROWS_SHOWN = 100;
/** Names shown per matrix cell; the count always covers all. */
const NAMES_SHOWN = 25;

class KamAccountWorkspace extends HTMLElement {
	private config!: WorkspaceConfig;
	private catalogue!: Catalogue;
	private list: SavedAccount[] = [];
	private storage: Storage | null = null;
	private pending: { rows: ImportRow[]; file: string } | null = null;
	private moveTemplate!: HTMLSelectElement;
	private showAll = { key: false, none: false };

	connectedCallback() {
		let config: WorkspaceConfig;
		try {
			config = JSON.parse(this.querySelector('[data-kam-config]')?.textContent ?? '');
		} catch {
			return;
		}
		if (!config?.model) return;
		this.config = config;
		this.catalogue = { tiers: config.tiers.map((t) => t.id), scopes: config.scopes.map((s) => s.id), model: config.model };
		for (const node of this.all('[data-kam-nojs]')) node.hidden = true;
		for (const node of this.all('[data-kam-js]')) node.hidden = false;
		this.moveTemplate = this.buildMoveSelect();
		try {
			const storage = window.localStorage;
			this.list = parseAccounts(storage.getItem(ACCOUNTS_KEY));
			this.storage = storage;
		} catch {
			this.notice(this.text('storageUnavailable'));
		}
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.submit();
		});
		this.addEventListener('click', (event) => this.onClick(event));
		this.one('[data-kam-import]')?.addEventListener('change', (event) => void this.readFile(event.target as HTMLInputElement));
		window.addEventListener('storage', (event) => {
			if (event.key === ACCOUNTS_KEY && this.storage) {
				this.list = parseAccounts(event.newValue);
				this.render();
			}
		});
		this.render();
	}

	private get form() {
		return this.querySelector<HTMLFormElement>('[data-kam-form]')!;
	}

	private all(selector: string) {
		return this.querySelectorAll<HTMLElement>(selector);
	}

	private one(selector: string) {
		return this.querySelector<HTMLElement>(selector);
	}

	private text(key: string, vars: Record<string, string | number> = {}) {
		return fill(this.config.text[key] ?? key, vars);
	}

	private say(selector: string, message: string) {
		const node = this.one(selector);
		if (node) node.textContent = message;
	}

	private notice(message: string) {
		const node = this.one('[data-kam-storage]');
		if (node) {
			node.textContent = message;
			node.hidden = false;
		}
	}

	private tierName = (id: string | null) => (id === null ? this.text('field.notKey') : (this.config.tiers.find((t) => t.id === id)?.name ?? id));
	private scopeName = (id: string | null) => (id === null ? '' : (this.config.scopes.find((s) => s.id === id)?.name ?? id));
	private cellName = (a: { tier: string | null; scope: string | null }) => [this.tierName(a.tier), this.scopeName(a.scope)].filter(Boolean).join(' · ');

	/** Writes the list to storage; on failure keeps it for the session and says so. */
	private persist(list: SavedAccount[]) {
		this.list = list;
		if (!this.storage) return;
		try {
			if (list.length) this.storage.setItem(ACCOUNTS_KEY, JSON.stringify(list));
			else this.storage.removeItem(ACCOUNTS_KEY);
		} catch {
			this.notice(this.text('storageFull'));
		}
	}

	private readForm(): AccountInput & { id: string } {
		const data = new FormData(this.form);
		const value = (name: string) => String(data.get(name) ?? '');
		const id = value('id');
		return {
			id,
			name: value('name'),
			tier: value('tier'),
			scope: value('scope'),
			owner: value('owner'),
			revenue: value('revenue'),
			notes: value('notes'),
			sponsor: data.get('sponsor') === 'on',
			// Editing keeps the stored assessment code; a new account has none.
			answers: this.list.find((a) => a.id === id)?.answers ?? '',
		};
	}

	private fillForm(a: AccountInput & { id: string }) {
		const f = this.form.elements as unknown as Record<string, HTMLInputElement>;
		for (const name of ['id', 'name', 'tier', 'scope', 'owner', 'revenue', 'notes'] as const) f[name]!.value = a[name];
		f.sponsor!.checked = a.sponsor;
	}

	private setEditing(account: SavedAccount | null) {
		const editing = this.one('[data-kam-editing]')!;
		editing.hidden = !account;
		editing.textContent = account ? this.text('form.editing', { name: account.name }) : '';
		this.one('[data-kam-action="cancel-edit"]')!.hidden = !account;
		this.say('[data-kam-submit]', this.text(account ? 'form.save' : 'form.add'));
	}

	private errorsText(errors: string[]) {
		return errors.map((e) => this.text(`err.${e}`, { max: MAX_ACCOUNTS })).join(' ');
	}

	private submit() {
		const input = this.readForm();
		const now = new Date().toISOString();
		const result: Change = input.id ? editEntry(this.list, input.id, input, this.catalogue) : addEntry(this.list, input, this.catalogue, newAccountId(), now);
		const name = this.form.elements.namedItem('name') as HTMLInputElement;
		if (!result.ok) {
			this.say('[data-kam-form-error]', this.errorsText(result.errors));
			name.setAttribute('aria-invalid', String(result.errors.includes('name-missing')));
			(result.errors.includes('name-missing') ? name : (this.form.elements.namedItem('scope') as HTMLSelectElement)).focus();
			return;
		}
		const saved = result.list.find((a) => a.id === input.id) ?? result.list[result.list.length - 1]!;
		this.persist(result.list);
		this.say('[data-kam-form-error]', '');
		name.removeAttribute('aria-invalid');
		this.say('[data-kam-status]', this.text(input.id ? 'saved' : 'added', { name: saved.name }));
		const keep = { tier: input.tier, scope: input.scope };
		this.form.reset();
		this.fillForm({ ...this.readForm(), id: '', ...keep });
		this.setEditing(null);
		this.render();
		name.focus();
	}

	private onClick(event: Event) {
		const button = (event.target as Element).closest<HTMLElement>('[data-kam-action]');
		if (!button) return;
		const id = button.closest<HTMLElement>('[data-id]')?.dataset.id ?? '';
		const account = this.list.find((a) => a.id === id);
		switch (button.dataset.kamAction) {
			case 'edit':
				if (!account) return;
				this.fillForm({ ...inputOf(account), id });
				this.setEditing(account);
				(this.form.elements.namedItem('name') as HTMLInputElement).focus();
				break;
			case 'cancel-edit':
				this.form.reset();
				this.fillForm({ ...this.readForm(), id: '' });
				this.setEditing(null);
				(this.form.elements.namedItem('name') as HTMLInputElement).focus();
				break;
			case 'remove':
				if (!account) return;
				this.persist(removeEntry(this.list, id));
				this.say('[data-kam-status]', this.text('removed', { name: account.name }));
				this.render();
				this.one('#add-account')?.focus();
				break;
			case 'move': {
				if (!account) return;
				const [tier = '', scope = ''] = (button.parentElement?.querySelector('select')?.value ?? '').split(' ');
				const result = reclassify(this.list, id, tier, scope, this.catalogue);
				if (!result.ok) return this.say('[data-kam-status]', this.errorsText(result.errors));
				this.persist(result.list);
				this.say('[data-kam-status]', this.text('moved', { name: account.name, cell: this.cellName({ tier: tier || null, scope: scope || null }) }));
				this.render();
				this.one('#add-account')?.focus();
				break;
			}
			case 'export-csv':
				this.download(`key-accounts-${this.config.lang}.csv`, accountsToCsv(this.list, this.config.vocabulary), 'text/csv;charset=utf-8');
				break;
			case 'export-json':
				this.download('key-accounts-backup.json', accountsToJson(this.list, new Date().toISOString()), 'application/json');
				break;
			case 'show-all': {
				const kind = button.dataset.kamKind === 'none' ? 'none' : 'key';
				this.showAll[kind] = true;
				this.render();
				this.one(`[data-kam-rows="${kind}"] tr:nth-child(${ROWS_SHOWN + 1}) button`)?.focus();
				break;
			}
			case 'print':
				window.print();
				break;
			case 'apply-import':
				this.applyImport();
				break;
			case 'cancel-import':
				this.closePreview(this.text('preview.cancelled'));
				break;
			case 'delete-all':
				if (!this.list.length || !window.confirm(this.text('delete.confirm', { count: this.list.length }))) return;
				this.persist([]);
				this.say('[data-kam-delete-status]', this.text('delete.done'));
				this.render();
				break;
		}
	}

	private download(file: string, content: string, type: string) {
		const url = URL.createObjectURL(new Blob([content], { type }));
		const link = el('a');
		link.href = url;
		link.download = file;
		link.hidden = true;
		this.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 0);
		this.say('[data-kam-io-status]', this.text('io.exported', { file }));
	}

	private async readFile(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		this.closePreview('');
		if (file.size > MAX_IMPORT_CHARS) return this.say('[data-kam-io-status]', this.text('problem.too-large'));
		let text: string;
		try {
			text = await file.text();
		} catch {
			return this.say('[data-kam-io-status]', this.text('problem.unreadable', { detail: '' }));
		}
		const json = /\.json$/i.test(file.name) || /^\uFEFF?\s*[[{]/.test(text);
		const result = json ? importJson(text, this.catalogue) : importCsv(text, this.config.vocabulary, this.catalogue);
		if (!result.ok) return this.say('[data-kam-io-status]', this.text(`problem.${result.problem}`, { detail: result.detail ?? '' }));
		this.pending = { rows: result.rows, file: file.name };
		const invalid = result.rows.filter((r) => r.errors.length);
		this.say('[data-kam-preview-counts]', this.text('preview.counts', { file: file.name, valid: result.rows.length - invalid.length, invalid: invalid.length }));
		const items = invalid.slice(0, MAX_PREVIEW_ERRORS).map((r) => el('li', this.text('preview.row', { line: r.line, name: r.input.name || '–', errors: this.errorsText(r.errors) })));
		if (invalid.length > MAX_PREVIEW_ERRORS) items.push(el('li', this.text('preview.more', { count: invalid.length - MAX_PREVIEW_ERRORS })));
		this.one('[data-kam-preview-errors]')!.replaceChildren(...items);
		this.say('[data-kam-mode="merge"]', this.text('preview.merge', { count: this.list.length }));
		this.say('[data-kam-mode="replace"]', this.text('preview.replace', { count: this.list.length }));
		(this.querySelector('input[name="kam-import-mode"][value="merge"]') as HTMLInputElement).checked = true;
		this.say('[data-kam-io-status]', '');
		this.one('[data-kam-preview]')!.hidden = false;
		this.one('#import-preview')?.focus();
	}

	private applyImport() {
		if (!this.pending) return;
		const mode = (this.querySelector('input[name="kam-import-mode"]:checked') as HTMLInputElement | null)?.value === 'replace' ? 'replace' : 'merge';
		const result = applyImport(this.list, this.pending.rows, mode, newAccountId, new Date().toISOString());
		this.persist(result.list);
		this.render();
		this.closePreview(this.text('preview.done', { added: result.added, updated: result.updated, skipped: result.skipped }));
	}

	private closePreview(message: string) {
		this.pending = null;
		this.one('[data-kam-preview]')!.hidden = true;
		this.say('[data-kam-io-status]', message);
		if (message) this.one('[data-kam-import]')?.focus();
	}

	private buildMoveSelect() {
		const select = el('select');
		for (const tier of this.config.tiers)
			for (const scope of this.config.scopes) {
				const option = el('option', `${tier.name} · ${scope.name}`);
				option.value = cellKey(tier.id, scope.id);
				select.append(option);
			}
		const none = el('option', this.text('field.notKey'));
		none.value = '';
		select.append(none);
		return select;
	}

	private row(a: SavedAccount) {
		const tr = el('tr');
		tr.dataset.id = a.id;
		const name = el('th', a.name);
		name.scope = 'row';
		tr.append(
			name,
			el('td', this.tierName(a.tier)),
			el('td', this.scopeName(a.scope)),
			el('td', a.owner ?? ''),
			el('td', a.revenue ?? ''),
			el('td', this.text(a.sponsor ? 'yes' : 'no')),
			el('td', a.notes ?? ''),
		);
		const actions = el('td');
		actions.className = 'kam-print-hidden kam-ws__actions';
		const button = (action: string, label: string, aria: string) => {
			const b = el('button', label);
			b.type = 'button';
			b.dataset.kamAction = action;
			b.setAttribute('aria-label', aria);
			return b;
		};
		const select = this.moveTemplate.cloneNode(true) as HTMLSelectElement;
		select.value = a.tier === null ? '' : cellKey(a.tier, a.scope ?? '');
		select.setAttribute('aria-label', this.text('list.moveLabel', { name: a.name }));
		actions.append(
			button('edit', this.text('list.edit'), this.text('list.editLabel', { name: a.name })),
			button('remove', this.text('list.remove'), this.text('list.removeLabel', { name: a.name })),
			select,
			button('move', this.text('list.move'), this.text('list.moveButtonLabel', { name: a.name })),
		);
		tr.append(actions);
		return tr;
	}

	private warningText(w: Warning) {
		const names = (ids: string[]) => ids.map((id) => this.list.find((a) => a.id === id)?.name ?? '').join(', ');
		switch (w.kind) {
			case 'total':
				return this.text('warn.total', { count: w.count, limit: w.limit });
			case 'owner':
				return this.text('warn.owner', { owner: w.owner, count: w.count, limit: w.limit });
			case 'sponsor':
				return this.text('warn.sponsor', { tier: this.tierName(w.tier), names: names(w.ids) });
			case 'contradiction': {
				const a = this.list.find((x) => x.id === w.ids[0]);
				return this.text('warn.contradiction', { name: a?.name ?? '', chosen: this.tierName(a?.tier ?? null), assessed: this.tierName(w.assessedTier) });
			}
		}
	}

	/** Draws everything from the list: counts, names per cell, both tables and the warnings. */
	private render() {
		const counts = cellCounts(this.list, this.catalogue);
		const byCell = new Map<string, string[]>();
		for (const a of this.list) {
			if (a.tier === null || a.scope === null) continue;
			const key = cellKey(a.tier, a.scope);
			const names = byCell.get(key) ?? [];
			names.push(a.name);
			byCell.set(key, names);
		}
		for (const cell of this.all('[data-kam-cell]')) {
			const key = cell.dataset.kamCell!;
			cell.querySelector('[data-kam-count]')!.textContent = this.text('matrix.count', { count: counts.cells[key] ?? 0 });
			const names = byCell.get(key) ?? [];
			const items = names.slice(0, NAMES_SHOWN).map((n) => el('li', n));
			if (names.length > NAMES_SHOWN) items.push(el('li', this.text('matrix.more', { count: names.length - NAMES_SHOWN })));
			cell.querySelector('[data-kam-names]')!.replaceChildren(...items);
		}
		this.say('[data-kam-totals]', this.text('matrix.totals', { key: counts.keyAccounts - counts.unplaced, notKey: counts.notKey }));
		const unplaced = this.one('[data-kam-unplaced]')!;
		unplaced.hidden = counts.unplaced === 0;
		unplaced.textContent = counts.unplaced ? this.text('matrix.unplaced', { count: counts.unplaced }) : '';

		for (const kind of ['key', 'none'] as const) {
			const accounts = this.list.filter((a) => (kind === 'key') === (a.tier !== null));
			const shown = this.showAll[kind] ? accounts : accounts.slice(0, ROWS_SHOWN);
			this.one(`[data-kam-rows="${kind}"]`)!.replaceChildren(...shown.map((a) => this.row(a)));
			const more = this.one(`[data-kam-action="show-all"][data-kam-kind="${kind}"]`)!;
			more.hidden = shown.length === accounts.length;
			more.textContent = this.text('list.showAll', { count: accounts.length });
			this.one(`[data-kam-table="${kind}"]`)!.hidden = accounts.length === 0;
			this.one(`[data-kam-empty="${kind}"]`)!.hidden = accounts.length > 0;
		}

		const warnings = accountWarnings(this.list, this.config.rules, this.config.model);
		this.one('[data-kam-warnings]')!.replaceChildren(
			...warnings.map((w) => {
				const li = el('li', this.warningText(w));
				li.dataset.kamWarning = w.kind;
				return li;
			}),
		);
		this.one('[data-kam-no-warnings]')!.hidden = warnings.length > 0;
	}
}

customElements.define('kam-account-workspace', KamAccountWorkspace);
