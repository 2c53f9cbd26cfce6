// Bad content fails loudly: each mutation of a copy of the content under test yields a message naming file, entry and field.
import { basename } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import { contentDir, loadContent } from '#src/content/load.ts';
import { formatProblems, settingsChecks } from '#src/content/validate.ts';
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

type Texts = Record<string, string>;

afterEach(() => {
	vi.unstubAllEnvs();
	removeCopies();
});

describe('the real content', () => {
	it('is valid', () => {
		expect(problemsIn(contentDir())).toBe('');
	});
});

// The entries the mutations break, read from the content under test so that every message names real entries.
const original = (file: string) => readEntries(contentDir(), file);
const tiers = original('tiers.yaml');
const roles = original('roles.yaml');
const geographies = original('geographies.yaml');
const departments = original('departments.yaml');
const named = (entries: YamlEntries, index: number) => entryName(entries, index);
/** Position of the second and third entry, or the last one when a file has fewer. */
const second = (entries: YamlEntries) => Math.min(1, entries.length - 1);
const third = (entries: YamlEntries) => Math.min(2, entries.length - 1);
const tierIds = entriesInOrder(tiers).map((t) => t.id as string);
const unknownTier = unusedId(tiers, 'platinum');
const unknownDepartment = unusedId(departments, 'purchasing-dept');
// The first key account manager role, the tier it serves, and another role that may be given that tier too.
const kamRole = roles.findIndex((r) => typeof r.tier === 'string');
const kamTier = roles[kamRole]!.tier as string;
const otherRole = kamRole === 0 ? 1 : 0;
const tierNamed = (id: string) =>
	named(
		tiers,
		tiers.findIndex((t) => t.id === id),
	);
const missingCell = tierIds[1] ?? tierIds[0]!;
const firstLevel = (e: YamlEntries) => e[0]!.levels as Record<string, unknown>;

// Each row: what is broken, the file, how to break it, and what the message must say.
const mutations: [string, string, (e: YamlEntries) => unknown, string][] = [
	[
		'missing English text',
		'tiers.yaml',
		(e) => delete (e[0]!.definition as Texts).en,
		`content/tiers.yaml › entry ${named(tiers, 0)} › field definition.en: English text is missing`,
	],
	[
		'blank German text',
		'departments.yaml',
		(e) => ((e[0]!.name as Texts).de = '   '),
		`content/departments.yaml › entry ${named(departments, 0)} › field name.de: German text is empty`,
	],
	[
		'unknown tier id in a service level',
		'services.yaml',
		(e) => (firstLevel(e)[unknownTier] = Object.values(firstLevel(e))[0]),
		'content/services.yaml › entry "',
	],
	[
		'duplicate id',
		'geographies.yaml',
		(e) => e.push({ ...e[0]! }),
		`content/geographies.yaml › entry "${String(geographies[0]!.id)}" (item ${geographies.length + 1}) › field id: duplicate id; item 1 already uses it`,
	],
	[
		'wrong type',
		'tiers.yaml',
		(e) => (e[second(e)]!.order = 'second'),
		`content/tiers.yaml › entry ${named(tiers, second(tiers))} › field order: Invalid input: expected number, received string`,
	],
	[
		'empty required list',
		'tiers.yaml',
		(e) => (e[third(e)]!.signals = []),
		`content/tiers.yaml › entry ${named(tiers, third(tiers))} › field signals: list must have at least one entry`,
	],
	[
		'unknown key (a typo)',
		'glossary.yaml',
		(e) => (e[0]!.defintion = e[0]!.definition),
		'› field defintion: unknown field (not in the schema; check its spelling)',
	],
	[
		'reference to a department that does not exist',
		'roles.yaml',
		(e) => (e[0]!.interfaces = [unknownDepartment]),
		`content/roles.yaml › entry ${named(roles, 0)} › field interfaces.0: unknown department id "${unknownDepartment}"`,
	],
	[
		'a geography without a matrix cell for one tier',
		'geographies.yaml',
		(e) => delete (e[second(e)]!.cells as Record<string, unknown>)[missingCell],
		`content/geographies.yaml › entry ${named(geographies, second(geographies))} › field cells.${missingCell}`,
	],
	[
		'a tier without its key account manager role',
		'roles.yaml',
		(e) => delete e[kamRole]!.tier,
		`content/roles.yaml › entry - › field tier: tier "${kamTier}" (tiers.yaml ${tierNamed(kamTier)}) needs exactly one role with "tier: ${kamTier}", found 0`,
	],
	[
		'two roles for one tier',
		'roles.yaml',
		// With a single role in the file, a second one for the same tier is added instead.
		(e) => (e.length > 1 ? (e[otherRole]!.tier = kamTier) : e.push({ ...e[kamRole]!, id: unusedId(e, 'second-manager') })),
		`needs exactly one role with "tier: ${kamTier}", found 2`,
	],
	[
		'a review date that does not exist',
		'departments.yaml',
		(e) => (e[0]!.lastReviewed = '2026-02-30'),
		`content/departments.yaml › entry ${named(departments, 0)} › field lastReviewed: not a calendar date`,
	],
	[
		'a review date in another format',
		'tiers.yaml',
		(e) => (e[second(e)]!.lastReviewed = '27.11.2026'),
		`content/tiers.yaml › entry ${named(tiers, second(tiers))} › field lastReviewed: a date as YYYY-MM-DD`,
	],
	[
		'an owner in one language only',
		'roles.yaml',
		// The owner is optional: a role without one gets a German owner only.
		(e) => (e[0]!.owner = { de: (e[0]!.owner as Texts | undefined)?.de ?? 'Leitung Vertrieb' }),
		`content/roles.yaml › entry ${named(roles, 0)} › field owner.en: English text is missing`,
	],
	[
		'a role title kept in tiers.yaml as well (roles.yaml holds it once)',
		'tiers.yaml',
		(e) => ((e[0]!.role as Record<string, unknown>).title = { de: 'Strategic Key Account Manager', en: 'Strategic Key Account Manager' }),
		`content/tiers.yaml › entry ${named(tiers, 0)} › field role.title: unknown field`,
	],
];

