// The shipped sample runs the programme as the issue asks (run only while content/ is the sample): a checklist for every
// direction between the three tiers and out of the programme, the triggers for a review between rounds, and a
// scorecard whose global split credits each euro once between the global and the local manager.
import { describe, expect, it } from 'vitest';
import { loadContent } from '#src/content/load.ts';
import { serviceChanges } from '#src/domain/programme/transitions.ts';
import { EXIT } from '#src/schemas/transitions.ts';

const { collections } = loadContent();
const moves = collections.transitions.map((t) => `${t.from.join('+')}→${t.to}`);
const triggers = collections.portfolioReview.flatMap((item) => (item.kind === 'trigger' ? [item.id] : []));

describe('the sample programme', () => {
	it('describes every move the issue names', () => {
		expect(moves).toEqual(['smart→key', 'key→strategic', 'strategic→key', 'key→smart', `strategic+key+smart→${EXIT}`]);
	});

	it('names the triggers for a review between rounds', () => {
		expect(triggers).toEqual(
			expect.arrayContaining([
				'co-development-ends',
				'tender-lost',
				'merger-acquisition',
				'profitability-drop',
				'new-specifier',
				'global-buying-organisation',
			]),
		);
	});

	it('takes the priority hotline and the named contact away when a Key Account becomes a Smart Key Account', () => {
		const ended = serviceChanges(collections.services, ['key'], 'smart')
			.filter((c) => c.kind === 'ends')
			.map((c) => c.service.id);
		expect(ended).toEqual(expect.arrayContaining(['priority-hotline', 'named-inside-sales-contact', 'value-report']));
	});

	it('splits a global Key Account’s pool half and half between global and local manager', () => {
		const key = collections.scorecards.find((item) => item.kind === 'scorecard' && item.tier === 'key');
		expect(key?.kind === 'scorecard' && key.pay.splits[0]!.credits.map((c) => [c.role, c.share])).toEqual([
			['kam', 50],
			['local-account-manager', 50],
		]);
	});
});
