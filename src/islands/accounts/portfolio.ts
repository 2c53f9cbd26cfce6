// <kam-accounts-portfolio>: the rated accounts in the portfolio review's 2 × 2 grid, with a note on those not drawn.
// The drawing code (portfolio-draw.ts) is loaded once an account has both scores; the chart is drawn again when its
// width changes.
import type { SavedAccount } from '#src/domain/accounts/storage.ts';
import { AccountsPart } from './part.ts';

/** Most accounts drawn and listed (PORTFOLIO_SHOWN in portfolio-draw.ts). */
const SHOWN = 200;
type Draw = typeof import('./portfolio-draw.ts');
let drawing: Promise<Draw> | undefined;

export class AccountsPortfolio extends AccountsPart {
	private drawn = '';
	private width = 0;

	protected override setUp() {
		const chart = this.one('[data-kam-portfolio-chart]');
		new ResizeObserver(() => {
			const width = Math.round(chart.clientWidth);
			if (width && width !== this.width) this.render();
		}).observe(chart);
	}

	protected override render() {
		const { store } = this;
		const rated = store.list.filter((a) => a.attractiveness && a.strength);
		// Shown or hidden first: the chart is measured for its width, which a hidden one does not have.
		this.one('[data-kam-portfolio-empty]').hidden = rated.length > 0;
		this.one('[data-kam-portfolio-drawn]').hidden = rated.length === 0;
		const width = Math.round(this.one('[data-kam-portfolio-chart]').clientWidth);
		const shown = rated.slice(0, SHOWN);
		const signature = JSON.stringify([
			width,
			shown.map((a) => [a.id, a.name, a.tier, a.attractiveness, a.strength]),
			rated.length,
			store.list.length,
		]);
		if (signature === this.drawn) return;
		this.drawn = signature;
		this.width = width;
		const unrated = store.list.length - rated.length;
		const notes = [
			rated.length > SHOWN ? store.t('portfolio.capped', { shown: SHOWN, count: rated.length }) : '',
			unrated ? store.t('portfolio.unrated', { count: unrated }) : '',
		];
		this.say('[data-kam-portfolio-note]', notes.filter(Boolean).join(' '));
		if (rated.length) void this.draw(shown, width, signature);
	}

	private async draw(accounts: readonly SavedAccount[], width: number, signature: string) {
		const { drawPortfolio } = await (drawing ??= import('./portfolio-draw.ts'));
		// A later change may have been drawn meanwhile.
		if (signature === this.drawn) drawPortfolio(this, this.store, accounts, width);
	}
}
