// The key account portfolio (Cranfield's selection matrix, McDonald, Rogers and Woodburn) as the workspace draws it:
// each account placed by its attractiveness over the next three years (vertical) and our relative strength as the
// customer sees it (horizontal), both rated 1–5 like the portfolio review's weighted scores. The quadrants, the score
// from which an axis counts as high, and the tiers each quadrant contradicts come from content/portfolio-review.yaml,
// so the workspace and the review page say the same. Pure; the chart and its table draw from the same points.
import { quadrantOf } from '#src/domain/programme/portfolio.ts';
import { RATING_MAX, RATING_MIN } from './fields.ts';

/** "not a key account" in a quadrant's `contradicts` list. */
export const NOT_KEY = 'none';

/** A quadrant as the portfolio needs it: where it is, and the tiers (or NOT_KEY) that contradict it. */
export interface PortfolioQuadrantRule {
	id: string;
	attractiveness: 'high' | 'low';
	strength: 'high' | 'low';
	contradicts: readonly string[];
}

/** What the portfolio needs to know. */
export interface PortfolioRules {
	/** The score from which an axis counts as high (the review's `highFrom`). */
	highFrom: number;
	quadrants: readonly PortfolioQuadrantRule[];
}

/** An account as the portfolio reads it; an account without both ratings is not placed. */
export interface PortfolioAccount {
	id: string;
	name: string;
	/** A tier id, or null for "not a key account". */
	tier: string | null;
	attractiveness?: number;
	strength?: number;
}

/** A placed account. */
export interface PortfolioPoint {
	id: string;
	name: string;
	tier: string | null;
	attractiveness: number;
	strength: number;
	/** Position in the chart, 0–1 each: x grows with our strength, y with attractiveness. */
	x: number;
	y: number;
	/** The id of its quadrant. */
	quadrant: string;
	/** The quadrant contradicts the account's tier (or that it is no key account). */
	contradiction: boolean;
	/** Accounts with the same ratings share a position: this one is number `index` of `of` there (for spreading them). */
	stack: { index: number; of: number };
}

/** The portfolio: placed accounts (in the given order), the ids of accounts lacking a rating, and the contradictions. */
export interface Portfolio {
	points: PortfolioPoint[];
	unplaced: string[];
	contradictions: PortfolioPoint[];
}

/** Where a rating stands on its axis, 0 (RATING_MIN) to 1 (RATING_MAX). */
export function axisPosition(rating: number): number {
	return (rating - RATING_MIN) / (RATING_MAX - RATING_MIN);
}

/** The quadrant rule for a pair of ratings. */
export function quadrantFor(rules: PortfolioRules, attractiveness: number, strength: number): PortfolioQuadrantRule | undefined {
	const level = quadrantOf(attractiveness, strength, rules.highFrom);
	return rules.quadrants.find((q) => q.attractiveness === level.attractiveness && q.strength === level.strength);
}

/** Places every account with both ratings and names those whose quadrant contradicts their tier. */
export function placeAccounts(accounts: readonly PortfolioAccount[], rules: PortfolioRules): Portfolio {
	const points: PortfolioPoint[] = [];
	const unplaced: string[] = [];
	const seen = new Map<string, PortfolioPoint[]>();
	for (const account of accounts) {
		const { attractiveness, strength } = account;
		const quadrant = attractiveness && strength ? quadrantFor(rules, attractiveness, strength) : undefined;
		if (!attractiveness || !strength || !quadrant) {
			unplaced.push(account.id);
			continue;
		}
		const point: PortfolioPoint = {
			id: account.id,
			name: account.name,
			tier: account.tier,
			attractiveness,
			strength,
			x: axisPosition(strength),
			y: axisPosition(attractiveness),
			quadrant: quadrant.id,
			contradiction: quadrant.contradicts.includes(account.tier ?? NOT_KEY),
			stack: { index: 0, of: 1 },
		};
		const key = `${attractiveness}:${strength}`;
		const group = seen.get(key) ?? [];
		group.push(point);
		seen.set(key, group);
		points.push(point);
	}
	for (const group of seen.values()) group.forEach((p, index) => (p.stack = { index, of: group.length }));
	return { points, unplaced, contradictions: points.filter((p) => p.contradiction) };
}
