// The programme self-check's data, for any valid content: its rules name file, entry and field when broken; every
// answer to the real check scores soundly and travels in a share link; the pages a next step may link to are the
// pages the site builds.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { contentDir, loadContent } from '#src/content/load.ts';
import { FIXED_PAGES, MAX_STATEMENTS } from '#src/content/programme-check-rules.ts';
import { programmeFormat, programmeHash, readProgrammeHash, cleanLabel } from '#src/domain/programme-check/link.ts';
import { programmeModel, scoreProgramme, statementIds } from '#src/domain/programme-check/scoring.ts';
import { DONT_KNOW } from '#src/lib/rating-scale.ts';
import {
	entriesInOrder,
	entryName,
	mutatedCopy,
	problemsIn,
	readEntries,
	removeCopies,
	unusedId,
	type YamlEntries,
} from '#tests/fixtures/content-copy.ts';

afterEach(() => removeCopies());

const FILE = 'programme-check.yaml';
const entries = readEntries(contentDir(), FILE);
const indexOf = (kind: string) => entries.findIndex((e) => e.kind === kind);
const blocks = entriesInOrder(entries.filter((e) => e.kind === 'block'));
const [firstBlock, secondBlock] = blocks.map((b) => entries.indexOf(b)) as [number, number];
const named = (index: number) => entryName(entries, index);
type Statement = { id: string };
const statementsOf = (e: YamlEntries, index: number) => e[index]!.statements as Statement[];
const links = (e: YamlEntries, index: number) => e[index]!.links as { to: string }[];
const scaleSize = (entries[indexOf('scale')]!.labels as unknown[]).length;
const glossaryIds = readEntries(contentDir(), 'glossary.yaml').map((g) => g.id as string);
const model = programmeModel(loadContent().collections.programmeCheck);

describe('the programme check in the content under test', () => {
	it('has at least two blocks, a scale, levels from 0 and statement ids used once', () => {
		expect(model.blocks.length).toBeGreaterThanOrEqual(2);
		expect(model.levels[0]!.from).toBe(0);
		const ids = statementIds(model);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBeLessThanOrEqual(MAX_STATEMENTS);
	});

	it('scores any answers soundly and restores them from the share link', () => {
		const n = statementIds(model).length;
		const answers = fc.record({
			ratings: fc.array(fc.oneof(fc.integer({ min: 1, max: model.scaleSize }), fc.constant(DONT_KNOW), fc.constant(null)), {
				minLength: n,
				maxLength: n,
			}),
			label: fc.string({ maxLength: 100 }),
		});
		fc.assert(
			fc.property(answers, (a) => {
				const r = scoreProgramme(model, a);
				expect(r.total).toBe(n);
				expect(r.weakest.length).toBeLessThanOrEqual(model.weakest);
				const hash = programmeHash(model, a);
				expect(hash.length).toBeLessThanOrEqual(programmeFormat(model).maxLength);
				expect(readProgrammeHash(model, hash)).toEqual({ status: 'ok', value: { ...a, label: cleanLabel(a.label) } });
			}),
			{ numRuns: 500 },
		);
	});
});

