import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRatings, DONT_KNOW, encodeRatings, levelOf, tally, validRating } from './rating-scale.ts';

const K = DONT_KNOW;
/** Any answer on a scale of `size` steps: a step, "don't know" or none. */
const answer = (size: number) => fc.oneof(fc.integer({ min: 1, max: size }), fc.constant(K), fc.constant(null));

describe('valid ratings', () => {
	it.each([
		[1, 4, true, 1],
		[4, 4, true, 4],
		[5, 4, true, null],
		[K, 4, true, K],
		[K, 4, false, null],
		[-1, 4, true, null],
		[2.5, 4, true, null],
		['3', 4, true, null],
		[null, 4, true, null],
		[undefined, 4, true, null],
		[Number.NaN, 4, true, null],
	])('%s on a %i-step scale (don’t know allowed: %s) is %s', (value, size, dontKnow, expected) => {
		expect(validRating(value, size, dontKnow)).toBe(expected);
	});
});

describe('tally', () => {
	// Each row: answers on a four-step scale (0 = don't know, null = open), and the score with its counts.
	it.each([
		['nothing answered', [null, null, null], { score: null, rated: 0, unknown: 0, open: 3, total: 3 }],
		['only "don’t know"', [K, K], { score: null, rated: 0, unknown: 2, open: 0, total: 2 }],
		['the lowest step', [1, 1], { score: 0, rated: 2, unknown: 0, open: 0, total: 2 }],
		['the highest step', [4, 4, 4], { score: 100, rated: 3, unknown: 0, open: 0, total: 3 }],
		['one step of each', [1, 2, 3, 4], { score: 50, rated: 4, unknown: 0, open: 0, total: 4 }],
		['"don’t know" left out', [4, K, 1, K], { score: 50, rated: 2, unknown: 2, open: 0, total: 4 }],
		['open answers left out', [3, null], { score: 67, rated: 1, unknown: 0, open: 1, total: 2 }],
		['junk counted as open', [9, 'x', 2], { score: 33, rated: 1, unknown: 0, open: 2, total: 3 }],
	])('%s', (_what, ratings, expected) => {
		expect(tally(ratings, 4)).toEqual(expected);
	});

	it('weighs answers when weights are given', () => {
		// (2 × 3 + 1 × 0) of (2 × 3 + 1 × 3) = 6 of 9.
		expect(tally([4, 1], 4, [2, 1]).score).toBe(67);
	});

	it('scores 0–100, counts every answer once and ignores "don’t know"', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 7 }).chain((size) => fc.tuple(fc.constant(size), fc.array(answer(size), { maxLength: 12 }))),
				([size, ratings]) => {
					const t = tally(ratings, size);
					expect(t.rated + t.unknown + t.open).toBe(ratings.length);
					if (t.score !== null) expect(t.score).toBeGreaterThanOrEqual(0);
					if (t.score !== null) expect(t.score).toBeLessThanOrEqual(100);
					expect(t.score === null).toBe(t.rated === 0);
					expect(tally([...ratings, K], size).score).toBe(t.score);
				},
			),
		);
	});

	it('never falls when one answer rises', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 }), fc.nat(), (ratings, at) => {
				const i = at % ratings.length;
				const raised = ratings.with(i, Math.min(5, ratings[i]! + 1));
				expect(tally(raised, 5).score!).toBeGreaterThanOrEqual(tally(ratings, 5).score!);
			}),
		);
	});
});

describe('levels', () => {
	const levels = [
		{ id: 'low', from: 0 },
		{ id: 'mid', from: 40 },
		{ id: 'high', from: 80 },
	];
	it.each([
		[null, null],
		[0, 'low'],
		[39, 'low'],
		[40, 'mid'],
		[79, 'mid'],
		[80, 'high'],
		[100, 'high'],
	])('a score of %s reaches %s', (score, id) => {
		expect(levelOf(score, levels)?.id ?? null).toBe(id);
	});
});

describe('ratings in a share code', () => {
	it('writes one character per answer and reads them back exactly', () => {
		expect(encodeRatings([1, 4, K, null, 9, 'x'], 4)).toBe('140---');
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 7 }).chain((size) => fc.tuple(fc.constant(size), fc.array(answer(size), { maxLength: 40 }))),
				([size, ratings]) => {
					const text = encodeRatings(ratings, size);
					expect(text).toHaveLength(ratings.length);
					expect(decodeRatings(text, ratings.length, size)).toEqual(ratings);
				},
			),
		);
	});

	it('writes no "don’t know" where the scale has none', () => {
		expect(encodeRatings([K, 2], 5, false)).toBe('-2');
	});

	it.each([
		['too short', '12', 3, 4, true],
		['too long', '1234', 3, 4, true],
		['a step above the scale', '125', 3, 4, true],
		['"don’t know" where the scale has none', '120', 3, 4, false],
		['a letter', '12a', 3, 4, true],
		['a space', '1 2', 3, 4, true],
	])('refuses %s', (_what, text, count, size, dontKnow) => {
		expect(decodeRatings(text, count, size, dontKnow)).toBeNull();
	});
});
