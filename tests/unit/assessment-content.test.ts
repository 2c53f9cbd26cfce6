// The assessment's scoring settings and revenue question are data: broken values fail with file, entry and field.
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '#src/content/load.ts';
import { CLUSTERS } from '#src/schemas/assessment.ts';
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
function revenue(entries: YamlEntries): YamlEntries[number] {
	const found = entries.find((e) => e.kind === 'revenue');
	if (found) return found;
	const added = {
		id: 'revenue',
		kind: 'revenue',
		question: { de: 'Wie groß ist der Umsatz mit diesem Kunden?', en: 'How large is the revenue with this customer?' },
		help: { de: 'Nur festgehalten, nie bewertet.', en: 'Recorded only, never scored.' },
		bands: [
			{ de: 'Klein', en: 'Small' },
			{ de: 'Groß', en: 'Large' },
		],
	};
	entries.push(added);
	return added;
}

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
		'a conflict pair naming an unknown cluster',
		(e) => (scoring(e).conflictPairs = [[CLUSTERS[0], 'cheap']]),
		`› entry ${scoringNamed} › field conflictPairs.0.1`,
	],
	[
		'a conflict pair naming one cluster twice',
		(e) => (scoring(e).conflictPairs = [[CLUSTERS[0], CLUSTERS[0]]]),
		'field conflictPairs.0: a conflict pair names two different clusters',
	],
	[
		'a reason rating above the scale',
		(e) => (scoring(e).driverRating = steps + 1),
		`› entry ${scoringNamed} › field driverRating: must not exceed the scale's ${steps} steps`,
	],
	['a misspelt threshold', (e) => (scoring(e).minimumScor = 50), 'field minimumScor: unknown field'],
	['a second revenue question', (e) => e.push({ ...revenue(e), id: 'turnover' }), 'at most one entry of kind "revenue" is allowed'],
	[
		'a single revenue band',
		(e) => (revenue(e).bands = [{ de: 'Groß', en: 'Large' }]),
		`› entry ${revenueNamed} › field bands: give 2 to 9 revenue bands`,
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
