// Scorecards arranged for reading: each tier's KPIs with their definitions, a role's share of variable pay in the
// splits, and every scorecard as CSV rows for the download.
import type { Lang } from '#src/config/locales.ts';
import type { Translate } from '#src/lib/format.ts';
import type { Localized } from '#src/schemas/localized.ts';
import type { Kpi, PaySplit, Scorecard } from '#src/schemas/scorecards.ts';

/** One line of a scorecard: the KPI as defined once, with this tier's rhythm, weight and target. */
export type ScorecardLine = Scorecard['kpis'][number] & { definition: Kpi };

/** A scorecard's lines, paid KPIs first (by weight, highest first), then the watched ones in the data's order. */
export function scorecardLines(scorecard: Scorecard, kpis: ReadonlyMap<string, Kpi>): ScorecardLine[] {
	const lines = scorecard.kpis.map((line) => {
		const definition = kpis.get(line.kpi);
		if (!definition) throw new Error(`scorecard "${scorecard.id}" names unknown KPI "${line.kpi}"`);
		return { ...line, definition };
	});
	const paid = lines.filter((l) => l.payWeight !== undefined).sort((a, b) => b.payWeight! - a.payWeight!);
	return [...paid, ...lines.filter((l) => l.payWeight === undefined)];
}

/** Where a role has a share of variable pay: per scorecard and scope, its share and what it is measured on. */
export function creditsOfRole(scorecards: readonly Scorecard[], roleId: string) {
	return scorecards.flatMap((scorecard) =>
		scorecard.pay.splits.flatMap((split: PaySplit) => {
			const credit = split.credits.find((c) => c.role === roleId);
			return credit ? [{ scorecard, scope: split.scope, credit }] : [];
		}),
	);
}

/** Every scorecard as CSV rows in the language of `text`: a header, then one row per KPI and tier. */
export function scorecardCsvRows(
	scorecards: readonly Scorecard[],
	kpis: ReadonlyMap<string, Kpi>,
	tiers: readonly { id: string; name: Localized }[],
	lang: Lang,
	text: Translate,
): string[][] {
	const header = ['tier', 'id', 'kpi', 'definition', 'formula', 'source', 'direction', 'rhythm', 'payWeight', 'target'].map((column) =>
		text(`kam.scorecards.csv.${column}`),
	);
	const rows = tiers.flatMap((tier) =>
		scorecards
			.filter((s) => s.tier === tier.id)
			.flatMap((scorecard) =>
				scorecardLines(scorecard, kpis).map((line) => [
					tier.name[lang],
					line.kpi,
					line.definition.name[lang],
					line.definition.definition[lang],
					line.definition.formula?.[lang] ?? '',
					line.definition.source[lang],
					text(`kam.scorecards.direction.${line.definition.direction}`),
					text(`kam.programme.rhythm.${line.rhythm}`),
					line.payWeight === undefined ? '' : String(line.payWeight),
					line.target?.[lang] ?? '',
				]),
			),
	);
	return [header, ...rows];
}
