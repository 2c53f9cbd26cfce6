// The shapes that tell the tiers apart in the portfolio chart and its legend, besides their colours: as SVG path data
// centred on 0,0, so that a point is drawn by moving it to its place.

export const PORTFOLIO_SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
export type PortfolioShape = (typeof PORTFOLIO_SHAPES)[number];

/** Path data for a shape of about `r` radius. */
export function shapePath(shape: PortfolioShape, r: number): string {
	const n = (v: number) => Number(v.toFixed(2));
	switch (shape) {
		case 'circle':
			return `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
		case 'square': {
			const s = n(r * 0.9);
			return `M${-s} ${-s}h${2 * s}v${2 * s}h${-2 * s}z`;
		}
		case 'diamond': {
			const d = n(r * 1.2);
			return `M0 ${-d}L${d} 0L0 ${d}L${-d} 0z`;
		}
		case 'triangle': {
			const h = n(r * 1.15);
			return `M0 ${-h}L${h} ${n(h * 0.85)}L${-h} ${n(h * 0.85)}z`;
		}
	}
}
