// A lean plan stays lean: a tier whose plan approach is the lean sales plan keeps at most six of the plan's sections,
// so that its template fits on a few printed pages with room to write.
import { entriesOf, entryLabel, record, textOf, type ContentProblem } from './problems.ts';

/** Most sections a lean sales plan may keep ("two pages instead of twenty"). */
export const LEAN_PLAN_MAX_SECTIONS = 6;

interface RawFile {
	file: string;
	data: unknown;
}

/** Each tier with a lean sales plan checked against the number of sections it keeps (depth other than "omitted"). */
export function planLengthProblems(tiers: RawFile, sections: RawFile): ContentProblem[] {
	const entries = entriesOf(sections.data).map((s) => record(s));
	return entriesOf(tiers.data).flatMap((tier, index) => {
		const t = record(tier);
		if (typeof t?.id !== 'string' || record(t.plan)?.approach !== 'lean-sales-plan') return [];
		const id = t.id;
		const kept = entries.filter((s) => {
			const depth = record(s?.depth)?.[id];
			return typeof depth === 'string' && depth !== 'omitted';
		});
		if (kept.length <= LEAN_PLAN_MAX_SECTIONS) return [];
		const names = kept.map((s) => String(s?.id)).join(', ');
		return [
			{
				file: sections.file,
				entry: '-',
				field: `depth.${id}`,
				message: `the ${textOf(t.name, 'en') ?? id} (tiers.yaml ${entryLabel(tier, index)}) has a lean sales plan, which keeps at most ${LEAN_PLAN_MAX_SECTIONS} sections; it keeps ${kept.length} (${names}) – set the depth of the others to omitted`,
			},
		];
	});
}
