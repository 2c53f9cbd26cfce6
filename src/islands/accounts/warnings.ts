// <kam-accounts-warnings>: what the list says about the programme – too many key accounts, an overloaded owner,
// a tier without its executive sponsor, a tier that contradicts the stored self-assessment.
import { accountWarnings } from '#src/domain/accounts/state.ts';
import { AccountsPart, el } from './part.ts';
import { warningText } from './text.ts';

export class AccountsWarnings extends AccountsPart {
	protected override render() {
		const { store } = this;
		const warnings = accountWarnings(store.list, store.config.rules, store.config.model);
		this.one('[data-kam-warnings]').replaceChildren(
			...warnings.map((w) => {
				const li = el('li', warningText(store, w));
				li.dataset.kamWarning = w.kind;
				return li;
			}),
		);
		this.one('[data-kam-no-warnings]').hidden = warnings.length > 0;
	}
}
