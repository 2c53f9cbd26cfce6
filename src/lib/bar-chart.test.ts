import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAR_CHART, barChartLayout, barLength } from './bar-chart.ts';

describe('bar length', () => {
	const full = BAR_CHART.barWidth;
	it.each([
		['no value', null, 100, 0],
		['zero', 0, 100, 0],
		['half', 50, 100, full / 2],
		['the maximum', 100, 100, full],
		['above the maximum', 140, 100, full],
		['below zero', -5, 100, 0],
		['not a number', Number.NaN, 100, 0],
		['a maximum of zero', 5, 0, 0],
		['another maximum', 3, 4, (3 * full) / 4],
	])('for %s', (_what, value, max, expected) => {
		expect(barLength(value, max)).toBe(expected);
	});

	// Values as a chart gets them: scores with up to two decimals, and anything from far below to far above the scale.
	const value = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100);
	it('stays within the track and grows with the value', () => {
		fc.assert(
			fc.property(value, value, (a, b) => {
				const [low, high] = a <= b ? [a, b] : [b, a];
				expect(barLength(low)).toBeGreaterThanOrEqual(0);
				expect(barLength(high)).toBeLessThanOrEqual(full);
				expect(barLength(low)).toBeLessThanOrEqual(barLength(high));
			}),
		);
	});
});

describe('layout', () => {
	it('stacks one row per id, label above bar, and places the marks on the track', () => {
		const layout = barChartLayout(['a', 'b', 'c'], [40, 65]);
		expect(layout.rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expect(layout.height).toBe(BAR_CHART.top + 3 * BAR_CHART.row);
		expect(layout.width).toBe(BAR_CHART.barWidth + BAR_CHART.valueRoom);
		for (const [i, row] of layout.rows.entries()) {
			expect(row.labelY).toBeLessThan(row.barY);
			expect(row.barY + layout.barHeight).toBeLessThanOrEqual(layout.height);
			if (i > 0) expect(row.labelY).toBeGreaterThan(layout.rows[i - 1]!.barY + layout.barHeight);
		}
		expect(layout.marks).toEqual([barLength(40), barLength(65)]);
		expect(layout.valueX).toBeGreaterThan(layout.barWidth);
	});
});
