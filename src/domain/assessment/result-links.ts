// Where the self-assessment result links to: the tier page, the role profile, the plan template and the service levels.
import type { UiKey } from '#src/schemas/ui-strings.ts';

/** One link of the result: what it is, where it goes (site path without language), and its UI string. */
export interface ResultLink {
	kind: 'tier' | 'role' | 'plan' | 'services';
	to: string;
	label: Extract<UiKey, `kam.assessment.link.${string}`>;
}

/** The result's links for a tier; `roleId` is the tier's key account manager role, if there is one. */
export function resultLinks(tierId: string, roleId: string | undefined): ResultLink[] {
	const tierPage = `tiers/${tierId}/`;
	return [
		{ kind: 'tier', to: tierPage, label: 'kam.assessment.link.tier' },
		roleId
			? { kind: 'role', to: `roles/${roleId}/`, label: 'kam.assessment.link.role' }
			: { kind: 'role', to: `${tierPage}#role`, label: 'kam.assessment.link.roleSection' },
		{ kind: 'plan', to: `plans/${tierId}/`, label: 'kam.assessment.link.plan' },
		{ kind: 'services', to: 'services/', label: 'kam.assessment.link.services' },
	];
}
