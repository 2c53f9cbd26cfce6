// The data the self-assessment island receives from the page at build time (serialized as JSON; it never fetches).
import type { AssessmentModel } from '#src/domain/assessment/scoring.ts';
import type { KeysUnder } from '#src/lib/format.ts';
import type { UiKey } from '#src/schemas/ui-strings.ts';

/** A UI string of the self-assessment, named without its "kam.assessment." prefix, e.g. "result.weak". */
export type AssessmentTextKey = KeysUnder<UiKey, 'kam.assessment.'>;

/** The strings the island fills in itself (placeholders written {{name}}); the page renders all others. */
export const ISLAND_TEXT = [
	'progress',
	'result.remaining',
	'result.account',
	'result.reason',
	'result.counterReason',
	'result.revenue',
	'result.close',
	'result.weak',
	'result.conflict',
	'result.notKey.heading',
	'summary.tier',
	'summary.none',
	'summary.borderline',
	'summary.conflict',
	'summary.discuss',
	'scores.chart',
	'scores.notRated',
	'scores.ratedOf',
	'copied',
	'copyFailed',
	'saved',
	'duplicate',
	'full',
	'storageError',
	'cleared',
	'invalidLink',
] as const satisfies readonly AssessmentTextKey[];
export type IslandTextKey = (typeof ISLAND_TEXT)[number];

/** Everything the island needs, in the page's language. */
export interface AssessmentConfig {
	model: AssessmentModel;
	names: {
		tiers: Record<string, string>;
		scopes: Record<string, string>;
		clusters: Record<string, string>;
		statements: Record<string, string>;
		/** Scale labels, lowest first. */
		scale: string[];
		/** Revenue bands, smallest first. */
		revenue: string[];
	};
	text: Record<IslandTextKey, string>;
}
