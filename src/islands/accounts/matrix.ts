// <kam-accounts-matrix>: the user's accounts in the tier × scope matrix – a count and the names per cell, in the
// table and in each cell's consequences – and the totals above it.
import { cellCounts, cellKey } from '#src/domain/accounts/state.ts';
import { AccountsPart, setItems, setText } from './part.ts';

/** Names shown per matrix cell; the count always covers all. */
const NAMES_SHOWN = 25;

export class AccountsMatrix extends AccountsPart {
	protected override render() {
		const { store } = this;
		const counts = cellCounts(store.list, store.catalogue);
		// Only the names shown are collected; the counts cover all.
		const byCell = new Map<string, string[]>();
		for (const a of store.list) {
			if (a.tier === null || a.scope === null) continue;
			const key = cellKey(a.tier, a.scope);
			const names = byCell.get(key) ?? [];
			if (names.length < NAMES_SHOWN) names.push(a.name);
			byCell.set(key, names);
		}
		for (const cell of this.querySelectorAll<HTMLElement>('[data-kam-cell]')) {
			const key = cell.dataset.kamCell!;
			const count = counts.cells[key] ?? 0;
			setText(cell.querySelector('[data-kam-count]')!, store.t('matrix.count', { count }));
			const items = (byCell.get(key) ?? []).map((text) => ({ text }));
			if (count > NAMES_SHOWN) items.push({ text: store.t('matrix.more', { count: count - NAMES_SHOWN }) });
			setItems(cell.querySelector('[data-kam-names]')!, items);
		}
		this.say('[data-kam-totals]', store.t('matrix.totals', { key: counts.keyAccounts - counts.unplaced, notKey: counts.notKey }));
		const unplaced = this.one('[data-kam-unplaced]');
		unplaced.hidden = counts.unplaced === 0;
		setText(unplaced, counts.unplaced ? store.t('matrix.unplaced', { count: counts.unplaced }) : '');
	}
}
