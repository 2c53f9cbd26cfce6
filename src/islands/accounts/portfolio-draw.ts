// Drawing the portfolio of <kam-accounts-portfolio> (portfolio.ts), loaded once an account is rated: the chart at the
// width it is shown at (so its text stays at the page's size on a phone), each point a link with a full description
// to its row in the table, which says the same as the chart in words.
import { placeAccounts, type PortfolioPoint } from '#src/domain/accounts/portfolio.ts';
import { RATING_MAX, RATING_MIN } from '#src/domain/accounts/fields.ts';
import type { SavedAccount } from '#src/domain/accounts/storage.ts';
import { el, setChildren } from './part.ts';
import type { AccountsStore } from './store.ts';
import { PORTFOLIO_SHAPES, shapePath } from './portfolio-shapes.ts';

/** Up to this many points carry their name beside them; more would cover each other (the table and links name all). */
const NAMES_DRAWN = 40;
const SVG = 'http://www.w3.org/2000/svg';
/** Text size in the chart, in CSS pixels (the chart is drawn one unit per pixel). */
const FONT = 13;

function svg<K extends keyof SVGElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | number> = {},
	text = '',
): SVGElementTagNameMap[K] {
	const node = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
	if (text) node.textContent = text;
	return node;
}

/** Words put on lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** What the drawing needs of the workspace. */
type Store = Pick<AccountsStore, 'config' | 't' | 'tierName' | 'number'>;

/** Draws the table rows and the chart of `accounts` (all rated, as many as are shown) into `part` at `width` CSS pixels. */
export function drawPortfolio(part: HTMLElement, store: Store, accounts: readonly SavedAccount[], width: number) {
	const draw = new Drawing(store);
	const { points } = placeAccounts(accounts, store.config.portfolio);
	setChildren(
		part.querySelector('[data-kam-portfolio-rows]')!,
		points.map((p) => draw.row(p)),
	);
	const chart = part.querySelector('[data-kam-portfolio-chart]')!;
	setChildren(chart, width ? [draw.chart(points, width)] : []);
}

class Drawing {
	constructor(private readonly store: Store) {}

	private quadrantName(p: PortfolioPoint): string {
		return this.store.config.portfolio.names[p.quadrant] ?? p.quadrant;
	}

	private describe(p: PortfolioPoint): string {
		const { store } = this;
		const point = store.t('portfolio.point', {
			name: p.name,
			tier: store.tierName(p.tier),
			attractiveness: this.store.number(p.attractiveness),
			strength: this.store.number(p.strength),
			quadrant: this.quadrantName(p),
		});
		return p.contradiction ? store.t('portfolio.pointMisfit', { point }) : point;
	}

	row(p: PortfolioPoint): HTMLTableRowElement {
		const { store } = this;
		const tr = el('tr');
		tr.id = `portfolio-${p.id}`;
		tr.tabIndex = -1;
		if (p.contradiction) tr.className = 'kam-portfolio__misfit-row';
		const name = el('th', p.name);
		name.scope = 'row';
		const cells = [
			store.tierName(p.tier),
			this.store.number(p.attractiveness),
			this.store.number(p.strength),
			this.quadrantName(p),
			store.t(p.contradiction ? 'portfolio.misfit' : 'portfolio.fits'),
		];
		tr.append(name, ...cells.map((text) => el('td', text)));
		return tr;
	}

