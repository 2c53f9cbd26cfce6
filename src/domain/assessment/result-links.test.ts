import { describe, expect, it } from 'vitest';
import { resultLinks } from './result-links.ts';

describe('result links', () => {
	it('point to the tier page, role profile, plan template and service matrix', () => {
		expect(resultLinks('smart', 'smart-kam').map((l) => [l.kind, l.to, l.label])).toEqual([
			['tier', 'tiers/smart/', 'kam.assessment.link.tier'],
			['role', 'roles/smart-kam/', 'kam.assessment.link.role'],
			['plan', 'plans/smart/', 'kam.assessment.link.plan'],
			['services', 'services/', 'kam.assessment.link.services'],
		]);
	});

	it('fall back to the role section of the tier page when a tier has no role profile', () => {
		expect(resultLinks('key', undefined)[1]!.to).toBe('tiers/key/#role');
	});
});
