// The Key Account Matrix as data: one cell per tier and geographic scope, in display order.
import type { Geography, MatrixCell } from '#src/schemas/geographies.ts';
import type { Localized } from '#src/schemas/localized.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { inOrder } from '#src/lib/order.ts';
import { jobTitle } from './roles.ts';

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

/** Rows (tiers) × columns (scopes) of the matrix; both in their data order. */
export function buildMatrix(tiers: readonly Tier[], scopes: readonly Geography[]): MatrixEntry[][] {
	const columns = inOrder(scopes);
	return inOrder(tiers).map((tier) =>
		columns.map((scope) => {
			const cell = scope.cells[tier.id];
			if (!cell) throw new Error(`geographies.yaml: scope "${scope.id}" has no cell for tier "${tier.id}"`);
			return { tier, scope, anchor: `${tier.id}-${scope.id}`, roleTitle: jobTitle(scope.titlePrefix, tier.role.title), cell };
		}),
	);
}
