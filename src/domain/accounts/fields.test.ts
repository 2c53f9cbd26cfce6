import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, localDate, MAX_HISTORY, readDate, readHistory, readRating, sameHistory, withChange } from './fields.ts';

const tier = (v: unknown) => (v === null ? null : v === 'key' || v === 'smart' ? v : undefined);
const keep = (s: string) => s.trim();

describe('dates', () => {
	it.each([
		['2027-03-01', '2027-03-01'],
		[' 1.3.2027 ', '2027-03-01'],
		['01.03.2027', '2027-03-01'],
		['2027-03-01T10:00:00.000Z', '2027-03-01'],
		['2024-02-29', '2024-02-29'],
		['2023-02-29', undefined],
		['31.04.2027', undefined],
		['03/01/2027', undefined],
		['2027-3-1', undefined],
		['next spring', undefined],
		[20270301, undefined],
	])('%s → %s', (value, date) => expect(readDate(value)).toBe(date));

	it('any real calendar date reads back as itself, in both spellings', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (d) => {
				const iso = d.toISOString().slice(0, 10);
				const [y, m, day] = iso.split('-');
				expect(readDate(iso)).toBe(iso);
				expect(readDate(`${Number(day)}.${Number(m)}.${y}`)).toBe(iso);
			}),
		);
	});

	it('counts days and writes the local date', () => {
		expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
		expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});

describe('ratings', () => {
	it.each([
		['', null],
		[null, null],
		['3', 3],
		['3,5', 3.5],
		[' 4.25 ', 4.25],
		[3.7, 3.7],
		['5', 5],
		['5.5', undefined],
		['0.9', undefined],
		['3.125', undefined],
		['high', undefined],
		[Number.NaN, undefined],
		[true, undefined],
	])('%s → %s', (value, rating) => expect(readRating(value)).toBe(rating));
});

describe('history', () => {
	it('reads a stored history, sorted by date, and refuses it whole when one entry is unreadable', () => {
		expect(
			readHistory(
				[
					{ from: 'key', to: null, date: '2026-05-01', reason: ' left ' },
					{ from: 'smart', to: 'key', date: '2026-01-02' },
				],
				tier,
				keep,
			),
		).toEqual([
			{ from: 'smart', to: 'key', date: '2026-01-02' },
			{ from: 'key', to: null, date: '2026-05-01', reason: 'left' },
		]);
		expect(readHistory(undefined, tier, keep)).toEqual([]);
		expect(readHistory([{ from: 'gold', to: 'key', date: '2026-01-02' }], tier, keep)).toBeUndefined();
		expect(readHistory([{ from: 'key', to: 'smart', date: 'soon' }], tier, keep)).toBeUndefined();
		expect(readHistory([{ from: 'key', to: 'smart', date: '2026-01-02', reason: 7 }], tier, keep)).toBeUndefined();
		expect(readHistory({ from: 'key' }, tier, keep)).toBeUndefined();
	});

	it('keeps the latest MAX_HISTORY changes', () => {
		let history = withChange(undefined, { from: 'key', to: 'smart', date: '2000-01-01' });
		for (let i = 1; i <= MAX_HISTORY; i++)
			history = withChange(history, { from: 'smart', to: 'key', date: `2001-01-${String((i % 28) + 1).padStart(2, '0')}` });
		expect(history).toHaveLength(MAX_HISTORY);
		expect(history[0]!.date).not.toBe('2000-01-01');
		expect(sameHistory(history, [...history])).toBe(true);
		expect(sameHistory(history, history.slice(1))).toBe(false);
		expect(sameHistory(undefined, [])).toBe(true);
	});
});
