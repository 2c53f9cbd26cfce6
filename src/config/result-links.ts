// Where the self-assessment result links to: the tier page, and the role, plan and service pages once they exist.
import type { UiKey } from '../schemas/ui-strings.ts';

/**
 * Pages built by other parts of the playbook. While one is false, its link points to the matching
 * section of the tier page instead; switch it to true once the page is part of the site.
 */
export const linkedPages = {
	/** /{lang}/roles/{roleId}/ */
	roleProfiles: false,
	/** /{lang}/plans/{tierId}/ */
	planTemplates: false,
	/** /{lang}/services/ */
	serviceMatrix: false,
};
export type LinkedPages = typeof linkedPages;

/** One link of the result: what it is, where it goes (site path without language), and its UI string. */
export interface ResultLink {
	kind: 'tier' | 'role' | 'plan' | 'services';
	to: string;
	label: Extract<UiKey, `kam.assessment.link.${string}`>;
}

/** The result's links for a tier; `roleId` is the tier's key account manager role, if there is one. */
export function resultLinks(tierId: string, roleId: string | undefined, pages: LinkedPages = linkedPages): ResultLink[] {
	const tierPage = `tiers/${tierId}/`;
	return [
		{ kind: 'tier', to: tierPage, label: 'kam.assessment.link.tier' },
		pages.roleProfiles && roleId
			? { kind: 'role', to: `roles/${roleId}/`, label: 'kam.assessment.link.role' }
			: { kind: 'role', to: `${tierPage}#role`, label: 'kam.assessment.link.roleSection' },
		pages.planTemplates
			? { kind: 'plan', to: `plans/${tierId}/`, label: 'kam.assessment.link.plan' }
			: { kind: 'plan', to: `${tierPage}#plan`, label: 'kam.assessment.link.planSection' },
		pages.serviceMatrix
			? { kind: 'services', to: 'services/', label: 'kam.assessment.link.services' }
			: { kind: 'services', to: `${tierPage}#services`, label: 'kam.assessment.link.servicesSection' },
	];
}
