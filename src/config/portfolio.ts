// The portfolio chart of the accounts workspace (Cranfield's selection matrix, see src/domain/portfolio.ts): the
// rating scale for attractiveness and relative strength, and where an account's position contradicts its tier.
// A Strategic Key Account should be attractive over the next three years – a partnership without a future is a
// contradiction; a Key Account that is neither attractive nor a customer where we are strong will not repay its
// service packages. A Smart Key Account may stand anywhere: lean management fits each quadrant.
import type { PortfolioRules } from '#src/domain/portfolio.ts';

export const PORTFOLIO_RULES: PortfolioRules = {
	scaleSize: 5,
	contradictions: {
		strategic: ['key-status', 'key-streamline'],
		key: ['key-streamline'],
	},
};