describe('broken content', () => {
	it.each(mutations)('%s: names file, entry and field', (_what, file, mutate, expected) => {
		expect(problemsIn(mutatedCopy(file, mutate))).toContain(expected);
	});

	it('names the unknown tier id as a field of the service entry', () => {
		const message = problemsIn(mutatedCopy('services.yaml', (e) => (firstLevel(e)[unknownTier] = Object.values(firstLevel(e))[0])));
		expect(message).toMatch(/content\/services\.yaml › entry "[a-z0-9-]+" \(item 1\) › field levels\.[a-z0-9-]+: unknown field/);
		expect(message).toContain(
			`content/services.yaml › entry ${named(original('services.yaml'), 0)} › field levels.${unknownTier}: unknown field`,
		);
	});

	// Astro evaluates astro.config.mjs before it renders anything, and the config validates the content: so a
	// config that throws on broken data is a build that stops with that message, without running a whole build.
	const config = async (dir: string) => {
		vi.stubEnv('KAM_CONTENT_DIR', dir);
		vi.resetModules();
		return (await import('../../astro.config.mjs')) as { default: { integrations?: unknown[] } };
	};

	it('lets the Astro config load for sound content', async () => {
		const loaded = await config(contentDir());
		expect(loaded.default.integrations?.length).toBeGreaterThan(0);
	});

	it('stops `astro build` when its config loads, before rendering, printing the same message', async () => {
		const dir = mutatedCopy('tiers.yaml', (e) => delete (e[0]!.definition as Texts).en);
		await expect(config(dir)).rejects.toThrow(
			`${basename(dir)}/tiers.yaml › entry ${named(tiers, 0)} › field definition.en: English text is missing`,
		);
	});
});

describe('settings that name content ids', () => {
	it('accept the shipped settings for the content under test', () => {
		expect(settingsChecks(loadContent().ids, ACCOUNT_WARNING_RULES)).toEqual([]);
	});

	it('name the setting and the tiers it may use when it names a tier the content does not have', () => {
		const ids = { ...loadContent().ids, tiers: tierIds };
		const message = formatProblems(settingsChecks(ids, { sponsorTiers: [unknownTier], maxPerOwner: ACCOUNT_WARNING_RULES.maxPerOwner }));
		expect(message).toContain(
			`src/config/account-warnings.ts › entry - › field sponsorTiers: unknown tier id "${unknownTier}"; expected one of ${tierIds.join(', ')}`,
		);
	});
});
