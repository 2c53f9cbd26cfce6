// The assessment's rules, thresholds and revenue question are data: broken values fail with file, entry and field.
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '#src/content/load.ts';
import {
	copyContent,
	entryName,
	mutateEntries,
	problemsIn,
	readEntries,
	removeCopies,
	type YamlEntries,
} from '#tests/fixtures/content-copy.ts';

afterEach(removeCopies);

function problemsAfter(mutate: (entries: YamlEntries) => unknown): string {
	const dir = copyContent(contentDir(), 'kam-assessment-');
	mutateEntries(dir, 'assessment.yaml', mutate);
	return problemsIn(dir);
}

// Positions and sizes come from the content under test, so the messages name its own entries.
const items = readEntries(contentDir(), 'assessment.yaml');
const scoringAt = items.findIndex((e) => e.kind === 'scoring');
const steps = (items.find((e) => e.kind === 'scale')!.labels as unknown[]).length;
// The revenue question is optional; where the content has none, the test adds one as a company would.
const revenueAt = items.some((e) => e.kind === 'revenue') ? items.findIndex((e) => e.kind === 'revenue') : items.length;
const revenueNamed = entryName([...items, { id: 'revenue' }], revenueAt);
const scoringNamed = entryName(items, scoringAt);

const scoring = (entries: YamlEntries) => entries.find((e) => e.kind === 'scoring')!;
/** The first entry of `kind`, or `added` appended where the content has none, as a company would write it. */
function entryOf(entries: YamlEntries, kind: string, added: YamlEntries[number]): YamlEntries[number] {
	const found = entries.find((e) => e.kind === kind);
	if (found) return found;
	entries.push(added);
	return added;
}
const revenue = (entries: YamlEntries) =>
	entryOf(entries, 'revenue', {
		id: 'revenue',
		kind: 'revenue',
		question: { de: 'Wie groß ist der Umsatz mit diesem Kunden?', en: 'How large is the revenue with this customer?' },
		help: { de: 'Nur festgehalten, nie bewertet.', en: 'Recorded only, never scored.' },
		none: { de: 'Keiner', en: 'None' },
		bands: [
			{ de: 'Klein', en: 'Small' },
			{ de: 'Groß', en: 'Large' },
		],
	});

const byKind = (entries: YamlEntries, kind: string) => entries.filter((e) => e.kind === kind);
const at = (kind: string, n = 0) =>
	items.findIndex((e, i) => e.kind === kind && items.slice(0, i).filter((x) => x.kind === kind).length === n);
const named = (kind: string, n = 0) => entryName(items, at(kind, n));
const signalCluster = items.find((e) => e.kind === 'cluster' && e.decides === 'signal');
const scoredCluster = items.find((e) => e.kind === 'cluster' && e.decides === 'score')!;
const signalAt = items.findIndex((e) => e.kind === 'statement' && e.cluster === signalCluster?.id);
const scoredAt = items.findIndex((e) => e.kind === 'statement' && e.cluster === scoredCluster.id);
const conflict = (entries: YamlEntries) =>
	entryOf(entries, 'conflict', {
		id: 'odd-pair',
		kind: 'conflict',
		order: 1,
		tier: scoredCluster.tier,
		name: { de: 'Paar', en: 'Pair' },
		discuss: { de: 'Besprechen.', en: 'Discuss.' },
	});
const conflictNamed = entryName([...items, { id: 'odd-pair' }], items.some((e) => e.kind === 'conflict') ? at('conflict') : items.length);

// Each row: what is broken, how to break it, and what the message must say.
const cases: [string, (entries: YamlEntries) => unknown, string][] = [
	[
		'no scoring entry',
		(e) => e.splice(scoringAt, 1),
		'content/assessment.yaml › entry - › field kind: exactly one entry of kind "scoring" is required',
	],
	[
		'a borderline margin above 100',
		(e) => (scoring(e).borderlineMargin = 120),
		`› entry ${scoringNamed} › field borderlineMargin: Too big`,
	],
	[
		'a strong rating above the scale',
		(e) => (scoring(e).strongRating = steps + 1),
		`› entry ${scoringNamed} › field strongRating: must not exceed the scale's ${steps} steps`,
	],
	[
		'a partial-signal rating not below the strong rating',
		(e) => (scoring(e).partialSignalRating = scoring(e).strongRating),
		`› entry ${scoringNamed} › field partialSignalRating: must be below strongRating`,
	],
	['a misspelt threshold', (e) => (scoring(e).minimumScor = 50), 'field minimumScor: unknown field'],
	[
		'a scale without a "don\'t know" answer',
		(e) => delete byKind(e, 'scale')[0]!.unknown,
		`› entry ${named('scale')} › field unknown: Invalid input`,
	],
	[
		'a cluster that decides neither by signal nor by score',
		(e) => (byKind(e, 'cluster')[0]!.decides = 'vote'),
		`› entry ${named('cluster')} › field decides`,
	],
	[
		'no cluster that decides by score',
		(e) => byKind(e, 'cluster').forEach((c) => (c.decides = 'signal')),
		'field decides: at least one cluster must decide by "score"',
	],
	[
		'a statement in a topic that does not exist',
		(e) => (byKind(e, 'statement')[0]!.topic = 'elsewhere'),
		`› entry ${named('statement')} › field topic: topic "elsewhere" is not defined by an entry of kind "topic"`,
	],
	[
		'a topic without statements',
		(e) => e.push({ id: 'empty-topic', kind: 'topic', order: 99, name: { de: 'Leer', en: 'Empty' } }),
		'› entry "empty-topic"',
	],
	[
		'a scored statement without a weight',
		(e) => delete e[scoredAt]!.weight,
		`› entry ${entryName(items, scoredAt)} › field weight: statements of a scored cluster need a weight`,
	],
	...(signalAt >= 0
		? ([
				[
					'a weight on a signal, where it has no effect',
					(e: YamlEntries) => (e[signalAt]!.weight = 2),
					`› entry ${entryName(items, signalAt)} › field weight: a signal decides on its own`,
				],
			] as [string, (entries: YamlEntries) => unknown, string][])
		: []),
	[
		'a conflict without any condition',
		(e) => {
			const c = conflict(e);
			for (const key of ['tier', 'cluster', 'minimumScore', 'statements']) delete c[key];
		},
		`› entry ${conflictNamed} › field tier: give at least one condition`,
	],
	[
		'a conflict naming a statement that does not exist',
		(e) => (conflict(e).statements = ['mind-reading']),
		`› entry ${conflictNamed} › field statements.0: statement "mind-reading" is not defined`,
	],
	[
		'a conflict with a cluster but no minimum score',
		(e) => {
			const c = conflict(e);
			c.cluster = scoredCluster.id;
			delete c.minimumScore;
		},
		`› entry ${conflictNamed} › field minimumScore: cluster and minimumScore go together`,
	],
	['a second revenue question', (e) => e.push({ ...revenue(e), id: 'turnover' }), 'at most one entry of kind "revenue" is allowed'],
	[
		'a single revenue band',
		(e) => (revenue(e).bands = [{ de: 'Groß', en: 'Large' }]),
		`› entry ${revenueNamed} › field bands: give 2 to 9 revenue bands`,
	],
	['a revenue question without a "none" answer', (e) => delete revenue(e).none, `› entry ${revenueNamed} › field none`],
];

describe('assessment scoring settings', () => {
	it.each(cases)('%s fails with a precise message', (_what, mutate, expected) => {
		expect(problemsAfter(mutate)).toContain(expected);
	});

	it('accepts the real data', () => {
		expect(problemsAfter(() => undefined)).toBe('');
	});
});
