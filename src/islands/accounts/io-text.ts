// Sentences about an imported file – why a row is refused, what the import noticed – in the page's language. Part of
// the import and export code that the workspace loads when it is first used (io-work.ts).
import { lineRanges, type ImportNote, type RowError } from '#src/domain/accounts/transfer.ts';
import { MAX_ACCOUNTS } from '#src/domain/accounts/storage.ts';
import type { AccountsStore } from './store.ts';

/** Why an imported row is refused, one sentence per reason, naming the file's own values. */
export function rowErrorsText(store: AccountsStore, errors: readonly RowError[]): string {
	const { config } = store;
	return errors
		.map((e) => {
			switch (e.code) {
				case 'tier-unknown':
					return store.t('rowErr.tier-unknown', {
						value: e.value,
						known: [...config.tiers.map((t) => t.name), store.t('field.notKey')].join(', '),
					});
				case 'scope-unknown':
					return store.t('rowErr.scope-unknown', { value: e.value, known: config.scopes.map((s) => s.name).join(', ') });
				case 'sponsor-invalid':
				case 'review-invalid':
				case 'attractiveness-invalid':
				case 'strength-invalid':
				case 'history-invalid':
					return store.t(`rowErr.${e.code}`, { value: e.value });
				case 'too-long':
					return store.t('rowErr.too-long', { field: store.t(`col.${e.field}`), length: e.length, max: e.max });
				case 'separator':
					return store.t('rowErr.separator', { found: separatorName(store, e.found), expected: separatorName(store, e.expected) });
				case 'extra-cells':
					return store.t('rowErr.extra-cells', { cells: e.cells, columns: e.columns });
				case 'not-an-entry':
					return store.t('rowErr.not-an-entry');
				default:
					return store.t(`err.${e.code}`, { max: MAX_ACCOUNTS });
			}
		})
		.join(' ');
}

function separatorName(store: AccountsStore, separator: string): string {
	return store.t(separator === ';' ? 'sep.semicolon' : separator === ',' ? 'sep.comma' : 'sep.tab');
}

/** What the import noticed about the file, as a sentence. */
export function noteText(store: AccountsStore, note: ImportNote): string {
	switch (note.kind) {
		case 'encoding': {
			const encoding = note.encoding === 'windows-1252' ? 'Windows-1252' : note.encoding === 'utf-16le' ? 'UTF-16 (LE)' : 'UTF-16 (BE)';
			return note.examples.length
				? store.t('note.encodingExamples', { encoding, examples: note.examples.join(', ') })
				: store.t('note.encoding', { encoding });
		}
		case 'cr-only':
			return store.t('note.cr-only', { lines: lineRanges(note.lines) });
		case 'replacement':
			return store.t('note.replacement', { lines: lineRanges(note.lines) });
		case 'columns-ignored':
			return store.t('note.columns-ignored', { headers: note.headers.join(', ') });
		case 'type-by-content':
			return store.t('note.type-by-content', { type: note.type.toUpperCase() });
	}
}
