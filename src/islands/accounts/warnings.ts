// <kam-accounts-warnings>: what the list says about the programme – too many key accounts, an overloaded owner,
// a tier without its executive sponsor, a tier that contradicts the stored self-assessment.
import { accountWarnings } from '#src/domain/accounts/state.ts';
import { AccountsPart, setItems } from './part.ts';
import { warningText } from './text.ts';

/** Contradictions listed one by one; more are summed up in one item. */
const CONTRADICTIONS_SHOWN = 10;
/** Names that summary lists. */
const NAMES_SHOWN = 20;

export class AccountsWarnings extends AccountsPart {
	protected override render() {
		const { store } = this;
		const warnings = accountWarnings(store.list, store.config.rules, store.config.model);
		const contradictions = warnings.filter((w) => w.kind === 'contradiction');
		const items = [...warnings.filter((w) => w.kind !== 'contradiction'), ...contradictions.slice(0, CONTRADICTIONS_SHOWN)].map((w) => ({
			text: warningText(store, w),
			data: { kamWarning: w.kind },
		}));
		const more = contradictions.slice(CONTRADICTIONS_SHOWN);
		if (more.length) {
			const names = more.slice(0, NAMES_SHOWN).map((w) => store.account(w.ids[0] ?? '')?.name ?? '');
			items.push({
				text: store.t('warn.contradictionMore', { count: more.length, names: store.names(names, more.length) }),
				data: { kamWarning: 'contradiction' },
			});
		}
		setItems(this.one('[data-kam-warnings]'), items);
		this.one('[data-kam-no-warnings]').hidden = warnings.length > 0;
	}
}
