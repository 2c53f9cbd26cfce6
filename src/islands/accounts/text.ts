// Sentences the accounts island builds from data: field errors, held entries and warnings, in the page's language
// (an import's row errors and notes are in io-text.ts, loaded with the import).
import type { FieldError, Warning } from '#src/domain/accounts/state.ts';
import { MAX_ACCOUNTS, type EntryProblem } from '#src/domain/accounts/storage.ts';
import type { AccountsStore } from './store.ts';

/** What is wrong with an input or a change, one sentence per error. */
export function errorsText(store: AccountsStore, errors: readonly (FieldError | 'full' | 'not-found')[]): string {
	return errors.map((e) => store.t(`err.${e}`, { max: MAX_ACCOUNTS })).join(' ');
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
		case 'review': {
			const items = w.ids
				.slice(0, NAMES_IN_WARNING)
				.map((id, i) => store.t('warn.reviewItem', { name: store.account(id)?.name ?? '', date: store.date(w.dates[i]!) }));
			return store.t('warn.review', { names: store.names(items, w.ids.length) });
		}
		case 'changed':
			return store.t('warn.changed', {
				name: store.account(w.ids[0] ?? '')?.name ?? '',
				from: store.tierName(w.change.from),
				to: store.tierName(w.change.to),
				date: store.date(w.change.date),
			});
		case 'portfolio': {
			const a = store.account(w.ids[0] ?? '');
			const vars = {
				name: a?.name ?? '',
				quadrant: store.config.portfolio.names[w.quadrant] ?? w.quadrant,
				attractiveness: store.number(a?.attractiveness ?? 0),
				strength: store.number(a?.strength ?? 0),
				tier: store.tierName(a?.tier ?? null),
			};
			return store.t(a?.tier === null ? 'warn.portfolioNotKey' : 'warn.portfolio', vars);
		}
	}
}

/** The page a warning points to: for a change of tier, the checklist for that move (or the overview of moves). */
export function warningLink(store: AccountsStore, w: Warning): { href: string; text: string } | undefined {
	if (w.kind !== 'changed') return undefined;
	const { config } = store;
	const to = w.change.to ?? 'exit';
	const move = w.change.from === null ? undefined : config.transitions.find((tr) => tr.to === to && tr.from.includes(w.change.from!));
	return move ? { href: move.href, text: move.title } : { href: config.transitionsHref, text: store.t('warn.changedOverview') };
}
