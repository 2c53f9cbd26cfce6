import { describe, expect, it } from 'vitest';
import { compareText, formatDate, isLang, numberFormat, otherLanguages, pick, sitePath } from './localize.ts';

describe('sitePath', () => {
	it.each([
		['/', 'de', '', '/de/'],
		['/', 'en', 'tiers/smart', '/en/tiers/smart/'],
		['/kam/', 'en', '/tiers/smart/', '/kam/en/tiers/smart/'],
		['/kam', 'de', 'glossary#tco', '/kam/de/glossary/#tco'],
	] as const)('base %s, %s, %s → %s', (base, lang, path, expected) => {
		expect(sitePath(base, lang, path)).toBe(expected);
	});
});

describe('language helpers', () => {
	it('recognises only the two site languages', () => {
		expect(isLang('de')).toBe(true);
		expect(isLang('en')).toBe(true);
		expect(isLang('fr')).toBe(false);
		expect(isLang(undefined)).toBe(false);
	});
	it('picks the requested language and names the other', () => {
		expect(pick({ de: 'Ausschreibung', en: 'tender' }, 'en')).toBe('tender');
		expect(otherLanguages('de')).toEqual(['en']);
		expect(otherLanguages('en')).toEqual(['de']);
	});
});

describe('formatDate', () => {
	it('writes dates the German and the British way, whatever the time zone', () => {
		const date = new Date('2026-11-27T00:00:00Z');
		expect(formatDate(date, 'de')).toBe('27. November 2026');
		expect(formatDate(date, 'en')).toBe('27 November 2026');
	});
});

describe('compareText', () => {
	it('sorts as localeCompare in the language does', () => {
		const names = ['Zoll', 'Überweisung', 'Apfel', 'über', 'Ölwechsel', 'Ostern', 'a', 'A'];
		for (const lang of ['de', 'en'] as const)
			expect([...names].sort(compareText(lang))).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
	});
});

describe('numberFormat', () => {
	it('sets up one format per language and options', () => {
		expect(numberFormat('de', { style: 'percent' })).toBe(numberFormat('de', { style: 'percent' }));
		expect(numberFormat('en', { style: 'percent' })).not.toBe(numberFormat('de', { style: 'percent' }));
		expect(numberFormat('de', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1000)).toBe('1.000\u00a0€');
	});
});
