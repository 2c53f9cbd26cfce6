// Bad content fails loudly: each mutation of a copy of the real data yields a message naming file, entry and field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblems, readContentDir, validateContent } from '#src/content/validate.ts';

type Entries = Record<string, unknown>[];
const copies: string[] = [];

function mutatedCopy(file: string, mutate: (entries: Entries) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'kam-content-'));
	copies.push(dir);
	cpSync('content', dir, { recursive: true });
	const entries = parse(readFileSync(join(dir, file), 'utf8')) as Entries;
	mutate(entries);
	writeFileSync(join(dir, file), stringify(entries));
	return dir;
}

function messageFor(dir: string): string {
	const problems = validateContent(readContentDir(dir, 'content'));
	return problems.length ? formatProblems(problems) : '';
}

afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the real content', () => {
	it('is valid', () => {
		expect(messageFor('content')).toBe('');
	});
});

// Each row: what is broken, the file, how to break it, and what the message must say.
const mutations: [string, string, (e: Entries) => void, string][] = [
	[
		'missing English text',
		'tiers.yaml',
		(e) => delete (e[0]!.definition as Record<string, string>).en,
		'content/tiers.yaml › entry "strategic" (item 1) › field definition.en: English text is missing',
	],
	[
		'blank German text',
		'departments.yaml',
		(e) => ((e[0]!.name as Record<string, string>).de = '   '),
		'content/departments.yaml › entry "customer-service" (item 1) › field name.de: German text is empty',
	],
	[
		'unknown tier id in a service level',
		'services.yaml',
		(e) => {
			const levels = e[0]!.levels as Record<string, unknown>;
			levels.platinum = levels.smart;
		},
		'content/services.yaml › entry "',
	],
	[
		'duplicate id',
		'geographies.yaml',
		(e) => e.push({ ...e[0]! }),
		'content/geographies.yaml › entry "national" (item 3) › field id: duplicate id; item 1 already uses it',
	],
	[
		'wrong type',
		'tiers.yaml',
		(e) => (e[1]!.order = 'second'),
		'content/tiers.yaml › entry "key" (item 2) › field order: Invalid input: expected number, received string',
	],
	[
		'empty required list',
		'tiers.yaml',
		(e) => (e[2]!.signals = []),
		'content/tiers.yaml › entry "smart" (item 3) › field signals: list must have at least one entry',
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
		(e) => (e[0]!.interfaces = ['purchasing-dept']),
		'content/roles.yaml › entry "strategic-kam" (item 1) › field interfaces.0: unknown department id "purchasing-dept"',
	],
	[
		'a geography without a matrix cell for one tier',
		'geographies.yaml',
		(e) => delete (e[1]!.cells as Record<string, unknown>).key,
		'content/geographies.yaml › entry "global" (item 2) › field cells.key',
	],
	[
		'a tier without its key account manager role',
		'roles.yaml',
		(e) => delete e[0]!.tier,
		'content/roles.yaml › entry - › field tier: tier "strategic" (tiers.yaml "strategic" (item 1)) needs exactly one role with "tier: strategic", found 0',
	],
	['two roles for one tier', 'roles.yaml', (e) => (e[1]!.tier = 'strategic'), 'needs exactly one role with "tier: strategic", found 2'],
	[
		'a review date that does not exist',
		'departments.yaml',
		(e) => (e[0]!.lastReviewed = '2026-02-30'),
		'content/departments.yaml › entry "customer-service" (item 1) › field lastReviewed: not a calendar date',
	],
	[
		'a review date in another format',
		'tiers.yaml',
		(e) => (e[1]!.lastReviewed = '27.11.2026'),
		'content/tiers.yaml › entry "key" (item 2) › field lastReviewed: a date as YYYY-MM-DD',
	],
	[
		'an owner in one language only',
		'roles.yaml',
		(e) => delete (e[0]!.owner as Record<string, string>).en,
		'content/roles.yaml › entry "strategic-kam" (item 1) › field owner.en: English text is missing',
	],
	[
		'a role title kept in tiers.yaml as well (roles.yaml holds it once)',
		'tiers.yaml',
		(e) => ((e[0]!.role as Record<string, unknown>).title = { de: 'Strategic Key Account Manager', en: 'Strategic Key Account Manager' }),
		'content/tiers.yaml › entry "strategic" (item 1) › field role.title: unknown field',
	],
];

describe('broken content', () => {
	it.each(mutations)('%s: names file, entry and field', (_what, file, mutate, expected) => {
		const message = messageFor(mutatedCopy(file, mutate));
		expect(message).toContain(expected);
	});

	it('names the unknown tier id as a field of the service entry', () => {
		const message = messageFor(
			mutatedCopy('services.yaml', (e) => {
				const levels = e[0]!.levels as Record<string, unknown>;
				levels.platinum = levels.smart;
			}),
		);
		expect(message).toMatch(/content\/services\.yaml › entry "[a-z0-9-]+" \(item 1\) › field levels\.platinum: unknown field/);
	});

	it('stops `astro build` before rendering, printing the same message', () => {
		const dir = mutatedCopy('tiers.yaml', (e) => delete (e[0]!.definition as Record<string, string>).en);
		const outDir = mkdtempSync(join(tmpdir(), 'kam-dist-'));
		copies.push(outDir);
		const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
			env: { ...process.env, KAM_CONTENT_DIR: dir },
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(result.status).not.toBe(0);
		expect(`${result.stdout}${result.stderr}`).toContain('› entry "strategic" (item 1) › field definition.en: English text is missing');
	});
});
