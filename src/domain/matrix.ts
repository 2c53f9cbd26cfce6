// The Key Account Matrix as data: one cell per tier and geographic scope, in display order.
import type { Geography, MatrixCell } from '#src/schemas/geographies.ts';
import type { Lang, Localized } from '#src/schemas/localized.ts';
import type { Tier } from '#src/schemas/tiers.ts';

/** One cell of the matrix with everything a page shows for it. */
export interface MatrixEntry {
	tier: Tier;
	scope: Geography;
	anchor: string;
	roleTitle: Localized;
	cell: MatrixCell;
}

/** The consequences every matrix cell spells out, in display order, with the UI string that labels each. */
export const MATRIX_ASPECTS = [
	['organisation', 'kam.matrix.organisation'],
	['contractAndPricing', 'kam.matrix.contractAndPricing'],
	['serviceCoordination', 'kam.matrix.serviceCoordination'],
	['plan', 'kam.matrix.plan'],
] as const satisfies readonly (readonly [keyof MatrixCell, string])[];

/** The job title for a tier in a scope, e.g. "Global" + "Smart Key Account Manager". */
export function scopedTitle(prefix: Localized, title: Localized): Localized {
	const join = (lang: Lang) => `${prefix[lang]} ${title[lang]}`.trim();
	return { de: join('de'), en: join('en') };
}

/** Rows (tiers) × columns (scopes) of the matrix; both in their data order. */
export function buildMatrix(tiers: readonly Tier[], scopes: readonly Geography[]): MatrixEntry[][] {
	const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
	const columns = [...scopes].sort(byOrder);
	return [...tiers].sort(byOrder).map((tier) =>
		columns.map((scope) => {
			const cell = scope.cells[tier.id];
			if (!cell) throw new Error(`geographies.yaml: scope "${scope.id}" has no cell for tier "${tier.id}"`);
			return { tier, scope, anchor: `${tier.id}-${scope.id}`, roleTitle: scopedTitle(scope.titlePrefix, tier.role.title), cell };
		}),
	);
}
