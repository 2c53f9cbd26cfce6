import { describe, expect, it } from 'vitest';
import { portfolioGrid, quadrantOf, weightedScore } from './portfolio.ts';

describe('the portfolio grid', () => {
	const quadrants = [
		{ id: 'release', attractiveness: 'low', strength: 'low' },
		{ id: 'invest', attractiveness: 'high', strength: 'high' },
		{ id: 'maintain', attractiveness: 'low', strength: 'high' },
		{ id: 'build', attractiveness: 'high', strength: 'low' },
	] as const;
	it('puts high attractiveness on top and strength rising to the right', () => {
		expect(portfolioGrid(quadrants).map((row) => row.map((q) => q?.id))).toEqual([
			['build', 'invest'],
			['release', 'maintain'],
		]);
	});
	it('leaves a gap where a quadrant is missing', () => {
		expect(portfolioGrid(quadrants.slice(0, 2))[0]).toEqual([undefined, quadrants[1]]);
	});
});

describe('scores', () => {
	const factors = [{ weight: 30 }, { weight: 20 }, { weight: 20 }, { weight: 15 }, { weight: 15 }];
	it('weights each rating and divides by the sum of the weights', () => {
		expect(weightedScore(factors, [4, 5, 3, 2, 4])).toBeCloseTo(3.7);
		expect(weightedScore([{ weight: 1 }, { weight: 3 }], [1, 5])).toBe(4);
	});
	it('refuses ratings that do not match the factors', () => {
		expect(() => weightedScore(factors, [4, 5])).toThrow(/one rating per factor/);
	});
	it('counts a score as high from the threshold on', () => {
		expect(quadrantOf(3.5, 3.49, 3.5)).toEqual({ attractiveness: 'high', strength: 'low' });
	});
});
