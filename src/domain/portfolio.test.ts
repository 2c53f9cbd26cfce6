import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	axisPosition,
	placeAccounts,
	portfolioRating,
	quadrantOf,
	QUADRANTS,
	unknownPortfolioTiers,
	type PortfolioRules,
} from './portfolio.ts';

const rules: PortfolioRules = { scaleSize: 5, contradictions: { strategic: ['key-status', 'key-streamline'], key: ['key-streamline'] } };
const account = (id: string, tier: string | null, attractiveness: unknown, strength: unknown) =>
	({ id, name: id, tier, attractiveness, strength }) as {
		id: string;
		name: string;
		tier: string | null;
		attractiveness: number;
		strength: number;
	};

describe('quadrants', () => {
	// Each row: attractiveness and strength on a five-step scale, and the quadrant.
	it.each([
		[5, 5, 'key-strategic'],
		[5, 1, 'key-development'],
		[1, 5, 'key-status'],
		[1, 1, 'key-streamline'],
		[3, 3, 'key-strategic'],
		[2, 4, 'key-status'],
		[4, 2, 'key-development'],
	] as const)('attractiveness %i, strength %i: %s', (attractiveness, strength, quadrant) => {
		expect(quadrantOf(attractiveness, strength, 5)).toBe(quadrant);
	});

	it('places every pair of ratings in exactly one quadrant, between 0 and 1 on both axes', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 2, max: 9 })
					.chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 1, max: size }), fc.integer({ min: 1, max: size }))),
				([size, a, s]) => {
					expect(QUADRANTS).toContain(quadrantOf(a, s, size));
					for (const p of [axisPosition(a, size), axisPosition(s, size)]) expect(p >= 0 && p <= 1).toBe(true);
				},
			),
		);
	});

	it.each([
		[3, 3],
		[1, 1],
		[5, 5],
		[0, null],
		[6, null],
		[2.5, null],
		['4', null],
		[null, null],
		[undefined, null],
	])('reads %s as the rating %s', (value, expected) => {
		expect(portfolioRating(value, 5)).toBe(expected);
	});
});

describe('placing accounts', () => {
	it('names the accounts whose clear position contradicts their tier', () => {
		const { points, unplaced, contradictions } = placeAccounts(
			[
				account('partner-no-future', 'strategic', 1, 5),
				account('partner', 'strategic', 5, 2),
				account('service-sink', 'key', 2, 1),
				account('value-buyer', 'key', 2, 5),
				account('tender-giant', 'smart', 1, 1),
				account('on-the-line', 'strategic', 3, 1),
				account('not-key', null, 1, 1),
				account('unrated', 'key', null, 4),
				account('half-rated', 'key', 4, 7),
			],
			rules,
		);
		expect(contradictions.map((p) => p.id)).toEqual(['partner-no-future', 'service-sink']);
		expect(unplaced).toEqual(['unrated', 'half-rated']);
		const byId = Object.fromEntries(points.map((p) => [p.id, p]));
		expect(byId['partner-no-future']).toMatchObject({ quadrant: 'key-status', x: 1, y: 0, borderline: false });
		expect(byId['on-the-line']).toMatchObject({ quadrant: 'key-development', borderline: true, contradiction: false });
		expect(byId['tender-giant']!.contradiction).toBe(false);
		expect(byId['not-key']!.contradiction).toBe(false);
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

	it('places each account with two valid ratings once, in the given order, and never throws', () => {
		const anyAccount = fc.record({
			id: fc.uuid(),
			name: fc.string(),
			tier: fc.constantFrom('strategic', 'key', 'smart', null),
			attractiveness: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(null), fc.anything()),
			strength: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(null), fc.anything()),
		});
		fc.assert(
			fc.property(fc.array(anyAccount as fc.Arbitrary<ReturnType<typeof account>>, { maxLength: 30 }), (accounts) => {
				const { points, unplaced, contradictions } = placeAccounts(accounts, rules);
				expect(points.length + unplaced.length).toBe(accounts.length);
				expect(points.map((p) => p.id)).toEqual(accounts.filter((a) => !unplaced.includes(a.id)).map((a) => a.id));
				for (const p of contradictions) expect(p.borderline).toBe(false);
				for (const p of points) expect(p.stack.index).toBeLessThan(p.stack.of);
			}),
		);
	});
});

describe('rules', () => {
	it('finds tier ids the rules name but the content lacks', () => {
		expect(unknownPortfolioTiers(rules, ['strategic', 'key', 'smart'])).toEqual([]);
		expect(unknownPortfolioTiers(rules, ['strategic', 'smart'])).toEqual(['key']);
	});
});
