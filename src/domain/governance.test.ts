import { describe, expect, it } from 'vitest';
import { governanceInfo } from './governance.ts';

const today = new Date('2026-11-27T00:00:00Z');

describe('governanceInfo', () => {
	it('is absent when a page names neither owner nor review date', () => {
		expect(governanceInfo({}, today, 12)).toBeUndefined();
	});
	it.each([
		['2026-01-15', false],
		['2025-11-28', false],
		['2025-11-26', true],
		['2023-05-01', true],
	])('reviewed on %s is overdue after 12 months: %s', (date, overdue) => {
		expect(governanceInfo({ owner: 'Sales Excellence', lastReviewed: new Date(date) }, today, 12)?.overdue).toBe(overdue);
	});
	it('never calls a page without a review date overdue', () => {
		expect(governanceInfo({ owner: 'Jana Weber' }, today, 12)).toEqual({ owner: 'Jana Weber', lastReviewed: undefined, overdue: false });
	});
});
