// The key account portfolio as Cranfield's selection matrix (McDonald, Rogers and Woodburn): each account placed by
// its attractiveness over the next three years (vertical) and our relative strength as the customer sees it
// (horizontal), both rated on a small scale. Pure; a chart and its table alternative draw from the same points.
// Points out accounts whose quadrant contradicts their tier, e.g. a Strategic Key Account of low attractiveness.

/** The four quadrants, named as Cranfield names them: attractiveness high/low × our strength high/low. */
export const QUADRANTS = ['key-strategic', 'key-development', 'key-status', 'key-streamline'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** What the portfolio needs to know: the rating scale, and the quadrants that contradict each tier. */
export interface PortfolioRules {
	/** Ratings run from 1 to scaleSize. */
	scaleSize: number;
	/** Tier id → quadrants an account of that tier should not stand in; tiers not named contradict no quadrant. */
	contradictions: Readonly<Record<string, readonly Quadrant[]>>;
}

/** An account as the portfolio reads it; ratings may be missing (the account is then not placed). */
export interface PortfolioAccount {
	id: string;
	name: string;
	/** A tier id, or null for "not a key account". */
	tier: string | null;
	attractiveness: number | null | undefined;
	strength: number | null | undefined;
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
	quadrant: Quadrant;
	/** On a middle line: high or low is not clear, so no contradiction is claimed. */
	borderline: boolean;
	/** The quadrant contradicts the tier. */
	contradiction: boolean;
	/** Accounts with the same ratings share a position: this one is number `index` of `of` there (for spreading them). */
	stack: { index: number; of: number };
}

/** The portfolio: placed accounts (in the given order), accounts lacking a rating, and the contradictions. */
export interface Portfolio {
	points: PortfolioPoint[];
	unplaced: string[];
	contradictions: PortfolioPoint[];
}

/** A rating if it is a whole number on the scale, else null. */
export function portfolioRating(value: unknown, scaleSize: number): number | null {
	return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= scaleSize ? (value as number) : null;
}

/** Where a rating stands on its axis, 0 (lowest) to 1 (highest). */
export function axisPosition(rating: number, scaleSize: number): number {
	return scaleSize > 1 ? (rating - 1) / (scaleSize - 1) : 0.5;
}

/** The quadrant for a pair of ratings; a rating at the middle of the scale counts as high. */
export function quadrantOf(attractiveness: number, strength: number, scaleSize: number): Quadrant {
	const attractive = axisPosition(attractiveness, scaleSize) >= 0.5;
	const strong = axisPosition(strength, scaleSize) >= 0.5;
	if (attractive) return strong ? 'key-strategic' : 'key-development';
	return strong ? 'key-status' : 'key-streamline';
}

/** Places every account with both ratings and names those whose clear quadrant contradicts their tier. */
export function placeAccounts(accounts: readonly PortfolioAccount[], rules: PortfolioRules): Portfolio {
	const points: PortfolioPoint[] = [];
	const unplaced: string[] = [];
	const seen = new Map<string, PortfolioPoint[]>();
	for (const account of accounts) {
		const attractiveness = portfolioRating(account.attractiveness, rules.scaleSize);
		const strength = portfolioRating(account.strength, rules.scaleSize);
		if (attractiveness === null || strength === null) {
			unplaced.push(account.id);
			continue;
		}
		const [x, y] = [axisPosition(strength, rules.scaleSize), axisPosition(attractiveness, rules.scaleSize)];
		const quadrant = quadrantOf(attractiveness, strength, rules.scaleSize);
		const borderline = x === 0.5 || y === 0.5;
		const point: PortfolioPoint = {
			id: account.id,
			name: account.name,
			tier: account.tier,
			attractiveness,
			strength,
			x,
			y,
			quadrant,
			borderline,
			contradiction: !borderline && account.tier !== null && (rules.contradictions[account.tier] ?? []).includes(quadrant),
			stack: { index: 0, of: 1 },
		};
		const key = `${attractiveness}:${strength}`;
		seen.set(key, [...(seen.get(key) ?? []), point]);
		points.push(point);
	}
	for (const group of seen.values()) group.forEach((p, index) => (p.stack = { index, of: group.length }));
	return { points, unplaced, contradictions: points.filter((p) => p.contradiction) };
}

/** Tier ids the rules name that the content does not have: a typo there would silently switch a check off. */
export function unknownPortfolioTiers(rules: PortfolioRules, tierIds: readonly string[]): string[] {
	return Object.keys(rules.contradictions).filter((tier) => !tierIds.includes(tier));
}
