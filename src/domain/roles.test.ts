import { describe, expect, it } from 'vitest';
import { formatRange, jobTitle, prefixTitle, scopedTitles, type TitleScope } from './roles.ts';

const national: TitleScope = { id: 'national', name: { de: 'National', en: 'National' }, titlePrefix: { de: 'National', en: 'National' } };
const global: TitleScope = { id: 'global', name: { de: 'Global', en: 'Global' }, titlePrefix: { de: 'Global', en: 'Global' } };
const regional: TitleScope = { id: 'regional', name: { de: 'Regional', en: 'Regional' }, titlePrefix: { de: 'Regional', en: 'Regional' } };

describe('scopedTitles', () => {
	it('puts each scope prefix before the role title, in the scopes’ order', () => {
		const titles = scopedTitles({ de: 'Smart Key Account Manager', en: 'Smart Key Account Manager' }, [national, global], 'en');
		expect(titles.map((t) => t.title)).toEqual(['National Smart Key Account Manager', 'Global Smart Key Account Manager']);
		expect(titles.map((t) => t.scopeId)).toEqual(['national', 'global']);
	});

	it('yields a title for a scope added to the data without code changes', () => {
		const titles = scopedTitles({ de: 'Key Account Manager', en: 'Key Account Manager' }, [national, regional, global], 'de');
		expect(titles.map((t) => t.title)).toEqual([
			'National Key Account Manager',
			'Regional Key Account Manager',
			'Global Key Account Manager',
		]);
	});

	it('uses the language’s own prefix', () => {
		const europe: TitleScope = { id: 'europe', name: { de: 'Europa', en: 'Europe' }, titlePrefix: { de: 'Europäischer', en: 'European' } };
		expect(scopedTitles({ de: 'Key Account Manager', en: 'Key Account Manager' }, [europe], 'de')[0]!.title).toBe(
			'Europäischer Key Account Manager',
		);
		expect(scopedTitles({ de: 'Key Account Manager', en: 'Key Account Manager' }, [europe], 'en')[0]!.title).toBe(
			'European Key Account Manager',
		);
	});
});

describe('jobTitle', () => {
	it('joins prefix and title in every language by the same rule as prefixTitle', () => {
		expect(jobTitle({ de: 'Global', en: 'Global' }, { de: 'Smart Key Account Manager', en: 'Smart Key Account Manager' })).toEqual({
			de: 'Global Smart Key Account Manager',
			en: 'Global Smart Key Account Manager',
		});
		expect(jobTitle({ de: '', en: '' }, { de: 'KAM', en: 'KAM' })).toEqual({ de: 'KAM', en: 'KAM' });
		expect(jobTitle({ de: 'Global', en: 'Global' }, { de: 'Global Account Manager', en: 'Global Account Manager' }).en).toBe(
			'Global Account Manager',
		);
	});
});

describe('prefixTitle', () => {
	it.each([
		['Global', 'Key Account Manager', 'Global Key Account Manager'],
		['  Global ', ' Key Account Manager ', 'Global Key Account Manager'],
		['Global', 'Global Key Account Manager', 'Global Key Account Manager'],
		['', 'Key Account Manager', 'Key Account Manager'],
		['Global', 'Globalisation Manager', 'Global Globalisation Manager'],
	])('%j + %j → %j', (prefix, title, expected) => {
		expect(prefixTitle(prefix, title)).toBe(expected);
	});
});

describe('formatRange', () => {
	it('shows a range with an en dash and a single number when both ends agree', () => {
		expect(formatRange({ min: 2, max: 4 })).toBe('2–4');
		expect(formatRange({ min: 1, max: 1 })).toBe('1');
	});
});
