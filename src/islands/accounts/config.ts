// The data the accounts island receives from the page at build time (serialized as JSON; it never fetches).
import type { WarningRules } from '#src/domain/accounts/state.ts';
import type { CsvVocabulary } from '#src/domain/accounts/transfer.ts';
import type { AssessmentModel } from '#src/domain/assessment/scoring.ts';
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
}