	chart(points: readonly PortfolioPoint[], width: number): SVGSVGElement {
		const { store } = this;
		const { portfolio } = store.config;
		const narrow = width < 560;
		const height = Math.round(Math.min(Math.max(width * (narrow ? 1 : 0.7), 340), 560));
		const pad = { left: FONT * 3, right: FONT, top: FONT, bottom: FONT * 3.5 };
		const plot = { x: pad.left, y: pad.top, w: width - pad.left - pad.right, h: height - pad.top - pad.bottom };
		const span = RATING_MAX - RATING_MIN;
		const xAt = (rating: number) => plot.x + ((rating - RATING_MIN) / span) * plot.w;
		const yAt = (rating: number) => plot.y + plot.h - ((rating - RATING_MIN) / span) * plot.h;
		const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', class: 'kam-portfolio__svg' });
		root.setAttribute('aria-label', store.t('portfolio.chartLabel', { count: points.length }));

		// Quadrants, each with its name from the portfolio review in its outer corner.
		const midX = xAt(portfolio.highFrom);
		const midY = yAt(portfolio.highFrom);
		const background = svg('g', { 'aria-hidden': 'true' });
		for (const q of portfolio.quadrants) {
			const left = q.strength === 'low';
			const top = q.attractiveness === 'high';
			const [x0, x1] = left ? [plot.x, midX] : [midX, plot.x + plot.w];
			const [y0, y1] = top ? [plot.y, midY] : [midY, plot.y + plot.h];
			background.append(
				svg('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, class: `kam-portfolio__quadrant kam-portfolio__quadrant--${q.id}` }),
			);
			// The name in the quadrant's outer corner, on as many lines as its width needs.
			const lines = wrapWords(portfolio.names[q.id] ?? q.id, Math.max(8, Math.floor((x1 - x0 - 12) / (FONT * 0.56))));
			const label = svg('text', { 'text-anchor': left ? 'start' : 'end', class: 'kam-portfolio__quadrant-name' });
			lines.forEach((line, i) => {
				const y = top ? y0 + (i + 1) * (FONT + 3) : y1 - 8 - (lines.length - 1 - i) * (FONT + 3);
				label.append(svg('tspan', { x: left ? x0 + 6 : x1 - 6, y }, line));
			});
			background.append(label);
		}
		// Ticks 1–5 on both axes, the dividing lines, and the axis names.
		for (let r = RATING_MIN; r <= RATING_MAX; r++) {
			background.append(
				svg('text', { x: xAt(r), y: plot.y + plot.h + FONT + 4, 'text-anchor': 'middle', class: 'kam-portfolio__tick' }, String(r)),
				svg('text', { x: plot.x - 8, y: yAt(r) + FONT / 3, 'text-anchor': 'end', class: 'kam-portfolio__tick' }, String(r)),
			);
		}
		background.append(
			svg('line', { x1: midX, x2: midX, y1: plot.y, y2: plot.y + plot.h, class: 'kam-portfolio__divider' }),
			svg('line', { x1: plot.x, x2: plot.x + plot.w, y1: midY, y2: midY, class: 'kam-portfolio__divider' }),
			svg('rect', { x: plot.x, y: plot.y, width: plot.w, height: plot.h, class: 'kam-portfolio__frame' }),
			svg(
				'text',
				{ x: plot.x + plot.w / 2, y: height - 6, 'text-anchor': 'middle', class: 'kam-portfolio__axis' },
				store.t('col.strength'),
			),
			svg(
				'text',
				{
					x: 0,
					y: 0,
					'text-anchor': 'middle',
					class: 'kam-portfolio__axis',
					transform: `translate(${FONT} ${plot.y + plot.h / 2}) rotate(-90)`,
				},
				store.t('col.attractiveness'),
			),
		);
		root.append(background);

		// Points: a link to the table row, its shape and colour by tier, a ring where it does not fit, and its name.
		const tierIndex = new Map(store.config.tiers.map((t, i) => [t.id, i]));
		const withNames = points.length <= NAMES_DRAWN;
		for (const p of points) {
			const index = p.tier === null ? undefined : tierIndex.get(p.tier);
			const key = index === undefined ? 'none' : `t${index}`;
			const shape = index === undefined ? 'circle' : PORTFOLIO_SHAPES[index % PORTFOLIO_SHAPES.length]!;
			// Accounts with the same scores stand one above the other around their place, a line apart, so that
			// their names do not cover each other.
			const cx = xAt(p.strength);
			const cy = yAt(p.attractiveness) + (p.stack.index - (p.stack.of - 1) / 2) * (FONT + 5);
			const link = svg('a', { href: `#portfolio-${p.id}`, class: `kam-portfolio__point kam-portfolio__point--${key}` });
			link.setAttribute('aria-label', this.describe(p));
			const group = svg('g', { transform: `translate(${cx.toFixed(1)} ${cy.toFixed(1)})` });
			if (p.contradiction) group.append(svg('circle', { r: 11, class: 'kam-portfolio__misfit' }));
			group.append(svg('path', { d: shapePath(shape, 6) }));
			if (withNames) {
				// Beside the point, on the side with more room; a long name is shortened here (the link and the table say it whole).
				const right = cx - plot.x < plot.w / 2;
				const max = narrow ? 16 : 28;
				const label = p.name.length > max ? `${p.name.slice(0, max - 1).trimEnd()}…` : p.name;
				group.append(
					svg('text', { x: right ? 12 : -12, y: FONT / 3, 'text-anchor': right ? 'start' : 'end', class: 'kam-portfolio__name' }, label),
				);
			}
			link.append(group);
			root.append(link);
		}
		return root;
	}
}
