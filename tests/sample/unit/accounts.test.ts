// Sample: in "My accounts", a tier chosen by hand that contradicts an account's stored answers to the sample
// questionnaire is flagged – checked with the fixture accounts written from the article.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import { accountWarnings, type AccountInput, type Catalogue } from '#src/domain/accounts/state.ts';
import type { SavedAccount } from '#src/domain/accounts/storage.ts';
import { encodeAnswers } from '#src/domain/assessment/link.ts';
import { buildAccounts } from '#tests/fixtures/account-inputs.ts';
import { accountFixtures, answersOf } from '#tests/fixtures/assessment-accounts.ts';
import { loadRealAssessment } from '#tests/fixtures/real-content.ts';

const { model } = loadRealAssessment();
const catalogue: Catalogue = { tiers: ['strategic', 'key', 'smart'], scopes: ['national', 'global'], model };
const build = (inputs: Partial<AccountInput>[]) => buildAccounts(inputs, catalogue);
const kinds = (list: SavedAccount[]) => accountWarnings(list, ACCOUNT_WARNING_RULES, model, '2026-01-01').map((w) => w.kind);

describe('warnings on the sample questionnaire', () => {
	it('hand-chosen tier that contradicts the stored answers', () => {
		for (const f of accountFixtures.filter((f) => !f.expected.borderline)) {
			const answers = encodeAnswers(model, answersOf(model, f, ''));
			const right = f.expected.tier ?? '';
			const wrong = right === 'smart' ? 'key' : 'smart';
			const sponsor = true;
			expect(kinds(build([{ tier: right, scope: right ? f.scope : '', answers, sponsor }]))).toEqual([]);
			expect(
				accountWarnings(build([{ tier: wrong, scope: f.scope, answers, sponsor }]), ACCOUNT_WARNING_RULES, model, '2026-01-01'),
			).toMatchObject([{ kind: 'contradiction', assessedTier: f.expected.tier }]);
		}
	});
});
