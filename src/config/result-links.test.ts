import { describe, expect, it } from 'vitest';
import { resultLinks } from './result-links.ts';

describe('result links', () => {
	it('point to sections of the tier page while the role, plan and service pages are not part of the site', () => {
		const links = resultLinks('key', 'kam', { roleProfiles: false, planTemplates: false, serviceMatrix: false });
		expect(links.map((l) => l.to)).toEqual(['tiers/key/', 'tiers/key/#role', 'tiers/key/#plan', 'tiers/key/#services']);
	});

	it('point to the role profile, plan template and service matrix once they are switched on', () => {
		const links = resultLinks('smart', 'smart-kam', { roleProfiles: true, planTemplates: true, serviceMatrix: true });
		expect(links.map((l) => [l.kind, l.to, l.label])).toEqual([
			['tier', 'tiers/smart/', 'kam.assessment.link.tier'],
			['role', 'roles/smart-kam/', 'kam.assessment.link.role'],
			['plan', 'plans/smart/', 'kam.assessment.link.plan'],
			['services', 'services/', 'kam.assessment.link.services'],
		]);
	});

	it('falls back to the tier page when a tier has no role profile', () => {
		expect(resultLinks('key', undefined, { roleProfiles: true, planTemplates: false, serviceMatrix: false })[1]!.to).toBe('tiers/key/#role');
	});
});
