import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisPosition, NOT_KEY, placeAccounts, quadrantFor, type PortfolioAccount, type PortfolioRules } from './portfolio.ts';

// The portfolio review's grid as content/portfolio-review.yaml states it, written out for the tests.
const rules: PortfolioRules = {
	highFrom: 3.5,
	quadrants: [
		{ id: 'invest', attractiveness: 'high', strength: 'high', contradicts: [NOT_KEY] },
		{ id: 'build', attractiveness: 'high', strength: 'low', contradicts: [] },
		{ id: 'maintain', attractiveness: 'low', strength: 'high', contradicts: ['strategic'] },
		{ id: 'release', attractiveness: 'low', strength: 'low', contradicts: ['strategic', 'key', 'smart'] },
	],
};
const account = (id: string, tier: string | null, attractiveness?: number, strength?: number): PortfolioAccount => ({
	id,
	name: id,
	tier,
	...(attractiveness === undefined ? {} : { attractiveness }),
	...(strength === undefined ? {} : { strength }),
});

describe('quadrants', () => {
	// Each row: attractiveness and strength (1–5, weighted scores with decimals), and the quadrant.
	it.each([
		[5, 5, 'invest'],
		[3.5, 3.5, 'invest'],
		[3.45, 5, 'maintain'],
		[5, 3.45, 'build'],
		[1, 1, 'release'],
		[3.4, 3.4, 'release'],
	] as const)('attractiveness %s, strength %s: %s', (attractiveness, strength, quadrant) => {
		expect(quadrantFor(rules, attractiveness, strength)?.id).toBe(quadrant);
	});

	it('puts every pair of scores in exactly one quadrant, between 0 and 1 on both axes', () => {
		const score = fc.integer({ min: 100, max: 500 }).map((n) => n / 100);
		fc.assert(
			fc.property(score, score, (a, s) => {
				const q = quadrantFor(rules, a, s)!;
				expect(q.attractiveness).toBe(a >= rules.highFrom ? 'high' : 'low');
				expect(q.strength).toBe(s >= rules.highFrom ? 'high' : 'low');
				for (const p of [axisPosition(a), axisPosition(s)]) expect(p >= 0 && p <= 1).toBe(true);
			}),
		);
	});
});

describe('placing accounts', () => {
	it('names the accounts whose position contradicts their tier, or that they are no key account', () => {
		const { points, unplaced, contradictions } = placeAccounts(
			[
				account('partner-no-future', 'strategic', 2, 5),
				account('partner-to-build', 'strategic', 4.5, 2),
				account('service-sink', 'key', 2, 1.5),
				account('value-buyer', 'key', 2, 5),
				account('tender-giant', 'smart', 1, 1),
				account('lean-and-strong', 'smart', 2, 4),
				account('overlooked', null, 4.2, 4),
				account('rightly-out', null, 1, 1),
				account('unrated', 'key', undefined, 4),
			],
			rules,
		);
		expect(contradictions.map((p) => p.id)).toEqual(['partner-no-future', 'service-sink', 'tender-giant', 'overlooked']);
		expect(unplaced).toEqual(['unrated']);
		const byId = Object.fromEntries(points.map((p) => [p.id, p]));
		expect(byId['partner-no-future']).toMatchObject({ quadrant: 'maintain', x: 1, y: 0.25 });
		expect(byId['partner-to-build']).toMatchObject({ quadrant: 'build', contradiction: false });
	});

	it('numbers accounts that share a position so a chart can spread them', () => {
		const { points } = placeAccounts(
			[account('a', 'key', 4, 4), account('b', 'smart', 2, 2), account('c', 'key', 4, 4), account('d', null, 4, 4)],
			rules,
		);
		expect(points.map((p) => [p.id, p.stack])).toEqual([
			['a', { index: 0, of: 3 }],
			['b', { index: 0, of: 1 }],
			['c', { index: 1, of: 3 }],
			['d', { index: 2, of: 3 }],
		]);
	});

	it('places each account with both scores once, in the given order', () => {
		const anyAccount = fc.record({
			id: fc.uuid(),
			name: fc.string(),
			tier: fc.constantFrom('strategic', 'key', 'smart', null),
			attractiveness: fc.option(
				fc.integer({ min: 100, max: 500 }).map((n) => n / 100),
				{ nil: undefined },
			),
			strength: fc.option(
				fc.integer({ min: 100, max: 500 }).map((n) => n / 100),
				{ nil: undefined },
			),
		});
		fc.assert(
			fc.property(fc.array(anyAccount, { maxLength: 30 }), (accounts) => {
				const { points, unplaced, contradictions } = placeAccounts(accounts, rules);
				expect(points.length + unplaced.length).toBe(accounts.length);
				expect(points.map((p) => p.id)).toEqual(accounts.filter((a) => a.attractiveness && a.strength).map((a) => a.id));
				for (const p of contradictions) expect(rules.quadrants.find((q) => q.id === p.quadrant)!.contradicts).toContain(p.tier ?? NOT_KEY);
				for (const p of points) expect(p.stack.index).toBeLessThan(p.stack.of);
			}),
		);
	});
});
