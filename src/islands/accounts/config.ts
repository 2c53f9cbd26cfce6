// The data the accounts workspace island receives from the page at build time (serialized as JSON; it never fetches).
import type { CsvVocabulary, WarningRules } from '#src/domain/accounts/state.ts';
import type { AssessmentModel } from '#src/domain/assessment/scoring.ts';

/** Everything the island needs, in the page's language. */
export interface WorkspaceConfig {
	lang: string;
	model: AssessmentModel;
	rules: WarningRules;
	/** In display order. */
	tiers: { id: string; name: string }[];
	scopes: { id: string; name: string }[];
	vocabulary: CsvVocabulary;
	/** The page language's "kam.accounts.*" strings without the prefix; placeholders written {{name}}. */
	text: Record<string, string>;
}
