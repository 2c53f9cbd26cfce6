// Warning thresholds of the accounts workspace, from the field (see the "Cluster your key accounts" section of
// the matrix page): 15–35 key accounts in all is a usual range; a key account manager does justice to fewer than
// five (Cranfield), so more than four is a warning – the role profiles' ranges may not exceed it (check:content);
// a Strategic Key Account without an executive sponsor is a warning sign. A change of tier is pointed out for 90
// days: the transition checklists (content/transitions.yaml) run over about one quarter.
import type { WarningRules } from '#src/domain/accounts/state.ts';

export const ACCOUNT_WARNING_RULES: WarningRules = {
	maxKeyAccounts: 35,
	maxPerOwner: 4,
	sponsorTiers: ['strategic'],
	tierChangeDays: 90,
};
