import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './language-choice.ts';

describe('chooseLanguage', () => {
	const sites = ['de', 'en'];
	it.each([
		['a stored choice wins over the browser', 'en', ['de-DE', 'de'], 'en'],
		['the first preferred language the site has', null, ['fr-FR', 'en-US', 'de'], 'en'],
		['region and case do not matter', null, ['EN-gb'], 'en'],
		['no match falls back to the default', null, ['fr', 'it'], 'de'],
		['no browser list falls back to the default', null, undefined, 'de'],
		['an unknown stored value is ignored', 'fr', ['en'], 'en'],
		['a stored value that is not a string is ignored', 42, ['en'], 'en'],
		['a stored value must match exactly', 'EN', [], 'de'],
	] as const)('%s', (_name, stored, preferred, expected) => {
		expect(chooseLanguage(sites, 'de', stored, preferred)).toBe(expected);
	});
});
