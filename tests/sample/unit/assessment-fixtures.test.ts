// Sample: real account descriptions, answered as a key account manager would, reach the tier the article implies
// (the fixtures answer the sample questionnaire by its ids and name its tiers, so they run only on the sample).
import { describe, expect, it } from 'vitest';
import { accountFixtures, answersOf as fixtureAnswers, type AccountFixture } from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';
import { decodeHash, answersHash } from '#src/domain/assessment/link.ts';
import { scoreAssessment } from '#src/domain/assessment/scoring.ts';

const { model } = loadRealAssessment();

const answersOf = (f: AccountFixture) => fixtureAnswers(model, f);

describe('account fixtures', () => {
	it('are at least twelve and cover every tier, "not a key account", borderline and conflicting profiles', () => {
		expect(accountFixtures.length).toBeGreaterThanOrEqual(12);
		const tiers = new Set(accountFixtures.map((f) => f.expected.tier));
		expect([...tiers].sort()).toEqual(['key', 'smart', 'strategic', null].sort());
		expect(accountFixtures.some((f) => f.expected.borderline)).toBe(true);
		expect(accountFixtures.some((f) => f.expected.conflict)).toBe(true);
	});

	it('answer every question of the real questionnaire', () => {
		for (const f of accountFixtures) {
			expect(Object.keys(f.gates).sort()).toEqual([...model.gates].sort());
			expect(Object.keys(f.ratings).sort()).toEqual(model.statements.map((s) => s.id).sort());
		}
	});

	it.each(accountFixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
		const result = scoreAssessment(model, answersOf(f));
		expect(result.status).toBe(f.expected.tier === null ? 'not-key-account' : 'tier');
		expect(result.tier).toBe(f.expected.tier);
		expect(result.borderline).toBe(f.expected.borderline);
		expect(result.conflict !== null).toBe(f.expected.conflict);
		const named = f.expected.tier === null ? result.failedGates : result.reasons.map((r) => r.statement);
		expect(named).toEqual(expect.arrayContaining(f.expected.because));
		if (f.expected.because.length === 0) expect(result.weakProfile).toBe(true);
	});

	it.each(accountFixtures.map((f) => [f.name, f] as const))('%s: the share link restores the same result', (_name, f) => {
		const state = decodeHash(model, answersHash(model, answersOf(f)));
		expect(state.status).toBe('ok');
		if (state.status === 'ok') expect(scoreAssessment(model, state.answers)).toEqual(scoreAssessment(model, answersOf(f)));
	});

	it('does not let revenue decide: a small account can be strategic and a large one smart', () => {
		const small = accountFixtures.find((f) => f.revenue === 1 && f.expected.tier === 'strategic');
		const large = accountFixtures.find((f) => f.revenue === 3 && f.expected.tier === 'smart');
		expect(small && large).toBeTruthy();
		for (const f of [small!, large!])
			for (const revenue of [1, 2, 3] as const) expect(scoreAssessment(model, { ...answersOf(f), revenue }).tier).toBe(f.expected.tier);
	});
});
