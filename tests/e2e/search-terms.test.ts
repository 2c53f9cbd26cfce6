// Search knows readers' words: every word of the terminology list's `alsoCalled` (content/terminology.yaml), typed into
// the site search, lists a page that uses the preferred term among the first three results. And for these business
// words the guides (how to adapt and publish the playbook) never rank above a content page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '#src/config/locales.ts';
import { loadContent } from '#src/content/load.ts';
import { inTurn, openSite, searchPages, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const { terminology } = loadContent().collections;

/** A word a reader types, and the term the playbook uses for it. */
interface Query {
	key: string;
	lang: Lang;
	word: string;
	term: string;
}

const queries: Query[] = LANGUAGES.flatMap((lang) =>
	terminology.flatMap((entry) =>
		(entry.alsoCalled?.[lang] ?? []).map((word) => ({ key: `${lang}:${word}`, lang, word, term: entry.preferred[lang] })),
	),
);
const byKey = new Map(queries.map((q) => [q.key, q]));

const isGuide = (path: string) => /^\/[a-z]{2}\/guides\//.test(path);
const resultsFor = inTurn(
	queries.map((q) => q.key),
	(key) => searchPages(site, `/${byKey.get(key)!.lang}/`, byKey.get(key)!.word),
	3,
);

/** The searchable text of a built page (its main content, as search indexes it), in lower case. */
function pageText(path: string): string {
	const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	return main
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|\s+/g, ' ')
		.toLowerCase();
}

describe('search by the words readers use', () => {
	it('has words to try in every language', () => {
		for (const lang of LANGUAGES) expect(queries.filter((q) => q.lang === lang).length, lang).toBeGreaterThan(0);
	});

	it.each(queries.map((q) => [q.lang, q.word, q.term, q.key] as const))(
		'in %s, "%s" lists a page that says "%s" among the first three',
		async (_lang, _word, term, key) => {
			const { pages, errors } = await resultsFor(key);
			expect(errors).toEqual([]);
			const first = pages.slice(0, 3).filter((page) => !isGuide(page));
			expect(
				first.some((page) => pageText(page).includes(term.toLowerCase())),
				`no page among ${pages.slice(0, 3).join(', ') || '(no results)'} says "${term}"`,
			).toBe(true);
			const lastContent = pages.findLastIndex((page) => !isGuide(page));
			const firstGuide = pages.findIndex(isGuide);
			expect(firstGuide === -1 || firstGuide > lastContent, `a guide ranks above a content page: ${pages.join(', ')}`).toBe(true);
		},
	);
});
