// Sentences the accounts island builds from data: field and row errors, import notes, held entries and warnings, in
// the page's language.
import type { FieldError, Warning } from '#src/domain/accounts/state.ts';
import { MAX_ACCOUNTS, type EntryProblem } from '#src/domain/accounts/storage.ts';
import { lineRanges, type ImportNote, type RowError } from '#src/domain/accounts/transfer.ts';
import type { AccountsStore } from './store.ts';

/** What is wrong with an input or a change, one sentence per error. */
export function errorsText(store: AccountsStore, errors: readonly (FieldError | 'full' | 'not-found')[]): string {
	return errors.map((e) => store.t(`err.${e}`, { max: MAX_ACCOUNTS })).join(' ');
}

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
					return store.t('rowErr.sponsor-invalid', { value: e.value });
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

/** Why a stored entry is held, as a list of its problems. */
export function problemsText(store: AccountsStore, problems: readonly EntryProblem[]): string {
	return problems.map((p) => store.t(`heldProblem.${p}`)).join('; ');
}

/** Names a warning lists before "and N more". */
const NAMES_IN_WARNING = 20;

/** One warning about the list as a sentence naming the accounts concerned. */
export function warningText(store: AccountsStore, w: Warning): string {
	const names = (ids: string[]) =>
		store.names(
			ids.slice(0, NAMES_IN_WARNING).map((id) => store.account(id)?.name ?? ''),
			ids.length,
		);
	switch (w.kind) {
		case 'total':
			return store.t('warn.total', { count: w.count, limit: w.limit });
		case 'owner':
			return store.t('warn.owner', { owner: w.owner, count: w.count, limit: w.limit });
		case 'sponsor':
			return store.t('warn.sponsor', { tier: store.tierName(w.tier), names: names(w.ids) });
		case 'contradiction': {
			const a = store.account(w.ids[0] ?? '');
			return store.t('warn.contradiction', {
				name: a?.name ?? '',
				chosen: store.tierName(a?.tier ?? null),
				assessed: store.tierName(w.assessedTier),
			});
		}
	}
}
