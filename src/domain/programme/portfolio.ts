// The portfolio grid: attractiveness over three years × our relative strength as the customer sees it.
import type { PortfolioQuadrant } from '#src/schemas/portfolio-review.ts';

/** The four quadrants as rows of the grid: high attractiveness on top, strength from low to high left to right. */
export function portfolioGrid<Q extends Pick<PortfolioQuadrant, 'attractiveness' | 'strength'>>(
	quadrants: readonly Q[],
): (Q | undefined)[][] {
	return (['high', 'low'] as const).map((attractiveness) =>
		(['low', 'high'] as const).map((strength) => quadrants.find((q) => q.attractiveness === attractiveness && q.strength === strength)),
	);
}

/** Where an account with these weighted scores (1–5) sits: high on an axis from `highFrom` on. */
export function quadrantOf(attractiveness: number, strength: number, highFrom: number) {
	const level = (score: number) => (score >= highFrom ? 'high' : 'low');
	return { attractiveness: level(attractiveness), strength: level(strength) } as const;
}

/** The weighted score of one axis: the sum of weight × rating divided by the sum of the weights. */
export function weightedScore(factors: readonly { weight: number }[], ratings: readonly number[]): number {
	const total = factors.reduce((sum, f) => sum + f.weight, 0);
	if (total === 0 || ratings.length !== factors.length) throw new Error('give one rating per factor, and weights above zero');
	return factors.reduce((sum, f, i) => sum + f.weight * ratings[i]!, 0) / total;
}
