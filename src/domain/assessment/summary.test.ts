import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFor } from '#tests/fixtures/assessment-properties.ts';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import { encodeAnswers } from './link.ts';
import { DONT_KNOW as dk, FLAGS, INVESTMENT, NO_REVENUE, scoreAssessment, type Answers } from './scoring.ts';
import { flagLabel, summariseCode } from './summary.ts';

const model = QUESTIONNAIRE;
const answered = (over: Partial<Answers>): Answers => ({
	gates: [true, true, true],
	ratings: [1, 1, 1, 1, 4, 4, 4, 4, 2, 2, 2, 2],
	scope: 'national',
	revenue: 2,
	name: 'Acme',
	...over,
});

describe('summariseCode: what a stored share code says at a glance', () => {
	it.each([
		['a clear Key Account with its revenue band', answered({}), { status: 'tier', tier: 'key', scope: 'national', flags: [], revenue: 2 }],
		[
			'an indirect specifier kept as an investment',
			answered({
				gates: [true, INVESTMENT, true],
				ratings: [3, 2, 2, 5, dk, dk, dk, dk, dk, dk, 2, 2],
				scope: 'global',
				revenue: NO_REVENUE,
			}),
			{ status: 'tier', tier: 'strategic', scope: 'global', flags: ['investment'], revenue: NO_REVENUE },
		],
		[
			'a borderline Smart Key Account without revenue recorded',
			answered({ ratings: [3, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3], revenue: null }),
			{ status: 'tier', tier: 'smart', scope: 'national', flags: ['partialSignal', 'close'], revenue: null },
		],
		[
			'a strategic account with conflicting answers',
			answered({ ratings: [5, 1, 1, 1, 1, 1, 1, 1, 5, 4, 4, 4], scope: 'global', revenue: 3 }),
			{ status: 'tier', tier: 'strategic', scope: 'global', flags: ['conflict'], revenue: 3 },
		],
		[
			'not a key account',
			answered({ gates: [true, false, true], revenue: 1 }),
			{ status: 'not-key-account', tier: null, scope: 'national', flags: [], revenue: 1 },
		],
	] as const)('%s', (_what, answers, expected) => {
		expect(summariseCode(model, encodeAnswers(model, answers))).toEqual(expected);
	});

	it('agrees with the full result for any answers', () => {
		fc.assert(
			fc.property(answersFor(model), (answers) => {
				const result = scoreAssessment(model, answers);
				expect(summariseCode(model, encodeAnswers(model, answers))).toEqual({
					status: result.status,
					tier: result.tier,
					scope: result.scope,
					flags: result.flags,
					revenue: answers.revenue,
				});
			}),
		);
	});

	it.each(['', 'v2.abc.yyy.554432211111.national.2.Acme', 'not a code', 42, null])('returns null for an unreadable code: %j', (code) => {
		expect(summariseCode(model, code)).toBeNull();
	});
});

describe('flag labels', () => {
	it('exist for every flag in every language, short enough for a list', () => {
		for (const strings of [de, en] as Record<string, string>[])
			for (const flag of FLAGS) {
				const label = strings[flagLabel(flag)];
				expect(label, flag).toBeTruthy();
				expect(label!.length, flag).toBeLessThanOrEqual(32);
			}
	});
});
