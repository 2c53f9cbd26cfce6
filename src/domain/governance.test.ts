import { describe, expect, it } from 'vitest';
import { governanceInfo, sharedGovernance } from './governance.ts';

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

describe('sharedGovernance', () => {
	it('names the owner all entries share and the oldest review date', () => {
		const entries = [
			{ owner: { en: 'Head of KAM' }, lastReviewed: '2026-11-30' },
			{ owner: { en: 'Head of KAM' }, lastReviewed: '2026-03-01' },
		];
		expect(sharedGovernance(entries)).toEqual({ owner: { en: 'Head of KAM' }, lastReviewed: '2026-03-01' });
	});
	it('names no owner when entries differ, and no date when one entry has none', () => {
		expect(sharedGovernance([{ owner: 'A', lastReviewed: '2026-01-01' }, { owner: 'B' }])).toEqual({
			owner: undefined,
			lastReviewed: undefined,
		});
	});
	it('says nothing for no entries', () => {
		expect(sharedGovernance([])).toEqual({ owner: undefined, lastReviewed: undefined });
	});
});
