// Schema of content/geographies.yaml: the geographic scopes that form the columns of the Key Account Matrix.
import { z } from 'astro/zod';
import { entryId, localized, localizedList, perId } from './localized.ts';

/** What a matrix cell (tier × scope) says a company should do. */
export const matrixCellSchema = z.strictObject({
	organisation: localized,
	contractAndPricing: localized,
	serviceCoordination: localized,
	plan: localized,
	pitfalls: localizedList,
});
export type MatrixCell = z.infer<typeof matrixCellSchema>;

/** One geographic scope, e.g. National or Global, with one matrix cell per tier. */
export function geographySchema(tierIds: readonly string[]) {
	return z.strictObject({
		id: entryId,
		order: z.number().int().min(1),
		name: localized,
		titlePrefix: localized,
		definition: localized,
		criteria: localizedList,
		pitfalls: localizedList,
		cells: perId(tierIds, matrixCellSchema),
	});
}
export type Geography = z.infer<ReturnType<typeof geographySchema>>;
