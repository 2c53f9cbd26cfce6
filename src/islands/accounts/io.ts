// <kam-accounts-io>: export as CSV or JSON backup, print, and import a file – read in its own encoding, previewed
// with what it noticed, every refused row and what merging would do, applied only when the user chooses merge or
// replace (replace asks first), and undoable in one step.
import type { Applied, ImportRow } from '#src/domain/accounts/transfer.ts';
import { MAX_ACCOUNTS, MAX_IMPORT_BYTES, newAccountId } from '#src/domain/accounts/storage.ts';
import { AccountsPart, ask, download, el, focusSoon } from './part.ts';

type Work = typeof import('./io-work.ts');
let work: Promise<Work> | undefined;
/** The import and export code, loaded once on first use. */
const loadWork = () => (work ??= import('./io-work.ts'));

/** Most refused rows listed in an import preview. */
const MAX_PREVIEW_ERRORS = 50;
/** Names listed in a confirmation before "and N more". */
const NAMES_IN_QUESTION = 10;

export class AccountsIo extends AccountsPart {
	private pending: { file: string; type: 'csv' | 'json'; rows: ImportRow[]; work: Work } | null = null;
	/** The undoable change this part made last, if it is still the store's. */
	private undoLabel: string | null = null;

	protected override setUp() {
		const { store } = this;
		// The code is fetched as soon as the user comes near the section, so that it is there by the click.
		for (const intent of ['pointerover', 'focusin'] as const) this.addEventListener(intent, () => void loadWork(), { once: true });
		this.onAction(async (action) => {
			if (action === 'export-csv') {
				const { accountsToCsv } = await loadWork();
				this.save(`key-accounts-${store.config.lang}.csv`, accountsToCsv(store.list, store.config.vocabulary), 'text/csv;charset=utf-8');
			}
			if (action === 'export-json') {
				const { accountsToJson } = await loadWork();
				this.save('key-accounts-backup.json', accountsToJson(store.list, new Date().toISOString()), 'application/json');
			}
			if (action === 'print') window.print();
			if (action === 'apply-import') void this.apply();
			if (action === 'cancel-import') this.close(store.t('preview.cancelled'));
			if (action === 'undo') this.undo();
		});
		this.one('[data-kam-import]').addEventListener('change', (event) => void this.read(event.target as HTMLInputElement));
		for (const radio of this.querySelectorAll('input[name="kam-import-mode"]')) radio.addEventListener('change', () => this.plan());
		store.on('undo', (label) => {
			if (label !== this.undoLabel) this.undoLabel = null;
			this.one('[data-kam-undo]').hidden = this.undoLabel === null;
		});
	}

	protected override render() {
		if (this.pending) this.plan();
	}

	private save(file: string, content: string, type: string) {
		download(this, file, content, type);
		this.say('[data-kam-io-status]', this.store.t('io.exported', { file }));
	}

