// Sentences the accounts island builds from data: field errors and warnings, in the page's language.
import type { FieldError, Warning } from '#src/domain/accounts/state.ts';
import { MAX_ACCOUNTS } from '#src/domain/accounts/storage.ts';
import type { AccountsStore } from './store.ts';

/** What is wrong with an input or a change, one sentence per error. */
export function errorsText(store: AccountsStore, errors: readonly (FieldError | 'full' | 'not-found')[]): string {
	return errors.map((e) => store.t(`err.${e}`, { max: MAX_ACCOUNTS })).join(' ');
}

/** One warning about the list as a sentence naming the accounts concerned. */
export function warningText(store: AccountsStore, w: Warning): string {
	const names = (ids: string[]) => ids.map((id) => store.account(id)?.name ?? '').join(', ');
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
