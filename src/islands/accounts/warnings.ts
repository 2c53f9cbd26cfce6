// <kam-accounts-warnings>: what the list says about the programme – too many key accounts, an overloaded owner,
// a tier without its executive sponsor, reviews that are due, recent changes of tier with the checklist for the move,
// a tier that contradicts the stored self-assessment or the account's place in the portfolio.
import { accountWarnings, type Warning } from '#src/domain/accounts/state.ts';
import { AccountsPart, setItems, type Item } from './part.ts';
import type { AccountsTextKey } from './config.ts';
import { warningLink, warningText } from './text.ts';

/** Warnings of one account each listed one by one per kind; more are summed up in one item. */
const ONE_BY_ONE = 10;
/** Names that summary lists. */
const NAMES_SHOWN = 20;
/** The kinds of warning about one account each, and the sentence that sums up the rest. */
const SUMMED: Partial<Record<Warning['kind'], AccountsTextKey>> = {
	changed: 'warn.changedMore',
	contradiction: 'warn.contradictionMore',
	portfolio: 'warn.portfolioMore',
};

export class AccountsWarnings extends AccountsPart {
	protected override render() {
		const { store } = this;
		const { config } = store;
		const warnings = accountWarnings(store.list, config.rules, config.model, store.today, config.portfolio);
		const items: Item[] = [];
		const seen = new Map<Warning['kind'], Warning[]>();
		for (const w of warnings) {
			const ofKind = seen.get(w.kind) ?? [];
			ofKind.push(w);
			seen.set(w.kind, ofKind);
			if (SUMMED[w.kind] && ofKind.length > ONE_BY_ONE) continue;
			const link = warningLink(store, w);
			items.push({ text: warningText(store, w), data: { kamWarning: w.kind }, ...(link ? { link } : {}) });
		}
		for (const [kind, key] of Object.entries(SUMMED) as [Warning['kind'], AccountsTextKey][]) {
			const more = (seen.get(kind) ?? []).slice(ONE_BY_ONE);
			if (!more.length) continue;
			const names = more.slice(0, NAMES_SHOWN).map((w) => store.account(w.ids[0] ?? '')?.name ?? '');
			// Each summary goes after the last warning of its kind.
			const at = items.findLastIndex((item) => item.data?.kamWarning === kind) + 1;
			items.splice(at, 0, {
				text: store.t(key, { count: more.length, names: store.names(names, more.length), days: config.rules.tierChangeDays }),
				data: { kamWarning: kind },
			});
		}
		setItems(this.one('[data-kam-warnings]'), items);
		this.one('[data-kam-no-warnings]').hidden = warnings.length > 0;
	}
}
