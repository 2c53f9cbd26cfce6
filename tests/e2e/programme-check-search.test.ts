// Site search finds the programme check by the words a sales director would type for it, in both languages, in a
// production build (Starlight builds the search index only there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, searchPages, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('search for the programme check', () => {
	it.each([
		['de', 'Reifegrad'],
		['de', 'KAM-Programm'],
		['de', 'Programm-Check'],
		['en', 'maturity'],
		['en', 'programme check'],
		['en', 'KAM programme'],
	])('in %s, "%s" lists the programme check first', async (lang, term) => {
		const { pages, errors, violations } = await searchPages(site, `/${lang}/`, term);
		expect(pages[0], pages.join(', ')).toBe(`/${lang}/programme-check/`);
		expect(errors).toEqual([]);
		expect(violations).toEqual([]);
	});
});
