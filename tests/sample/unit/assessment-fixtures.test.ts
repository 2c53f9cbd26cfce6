// Sample: accounts described from the article, and every example account of tiers.yaml, answered as a key account
// manager would, reach the result the article implies – with the rule, the answers behind it and the flags, in both
// languages. (The answers are written for the sample's statements, so this runs only on the sample.)
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { answersHash, decodeHash } from '#src/domain/assessment/link.ts';
import { NO_REVENUE, scoreAssessment } from '#src/domain/assessment/scoring.ts';
import { assessmentConfig } from '#src/islands/assessment/config.ts';
import { resultText } from '#src/islands/assessment/result-text.ts';
import {
	accountFixtures,
	answersOf as fixtureAnswers,
	GATE_COLUMNS,
	STATEMENT_COLUMNS,
	TIER_EXAMPLE_ANSWERS,
	tierExampleFixtures,
	type AccountFixture,
} from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment, realContent } from '#tests/fixtures/real-content.ts';

const data = loadRealAssessment();
const { model } = data;
const { tiers } = realContent();
const examples = tierExampleFixtures(tiers);
const table = [...accountFixtures, ...examples];
const answersOf = (f: AccountFixture) => fixtureAnswers(model, f);
const byName = (name: string) => table.find((f) => f.name === name)!;

describe('the fixture table', () => {
	it('has at least 24 accounts covering every tier, "not a key account", no result, every rule and every flag', () => {
		expect(table.length).toBeGreaterThanOrEqual(24);
		expect(new Set(table.map((f) => f.expected.tier))).toEqual(new Set(['strategic', 'key', 'smart', null]));
		expect(new Set(table.map((f) => f.expected.rule))).toEqual(new Set(['check', 'investment', 'signal', 'score', 'tie', 'no-evidence']));
		expect(new Set(table.flatMap((f) => f.expected.flags))).toEqual(new Set(['investment', 'partialSignal', 'close', 'weak', 'conflict']));
		expect(new Set(table.flatMap((f) => f.expected.conflicts))).toEqual(new Set(model.conflicts.map((c) => c.id)));
	});

	it('writes its answers in the order of the sample questionnaire', () => {
		expect(model.statements.map((s) => s.id)).toEqual([...STATEMENT_COLUMNS]);
		expect(model.gates.map((g) => g.id)).toEqual([...GATE_COLUMNS]);
		for (const f of table) {
			expect(f.ratings.replace(/\s/g, ''), f.name).toMatch(new RegExp(`^[1-${model.scaleSize}?]{${model.statements.length}}$`));
			expect(f.gates, f.name).toMatch(/^[yni]{3}$/);
		}
	});

	it('answers every example account of tiers.yaml, read from the content, and no other', () => {
		const names = tiers.flatMap((t) => t.examples.map((e) => e.name));
		expect(examples.map((f) => f.name)).toEqual(names);
		expect(Object.keys(TIER_EXAMPLE_ANSWERS).sort()).toEqual([...names].sort());
		for (const f of examples)
			expect(f.description).toContain(tiers.flatMap((t) => t.examples).find((e) => e.name === f.name)!.situation.en);
	});
});

describe('results the article implies', () => {
	it.each(table.map((f) => [f.name, f] as const))('%s', (_name, f) => {
		const result = scoreAssessment(model, answersOf(f));
		const status = f.expected.tier ? 'tier' : f.expected.rule === 'no-evidence' ? 'undecided' : 'not-key-account';
		expect(result.status).toBe(status);
		expect(result.tier).toBe(f.expected.tier);
		expect(result.rule).toBe(f.expected.rule);
		expect(result.flags).toEqual(f.expected.flags);
		expect(result.conflicts).toEqual(f.expected.conflicts);
		expect(result.borderline).toBe(f.expected.borderline);
		const named = f.expected.tier === null ? result.failedGates : result.reasons.map((r) => r.statement);
		expect(named).toEqual(expect.arrayContaining(f.expected.because));
		expect(result.unknown).toEqual(model.statements.filter((_, i) => answersOf(f).ratings[i] === 0).map((s) => s.id));
	});

	// The accounts the issue names, each with the result it asks for.
	it.each([
		[
			'Indirect customer that sets the specification',
			'strategic',
			'an indirect specifier with no revenue is strategic, an investment, with no weak profile',
		],
		['Co-development partner that buys on value', 'strategic', 'co-development outweighs value-buyer behaviour'],
		['Small innovation leader with low revenue', 'strategic', 'a small innovation leader is strategic'],
		['Large account that wants every service free', 'smart', 'a large account that wants everything free and buys on price is smart'],
		['National public tender with strong service needs', 'key', 'a public tender with strong service needs is a Key Account'],
		['Unprofitable small distributor', null, 'an unprofitable small distributor is no key account'],
		['Former co-development partner now buying by e-auction', 'smart', 'a former partner that now auctions is smart'],
	] as const)('%s → %s: %s', (name, tier, _why) => {
		const f = byName(name);
		expect(f.expected.tier).toBe(tier);
		expect(scoreAssessment(model, answersOf(f)).tier).toBe(tier);
	});

	it('passes the indirect specifier as an investment and leaves price advice out', () => {
		const f = byName('Indirect customer that sets the specification');
		const result = scoreAssessment(model, answersOf(f));
		expect(result).toMatchObject({ investmentGates: ['profit-after-cost-to-serve'], indirect: true, failedGates: [] });
		expect(result.flags).not.toContain('weak');
	});

	it.each(table.map((f) => [f.name, f] as const))('%s: the share link restores the same result', (_name, f) => {
		const state = decodeHash(model, answersHash(model, answersOf(f)));
		expect(state.status).toBe('ok');
		if (state.status === 'ok') expect(scoreAssessment(model, state.answers)).toEqual(scoreAssessment(model, answersOf(f)));
	});

	it('does not let revenue decide: a small account can be strategic and a large one smart', () => {
		const small = table.find((f) => f.revenue === 1 && f.expected.tier === 'strategic');
		const large = table.find((f) => f.revenue === 3 && f.expected.tier === 'smart');
		expect(small && large).toBeTruthy();
		for (const f of [small!, large!])
			for (const revenue of [1, 2, 3] as const) expect(scoreAssessment(model, { ...answersOf(f), revenue }).tier).toBe(f.expected.tier);
	});
});

describe.each(LANGUAGES)('the results in words (%s)', (lang) => {
	const config = assessmentConfig(data, lang);
	it.each(table.map((f) => [f.name, f] as const))('%s', (_name, f) => {
		const answers = answersOf(f);
		const result = scoreAssessment(model, answers);
		const words = resultText(config, answers, result);
		const { tiers: tierName, scopes } = config.names;
		if (f.expected.tier) expect(words.verdict).toBe(`${tierName[f.expected.tier]} · ${scopes[f.scope]}`);
		else expect(words.verdict).toBe(config.text[f.expected.rule === 'no-evidence' ? 'result.undecided.heading' : 'result.notKey.heading']);
		expect(words.rule).not.toBe('');
		expect(words.flags).toEqual(f.expected.flags.map((flag) => config.text[`flag.${flag}`]));
		for (const label of words.flags) expect(words.summary).toContain(label);
		for (const id of f.expected.because.filter(() => f.expected.tier !== null))
			expect(
				words.reasons.some((r) => r.startsWith(config.names.statements[id]!)),
				id,
			).toBe(true);
		if (f.revenue === NO_REVENUE) expect(words.revenue).toContain(config.names.revenue[0]!);
		expect(Object.values(words).flat().join(' ')).not.toMatch(/\{\{|undefined/);
	});
});
