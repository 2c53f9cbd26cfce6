import { describe, expect, it } from 'vitest';
import { governanceInfo, sharedGovernance, suggestChangeHref } from './governance.ts';

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

describe('suggestChangeHref', () => {
	const page = { title: 'Smart Key Account & more', url: 'https://playbook.example.com/en/tiers/smart/', subject: 'KAM Playbook' };
	it('writes a mail that names the page and its address', () => {
		const href = suggestChangeHref('kam@example.com', page)!;
		expect(href.startsWith('mailto:kam@example.com?')).toBe(true);
		const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
		expect(query.get('subject')).toBe('KAM Playbook: Smart Key Account & more');
		expect(query.get('body')).toContain(page.url);
		expect(href).not.toContain('+');
	});
	it('keeps a URL as it is', () => {
		expect(suggestChangeHref('https://git.example.com/kam/issues/new', page)).toBe('https://git.example.com/kam/issues/new');
	});
	it('gives no link when the setting is off or empty', () => {
		expect(suggestChangeHref(false, page)).toBeUndefined();
		expect(suggestChangeHref('  ', page)).toBeUndefined();
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