	private async read(input: HTMLInputElement) {
		const { store } = this;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		this.close('');
		if (file.size > MAX_IMPORT_BYTES) return this.say('[data-kam-io-status]', store.t('problem.too-large'));
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			return this.say('[data-kam-io-status]', store.t('problem.unreadable', { detail: '' }));
		}
		const work = await loadWork();
		const { importFile, noteText, rowErrorsText } = work;
		const result = importFile(file.name, bytes, store.config.vocabulary, store.catalogue);
		if (!result.ok) return this.say('[data-kam-io-status]', store.t(`problem.${result.problem}`, { detail: result.detail ?? '' }));
		this.pending = { file: file.name, type: result.type, rows: result.rows, work };
		const invalid = result.rows.filter((r) => r.errors.length);
		this.say(
			'[data-kam-preview-counts]',
			store.t('preview.counts', { file: file.name, valid: result.rows.length - invalid.length, invalid: invalid.length }),
		);
		this.one('[data-kam-preview-notes]').replaceChildren(...result.notes.map((n) => el('li', noteText(store, n))));
		const line = result.type === 'csv' ? 'preview.row' : 'preview.entry';
		const items = invalid
			.slice(0, MAX_PREVIEW_ERRORS)
			.map((r) => el('li', store.t(line, { line: r.line, name: r.input.name || '–', errors: rowErrorsText(store, r.errors) })));
		if (invalid.length > MAX_PREVIEW_ERRORS) items.push(el('li', store.t('preview.more', { count: invalid.length - MAX_PREVIEW_ERRORS })));
		this.one('[data-kam-preview-errors]').replaceChildren(...items);
		this.one<HTMLInputElement>('input[name="kam-import-mode"][value="merge"]').checked = true;
		this.plan();
		this.say('[data-kam-io-status]', '');
		this.one('[data-kam-preview]').hidden = false;
		this.one('#import-preview').focus();
	}

	private mode(): 'merge' | 'replace' {
		return this.querySelector<HTMLInputElement>('input[name="kam-import-mode"]:checked')?.value === 'replace' ? 'replace' : 'merge';
	}

	/** What applying would do with the list as it is now (another tab may change it while the preview is open). */
	private plan() {
		const { store, pending } = this;
		if (!pending) return;
		const count = store.list.length;
		this.say('[data-kam-mode="merge"]', store.t('preview.merge', { count }));
		this.say('[data-kam-mode="replace"]', store.t('preview.replace', { count }));
		const valid = pending.rows.some((r) => !r.errors.length);
		this.one('[data-kam-preview-apply]').hidden = !valid;
		if (!valid) return this.say('[data-kam-preview-plan]', store.t('preview.nothing'));
		const plan = pending.work.applyImport(store.list, pending.rows, this.mode(), null, '');
		this.say('[data-kam-preview-plan]', this.outcome(plan, this.mode(), 'preview.plan'));
	}

	private outcome(r: Applied, mode: 'merge' | 'replace', key: 'preview.plan' | 'preview.done'): string {
		const { store } = this;
		const parts = [store.t(key, { added: r.added, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped })];
		if (mode === 'replace' && key === 'preview.plan') parts.push(store.t('preview.removes', { count: store.list.length }));
		if (r.kept.length)
			parts.push(store.t('preview.kept', { count: r.kept.length, names: store.names(r.kept.slice(0, NAMES_IN_QUESTION), r.kept.length) }));
		if (r.full) parts.push(store.t('preview.full', { count: r.full, max: MAX_ACCOUNTS }));
		return parts.join(' ');
	}

	private async apply() {
		const { store, pending } = this;
		if (!pending) return;
		const mode = this.mode();
		if (mode === 'replace' && store.list.length) {
			const count = store.list.length;
			const valid = pending.rows.filter((r) => !r.errors.length).length;
			const confirmed = await ask(this, {
				title: store.t('confirm.replace.title'),
				body: store.t('confirm.replace.body', { count, valid, file: pending.file }),
				detail: store.t('confirm.names', {
					names: store.names(
						store.list.slice(0, NAMES_IN_QUESTION).map((a) => a.name),
						count,
					),
				}),
				confirm: store.t('confirm.replace.button', { count }),
			});
			if (!confirmed || this.pending !== pending) return;
		}
		const label = store.t('undo.import', { file: pending.file });
		this.undoLabel = label;
		const result = store.updateUndoable(label, (current) => {
			const r = pending.work.applyImport(current.accounts, pending.rows, mode, newAccountId, new Date().toISOString());
			return { state: { ...current, accounts: r.list }, result: r };
		});
		this.close(this.outcome(result, mode, 'preview.done'));
	}

	private undo() {
		const label = this.store.undo();
		if (label) this.say('[data-kam-io-status]', this.store.t('undone', { what: label }));
		this.one('[data-kam-import]').focus();
	}

	private close(message: string) {
		this.pending = null;
		this.one('[data-kam-preview]').hidden = true;
		this.say('[data-kam-io-status]', message);
		if (message) focusSoon(this.one('[data-kam-import]'));
	}
}

/** <kam-accounts-delete>: removes every account (and held entry) from this browser after the user confirms; undoable. */
export class AccountsDelete extends AccountsPart {
	private undoLabel: string | null = null;

	protected override setUp() {
		const { store } = this;
		this.onAction(async (action) => {
			if (action === 'undo') {
				const label = store.undo();
				if (label) this.say('[data-kam-delete-status]', store.t('undone', { what: label }));
				return;
			}
			const count = store.list.length + store.state.held.length;
			if (action !== 'delete-all' || !count) return;
			const confirmed = await ask(this, {
				title: store.t('confirm.delete.title'),
				body: store.t('confirm.delete.body', { count }),
				confirm: store.t('confirm.delete.button', { count }),
			});
			if (!confirmed) return;
			this.undoLabel = store.t('undo.deleteAll');
			store.updateUndoable(this.undoLabel, (current) => ({ state: { ...current, accounts: [], held: [] }, result: undefined }));
			this.say('[data-kam-delete-status]', store.t('delete.done'));
		});
		store.on('undo', (label) => {
			if (label !== this.undoLabel) this.undoLabel = null;
			this.one('[data-kam-undo]').hidden = this.undoLabel === null;
		});
	}
}
