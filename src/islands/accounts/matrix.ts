// <kam-accounts-matrix>: the user's accounts in the tier × scope matrix – a count and the names per cell, in the
// table and in each cell's consequences – and the totals above it.
import { cellCounts, cellKey } from '#src/domain/accounts/state.ts';
import { AccountsPart, el } from './part.ts';

/** Names shown per matrix cell; the count always covers all. */
const NAMES_SHOWN = 25;

export class AccountsMatrix extends AccountsPart {
	protected override render() {
		const { store } = this;
		const counts = cellCounts(store.list, store.catalogue);
		const byCell = new Map<string, string[]>();
		for (const a of store.list) {
			if (a.tier === null || a.scope === null) continue;
			const key = cellKey(a.tier, a.scope);
			byCell.set(key, [...(byCell.get(key) ?? []), a.name]);
		}
		for (const cell of this.querySelectorAll<HTMLElement>('[data-kam-cell]')) {
			const key = cell.dataset.kamCell!;
			cell.querySelector('[data-kam-count]')!.textContent = store.t('matrix.count', { count: counts.cells[key] ?? 0 });
			const names = byCell.get(key) ?? [];
			const items = names.slice(0, NAMES_SHOWN).map((n) => el('li', n));
			if (names.length > NAMES_SHOWN) items.push(el('li', store.t('matrix.more', { count: names.length - NAMES_SHOWN })));
			cell.querySelector('[data-kam-names]')!.replaceChildren(...items);
		}
		this.say('[data-kam-totals]', store.t('matrix.totals', { key: counts.keyAccounts - counts.unplaced, notKey: counts.notKey }));
		const unplaced = this.one('[data-kam-unplaced]');
		unplaced.hidden = counts.unplaced === 0;
		unplaced.textContent = counts.unplaced ? store.t('matrix.unplaced', { count: counts.unplaced }) : '';
	}
}
