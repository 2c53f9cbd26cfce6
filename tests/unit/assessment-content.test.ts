// The assessment's scoring settings and revenue question are data: broken values fail with file, entry and field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblems, readContentDir, validateContent } from '#src/content/validate.ts';

type Entry = Record<string, unknown>;
const copies: string[] = [];
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function problemsAfter(mutate: (entries: Entry[]) => Entry[] | void): string {
	const dir = mkdtempSync(join(tmpdir(), 'kam-assessment-'));
	copies.push(dir);
	cpSync('content', dir, { recursive: true });
	const file = join(dir, 'assessment.yaml');
	const entries = parse(readFileSync(file, 'utf8')) as Entry[];
	writeFileSync(file, stringify(mutate(entries) ?? entries));
	const problems = validateContent(readContentDir(dir, 'content'));
	return problems.length ? formatProblems(problems) : '';
}

const scoring = (entries: Entry[]) => entries.find((e) => e.kind === 'scoring')!;

// Each row: what is broken, how to break it, and what the message must say.
const cases: [string, (entries: Entry[]) => Entry[] | void, string][] = [
	[
		'no scoring entry',
		(e: Entry[]) => e.filter((x) => x.kind !== 'scoring'),
		'content/assessment.yaml › entry - › field kind: exactly one entry of kind "scoring" is required',
	],
	[
		'a borderline margin above 100',
		(e: Entry[]) => void (scoring(e).borderlineMargin = 120),
		'› entry "scoring" (item 21) › field borderlineMargin: Too big',
	],
	[
		'a conflict pair naming an unknown cluster',
		(e: Entry[]) => void (scoring(e).conflictPairs = [['shapes-future', 'cheap']]),
		'› entry "scoring" (item 21) › field conflictPairs.0.1',
	],
	[
		'a conflict pair naming one cluster twice',
		(e: Entry[]) => void (scoring(e).conflictPairs = [['shapes-future', 'shapes-future']]),
		'field conflictPairs.0: a conflict pair names two different clusters',
	],
	[
		'a reason rating above the scale',
		(e: Entry[]) => void (scoring(e).driverRating = 6),
		'› entry "scoring" (item 21) › field driverRating: must not exceed the scale\'s 5 steps',
	],
	['a misspelt threshold', (e: Entry[]) => void (scoring(e).minimumScor = 50), 'field minimumScor: unknown field'],
	[
		'a second revenue question',
		(e: Entry[]) => [...e, { ...e.find((x) => x.kind === 'revenue')!, id: 'turnover' }],
		'at most one entry of kind "revenue" is allowed',
	],
	[
		'a single revenue band',
		(e: Entry[]) => void (e.find((x) => x.kind === 'revenue')!.bands = [{ de: 'Groß', en: 'Large' }]),
		'› entry "revenue" (item 20) › field bands: give 2 to 9 revenue bands',
	],
];

describe('assessment scoring settings', () => {
	it.each(cases)('%s fails with a precise message', (_what, mutate, expected) => {
		expect(problemsAfter(mutate)).toContain(expected);
	});

	it('accepts the real data', () => {
		expect(problemsAfter(() => undefined)).toBe('');
	});
});