describe('pages a next step may link to', () => {
	// Routes of src/pages/[lang]/ without a parameter, and the prose pages (the same slugs in every language).
	const routes = readdirSync('src/pages/[lang]', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.astro') && !f.includes('[') && !/(^|\/)404\.astro$/.test(f))
		.map((f) => `${f.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/^\/$/, ''));
	const prose = (lang: string) =>
		readdirSync(`src/content/docs/${lang}`, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
			.map((f) => `${f.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/^\/$/, ''));

	it('are the pages every build has, listed once in FIXED_PAGES', () => {
		for (const lang of LANGUAGES) expect(new Set(prose(lang))).toEqual(new Set(prose(LANGUAGES[0])));
		expect([...FIXED_PAGES].sort()).toEqual([...new Set([...routes, ...prose(LANGUAGES[0])])].sort());
	});
});

describe('broken programme check data', () => {
	const unknownStatementText = { de: 'Neue Aussage', en: 'New statement' };
	// Each row: what is broken, how to break it, and what the message must say.
	const mutations: [string, (e: YamlEntries) => unknown, string][] = [
		[
			'a statement id used in two blocks',
			(e) => (statementsOf(e, secondBlock)[0]!.id = statementsOf(e, firstBlock)[0]!.id),
			`content/${FILE} › entry ${named(secondBlock)} › field statements.0.id: duplicate statement id; ${named(firstBlock)} › statements.0 already uses it`,
		],
		[
			'a link to a page the playbook does not have',
			(e) => (links(e, firstBlock)[0]!.to = 'portfolio/'),
			`content/${FILE} › entry ${named(firstBlock)} › field links.0.to: no page "portfolio/" in this playbook`,
		],
		[
			'a link to a tier that does not exist',
			(e) => (links(e, secondBlock)[0]!.to = `tiers/${unusedId(readEntries(contentDir(), 'tiers.yaml'), 'platinum')}/`),
			`content/${FILE} › entry ${named(secondBlock)} › field links.0.to: no page "tiers/`,
		],
		[
			'a link to a glossary term that does not exist',
			(e) =>
				(links(e, firstBlock)[0]!.to = `glossary/#${unusedId(
					glossaryIds.map((id) => ({ id })),
					'maturity',
				)}`),
			`content/${FILE} › entry ${named(firstBlock)} › field links.0.to: no glossary term`,
		],
		[
			'a link written with the language',
			(e) => (links(e, firstBlock)[0]!.to = '/en/services/'),
			`content/${FILE} › entry ${named(firstBlock)} › field links.0.to: a site path without language`,
		],
		[
			'a block with one statement',
			(e) => (e[firstBlock]!.statements = statementsOf(e, firstBlock).slice(0, 1)),
			`content/${FILE} › entry ${named(firstBlock)} › field statements: a building block has 2 to 7 statements`,
		],
		[
			'a statement in one language only',
			(e) => statementsOf(e, secondBlock).push({ id: 'new-statement', text: { de: unknownStatementText.de } } as never),
			`content/${FILE} › entry ${named(secondBlock)} › field statements.${statementsOf(entries, secondBlock).length}.text.en: English text is missing`,
		],
		[
			'no scale',
			(e) => e.splice(indexOf('scale'), 1),
			`content/${FILE} › entry - › field kind: exactly one entry of kind "scale" is required`,
		],
		[
			'a second scoring entry',
			(e) => e.push({ ...e[indexOf('scoring')]!, id: unusedId(e, 'scoring') }),
			`content/${FILE} › entry - › field kind: exactly one entry of kind "scoring" is required`,
		],
		[
			'no level starting at 0',
			(e) => e.filter((x) => x.kind === 'level' && x.from === 0).forEach((x) => (x.from = 1)),
			`content/${FILE} › entry - › field from: one level must start at 0`,
		],
		[
			'two levels starting at the same score',
			(e) => e.filter((x) => x.kind === 'level').forEach((x) => (x.from = 0)),
			'› field from: level "',
		],
		[
			'more weakest blocks than there are blocks',
			(e) => (e[indexOf('scoring')]!.weakest = blocks.length + 1),
			`content/${FILE} › entry ${named(indexOf('scoring'))} › field weakest: must not exceed the ${blocks.length} building blocks`,
		],
		[
			'a gap rating at the top of the scale',
			(e) => (e[indexOf('scoring')]!.gapRating = scaleSize),
			`content/${FILE} › entry ${named(indexOf('scoring'))} › field gapRating: must be below the scale's ${scaleSize} steps`,
		],
		[
			'a level without meaning',
			(e) => delete e[indexOf('level')]!.meaning,
			`content/${FILE} › entry ${named(indexOf('level'))} › field meaning`,
		],
	];

	it.each(mutations)('%s: names file, entry and field', (_what, mutate, expected) => {
		expect(problemsIn(mutatedCopy(FILE, mutate))).toContain(expected);
	});

	it('accepts links to every kind of page the check may point to', () => {
		const tier = readEntries(contentDir(), 'tiers.yaml')[0]!.id;
		const role = readEntries(contentDir(), 'roles.yaml')[0]!.id;
		const department = readEntries(contentDir(), 'departments.yaml')[0]!.id;
		const targets = [
			'',
			'services/',
			`tiers/${tier}/`,
			`plans/${tier}/#download`,
			`roles/${role}/`,
			`departments/${department}/`,
			`glossary/#${glossaryIds[0]}`,
		];
		const link = (to: string) => ({ to, label: { de: 'Ziel', en: 'Target' } });
		const dir = mutatedCopy(FILE, (e) => {
			e[firstBlock]!.links = targets.slice(0, 4).map(link);
			e[secondBlock]!.links = targets.slice(4).map(link);
		});
		expect(problemsIn(dir)).toBe('');
	});
});
