// The data the self-assessment island receives from the page at build time (serialized as JSON; it never fetches).
import type { Lang } from '#src/config/locales.ts';
import { UI_STRINGS } from '#src/data/ui-text.ts';
import type { AssessmentData } from '#src/domain/assessment/questionnaire.ts';
import type { AssessmentModel } from '#src/domain/assessment/scoring.ts';
import { stringsUnder, type KeysUnder } from '#src/lib/format.ts';
import type { UiKey } from '#src/schemas/ui-strings.ts';

/** A UI string of the self-assessment, named without its "kam.assessment." prefix, e.g. "result.weak". */
export type AssessmentTextKey = KeysUnder<UiKey, 'kam.assessment.'>;

/** The strings the island fills in itself (placeholders written {{name}}); the page renders all others. */
export const ISLAND_TEXT = [
	'progress',
	'result.remaining',
	'result.notKey.heading',
	'result.undecided.heading',
	'result.account',
	'result.rule.check',
	'result.rule.investment',
	'result.rule.signal',
	'result.rule.score',
	'result.rule.tie',
	'result.rule.noEvidence',
	'result.whyNone',
	'result.reason',
	'result.counterReason',
	'result.revenue',
	'result.partialSignal',
	'result.close',
	'result.weak',
	'flag.investment',
	'flag.partialSignal',
	'flag.close',
	'flag.weak',
	'flag.conflict',
	'summary.tier',
	'summary.none',
	'summary.undecided',
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

/** The names the result fills in, in the page's language. */
export interface ResultNames {
	tiers: Record<string, string>;
	scopes: Record<string, string>;
	clusters: Record<string, string>;
	statements: Record<string, string>;
	gates: Record<string, string>;
	/** Scale labels, lowest first; "don't know" apart. */
	scale: string[];
	unknown: string;
	/** Revenue answers: index 0 is "none", then the bands, smallest first. */
	revenue: string[];
	/** The investment answer's label, per check that offers one. */
	investment: Record<string, string>;
}

/** Everything the island needs, in the page's language. */
export interface AssessmentConfig {
	model: AssessmentModel;
	names: ResultNames;
	text: Record<IslandTextKey, string>;
}

/** The island's configuration for one language, built from the self-assessment's data and the UI strings. */
export function assessmentConfig(a: AssessmentData, lang: Lang): AssessmentConfig {
	const byId = <T extends { id: string }>(list: readonly T[], name: (item: T) => string) =>
		Object.fromEntries(list.map((item) => [item.id, name(item)]));
	const strings = stringsUnder(UI_STRINGS[lang], 'kam.assessment.');
	return {
		model: a.model,
		names: {
			tiers: byId(a.tiers, (t) => t.name[lang]),
			scopes: byId(a.geographies, (g) => g.name[lang]),
			clusters: byId(a.clusters, (c) => c.name[lang]),
			statements: byId(a.statements, (s) => s.text[lang]),
			gates: byId(a.gates, (g) => g.question[lang]),
			scale: a.scale.labels.map((l) => l[lang]),
			unknown: a.scale.unknown[lang],
			revenue: a.revenue ? [a.revenue.none, ...a.revenue.bands].map((b) => b[lang]) : [],
			investment: byId(
				a.gates.filter((g) => g.investment),
				(g) => g.investment!.label[lang],
			),
		},
		text: Object.fromEntries(ISLAND_TEXT.map((key) => [key, strings[key]])) as AssessmentConfig['text'],
	};
}
