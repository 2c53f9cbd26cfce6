// <kam-accounts-io>: export as CSV or JSON backup, print, and import a file – read, previewed with every invalid row,
// and applied only when the user chooses merge or replace.
import {
	accountsToCsv,
	accountsToJson,
	applyImport,
	importCsv,
	importJson,
	MAX_IMPORT_CHARS,
	type ImportRow,
} from '#src/domain/accounts/state.ts';
import { newAccountId } from '#src/domain/accounts/storage.ts';
import { AccountsPart, el } from './part.ts';
import { errorsText } from './text.ts';

/** Most invalid rows listed in an import preview. */
const MAX_PREVIEW_ERRORS = 50;

export class AccountsIo extends AccountsPart {
	private pending: ImportRow[] | null = null;

	protected override setUp() {
		const { store } = this;
		this.onAction((action) => {
			if (action === 'export-csv')
				this.download(
					`key-accounts-${store.config.lang}.csv`,
					accountsToCsv(store.list, store.config.vocabulary),
					'text/csv;charset=utf-8',
				);
			if (action === 'export-json')
				this.download('key-accounts-backup.json', accountsToJson(store.list, new Date().toISOString()), 'application/json');
			if (action === 'print') window.print();
			if (action === 'apply-import') this.apply();
			if (action === 'cancel-import') this.close(store.t('preview.cancelled'));
		});
		this.one('[data-kam-import]').addEventListener('change', (event) => void this.read(event.target as HTMLInputElement));
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
		this.say('[data-kam-io-status]', this.store.t('io.exported', { file }));
	}

	private async read(input: HTMLInputElement) {
		const { store } = this;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		this.close('');
		if (file.size > MAX_IMPORT_CHARS) return this.say('[data-kam-io-status]', store.t('problem.too-large'));
		let text: string;
		try {
			text = await file.text();
		} catch {
			return this.say('[data-kam-io-status]', store.t('problem.unreadable', { detail: '' }));
		}
		const json = /\.json$/i.test(file.name) || /^\uFEFF?\s*[[{]/.test(text);
		const result = json ? importJson(text, store.catalogue) : importCsv(text, store.config.vocabulary, store.catalogue);
		if (!result.ok) return this.say('[data-kam-io-status]', store.t(`problem.${result.problem}`, { detail: result.detail ?? '' }));
		this.pending = result.rows;
		this.preview(file.name, result.rows);
	}

	private preview(file: string, rows: ImportRow[]) {
		const { store } = this;
		const invalid = rows.filter((r) => r.errors.length);
		this.say(
			'[data-kam-preview-counts]',
			store.t('preview.counts', { file, valid: rows.length - invalid.length, invalid: invalid.length }),
		);
		const items = invalid
			.slice(0, MAX_PREVIEW_ERRORS)
			.map((r) => el('li', store.t('preview.row', { line: r.line, name: r.input.name || '–', errors: errorsText(store, r.errors) })));
		if (invalid.length > MAX_PREVIEW_ERRORS) items.push(el('li', store.t('preview.more', { count: invalid.length - MAX_PREVIEW_ERRORS })));
		this.one('[data-kam-preview-errors]').replaceChildren(...items);
		this.say('[data-kam-mode="merge"]', store.t('preview.merge', { count: store.list.length }));
		this.say('[data-kam-mode="replace"]', store.t('preview.replace', { count: store.list.length }));
		this.one<HTMLInputElement>('input[name="kam-import-mode"][value="merge"]').checked = true;
		this.say('[data-kam-io-status]', '');
		this.one('[data-kam-preview]').hidden = false;
		this.one('#import-preview').focus();
	}

	private apply() {
		if (!this.pending) return;
		const { store } = this;
		const mode = this.querySelector<HTMLInputElement>('input[name="kam-import-mode"]:checked')?.value === 'replace' ? 'replace' : 'merge';
		const result = applyImport(store.list, this.pending, mode, newAccountId, new Date().toISOString());
		store.commit(result.list);
		this.close(store.t('preview.done', { added: result.added, updated: result.updated, skipped: result.skipped }));
	}

	private close(message: string) {
		this.pending = null;
		this.one('[data-kam-preview]').hidden = true;
		this.say('[data-kam-io-status]', message);
		if (message) this.one('[data-kam-import]').focus();
	}
}

/** <kam-accounts-delete>: removes every account from this browser after the user confirms. */
export class AccountsDelete extends AccountsPart {
	protected override setUp() {
		const { store } = this;
		this.onAction((action) => {
			if (action !== 'delete-all' || !store.list.length || !window.confirm(store.t('delete.confirm', { count: store.list.length }))) return;
			store.commit([]);
			this.say('[data-kam-delete-status]', store.t('delete.done'));
		});
	}
}
