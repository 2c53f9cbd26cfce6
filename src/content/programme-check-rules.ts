// Content rules of content/programme-check.yaml that a schema for one entry cannot see: one scale and one scoring
// entry, levels that start at 0, statement ids unique across blocks (share links name them), settings that fit the
// scale and the blocks, and next-step links that lead to a page the site builds. Called from validate.ts.
import type { ContentProblem, RawContent } from './validate.ts';

/** Pages every build has, as site paths without language (tests/unit/programme-check-content.test.ts keeps it true). */
export const FIXED_PAGES = [
	'',
	'onboarding/',
	'comparison/',
	'matrix/',
	'roles/',
	'plans/',
	'services/',
	'assessment/',
	'accounts/',
	'programme-check/',
	'portfolio-review/',
	'transitions/',
	'service-exceptions/',
	'scorecards/',
	'glossary/',
	'guides/adapt/',
	'guides/publish/',
] as const;

/** Pages built per entry of a collection: the folder and the collection whose ids name them. */
const ENTRY_PAGES = { 'tiers/': 'tiers', 'plans/': 'tiers', 'roles/': 'roles', 'departments/': 'departments' } as const;

/** The most statements the check may have: their share code must stay well within a link's length. */
export const MAX_STATEMENTS = 200;

type Entry = Record<string, unknown> | null | undefined;

const list = (data: unknown): Entry[] => (Array.isArray(data) ? (data as Entry[]) : []);
const idsIn = (data: unknown) => list(data).flatMap((e) => (typeof e?.id === 'string' ? [e.id] : []));
const label = (e: Entry, index: number) => (typeof e?.id === 'string' ? `"${e.id}" (item ${index + 1})` : `item ${index + 1}`);

/** Every site path (without language) a next-step link may lead to in this content. */
export function sitePaths(raw: RawContent): Set<string> {
	const paths = new Set<string>(FIXED_PAGES);
	for (const [folder, collection] of Object.entries(ENTRY_PAGES)) for (const id of idsIn(raw[collection].data)) paths.add(`${folder}${id}/`);
	return paths;
}

/** Problems in content/programme-check.yaml; none when the file could not be read (reported elsewhere). */
export function programmeCheckRules(raw: RawContent): ContentProblem[] {
	const { file, data } = raw.programmeCheck;
	if (!Array.isArray(data)) return [];
	const entries = list(data);
	const problems: ContentProblem[] = [];
	const problem = (entry: string, field: string, message: string) => problems.push({ file, entry, field, message });
	const ofKind = (kind: string) => entries.filter((e) => e?.kind === kind);

	for (const kind of ['scale', 'scoring'])
		if (ofKind(kind).length !== 1) problem('-', 'kind', `exactly one entry of kind "${kind}" is required`);
	const levels = ofKind('level');
	if (levels.length < 2) problem('-', 'kind', 'at least two entries of kind "level" are required');
	else if (!levels.some((l) => l?.from === 0)) problem('-', 'from', 'one level must start at 0, so that every score has a level');
	const blocks = ofKind('block');
	if (blocks.length < 2) problem('-', 'kind', 'at least two entries of kind "block" are required');

	const scaleSize = (ofKind('scale')[0]?.labels as unknown[] | undefined)?.length;
	const seenFrom = new Map<unknown, string>();
	const seenStatement = new Map<unknown, string>();
	const paths = sitePaths(raw);
	const glossary = new Set(idsIn(raw.glossary.data));
	let statements = 0;
	entries.forEach((e, index) => {
		const entry = label(e, index);
		if (e?.kind === 'level' && typeof e.from === 'number') {
			const other = seenFrom.get(e.from);
			if (other) problem(entry, 'from', `level ${other} already starts at ${e.from}`);
			else seenFrom.set(e.from, entry);
		}
		if (e?.kind === 'scoring') {
			if (typeof e.weakest === 'number' && blocks.length >= 2 && e.weakest > blocks.length)
				problem(entry, 'weakest', `must not exceed the ${blocks.length} building blocks`);
			if (typeof e.gapRating === 'number' && scaleSize && e.gapRating >= scaleSize)
				problem(entry, 'gapRating', `must be below the scale's ${scaleSize} steps (a gap is a rating short of the top)`);
		}
		if (e?.kind !== 'block') return;
		list(e.statements).forEach((s, i) => {
			statements++;
			const other = seenStatement.get(s?.id);
			if (typeof s?.id !== 'string') return;
			if (other) problem(entry, `statements.${i}.id`, `duplicate statement id; ${other} already uses it`);
			else seenStatement.set(s.id, `${entry} › statements.${i}`);
		});
		list(e.links).forEach((link, i) => {
			const to = link?.to;
			if (typeof to !== 'string') return;
			const [page = '', anchor] = to.split('#');
			if (!paths.has(page))
				problem(entry, `links.${i}.to`, `no page "${page}" in this playbook; use a page such as "services/" or "tiers/<tier id>/"`);
			else if (page === 'glossary/' && anchor && !glossary.has(anchor))
				problem(entry, `links.${i}.to`, `no glossary term "${anchor}"; expected an id from glossary.yaml`);
		});
	});
	if (statements > MAX_STATEMENTS) problem('-', 'statements', `${statements} statements in all; at most ${MAX_STATEMENTS} fit in a share link`);
	return problems;
}
