// The data the programme check island receives from the page at build time (serialized as JSON; it never fetches).
import type { Lang } from '#src/config/locales.ts';
import type { ProgrammeModel } from '#src/domain/programme-check/scoring.ts';
import type { KeysUnder } from '#src/lib/format.ts';
import type { UiKey } from '#src/schemas/ui-strings.ts';

/** A UI string of the programme check, named without its "kam.programmeCheck." prefix, e.g. "result.overall". */
export type ProgrammeCheckTextKey = KeysUnder<UiKey, 'kam.programmeCheck.'>;

/** The strings the island fills in itself (placeholders written {{name}}); the page renders all others. */
export const ISLAND_TEXT = [
	'progress',
	'result.remaining',
	'result.overall',
	'result.overallNone',
	'result.label',
	'chart.label',
	'chart.notRated',
	'table.ratedOf',
	'weakest.score',
	'uncertain.text',
	'summary.complete',
	'summary.unscored',
	'copied',
	'copyFailed',
	'cleared',
	'printLink',
	'printDate',
	'invalidLink',
	'outdatedLink',
] as const satisfies readonly ProgrammeCheckTextKey[];
export type IslandTextKey = (typeof ISLAND_TEXT)[number];

/** Everything the island needs, in the page's language. */
export interface ProgrammeCheckConfig {
	model: ProgrammeModel;
	lang: Lang;
	names: {
		blocks: Record<string, string>;
		levels: Record<string, string>;
		dontKnow: string;
	};
	text: Record<IslandTextKey, string>;
}
