// Site search finds the pages for running the programme by the words practitioners type: "Portfolio", "Einstufung
// ändern", "reclassify", "Kulanz", "goodwill", "Scorecard". The words come from the pages' titles and leads (UI strings),
// so the test holds for any company content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, searchPages, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('search finds the programme pages', () => {
	it.each([
		['de', 'Portfolio', '/de/portfolio-review/'],
		['en', 'Portfolio', '/en/portfolio-review/'],
		['de', 'Einstufung ändern', '/de/transitions/'],
		['en', 'reclassify', '/en/transitions/'],
		['de', 'Kulanz', '/de/service-exceptions/'],
		['en', 'goodwill', '/en/service-exceptions/'],
		['de', 'Scorecard', '/de/scorecards/'],
		['en', 'Scorecard', '/en/scorecards/'],
	])('in %s, "%s" lists %s among the first three results', async (lang, term, expected) => {
		const { pages, errors, violations } = await searchPages(site, `/${lang}/`, term);
		expect(pages.slice(0, 3), pages.join(', ')).toContain(expected);
		expect(errors).toEqual([]);
		expect(violations).toEqual([]);
	});
});
