// Warning thresholds of the accounts workspace, from the field (see the "Cluster your key accounts" section of
// the matrix page): 15–35 key accounts in all is a usual range; more than five per key account manager rarely
// does justice to all of them; a Strategic Key Account without an executive sponsor is a warning sign.
import type { WarningRules } from '#src/domain/accounts/state.ts';

export const ACCOUNT_WARNING_RULES: WarningRules = {
	maxKeyAccounts: 35,
	maxPerOwner: 5,
	sponsorTiers: ['strategic'],
};
