// The data the accounts island receives from the page at build time (serialized as JSON; it never fetches).
import type { WarningRules } from '#src/domain/accounts/state.ts';
import type { CsvVocabulary } from '#src/domain/accounts/transfer.ts';
import type { PortfolioRules } from '#src/domain/accounts/portfolio.ts';
import type { AssessmentModel, FlagId } from '#src/domain/assessment/scoring.ts';
import type { KeysUnder } from '#src/lib/format.ts';
import type { UiKey } from '#src/schemas/ui-strings.ts';

/** A UI string of the accounts workspace, named without its "kam.accounts." prefix, e.g. "form.add". */
export type AccountsTextKey = KeysUnder<UiKey, 'kam.accounts.'>;

/** Everything the island needs, in the page's language. */
export interface AccountsConfig {
	lang: string;
	model: AssessmentModel;
	rules: WarningRules;
	/** In display order. */
	tiers: { id: string; name: string }[];
	scopes: { id: string; name: string }[];
	vocabulary: CsvVocabulary;
	/** The page language's "kam.accounts.*" strings; placeholders written {{name}}. */
	text: Record<AccountsTextKey, string>;
	/** The regional locale for dates and numbers, e.g. "de-DE". */
	locale: string;
	/** A stored self-assessment's flags and revenue bands (index 0: no revenue, an indirect customer), as words. */
	flags: Record<FlagId, string>;
	revenueBands: string[];
	/** The portfolio review's quadrants with their names, and where the review explains the scores. */
	portfolio: PortfolioRules & { names: Record<string, string>; reviewHref: string };
	/** The checklist pages for moves between tiers ("exit": leaving the programme), and their overview. */
	transitions: { from: string[]; to: string; href: string; title: string }[];
	transitionsHref: string;
}
