// Reads the programme self-check's building blocks, scale, levels and scoring settings, in display order.
import { getCollection } from 'astro:content';
import { programmeModel } from '#src/domain/programme-check/scoring.ts';
import { inOrder } from '#src/lib/order.ts';

/** Blocks (in order, each with its statements), the scale, the levels (lowest first), the settings and the scoring model. */
export async function getProgrammeCheck() {
	const items = (await getCollection('programmeCheck')).map((e) => e.data);
	const model = programmeModel(items);
	const scale = items.find((i) => i.kind === 'scale')!;
	const scoring = items.find((i) => i.kind === 'scoring')!;
	return {
		model,
		blocks: inOrder(items.flatMap((i) => (i.kind === 'block' ? [i] : []))),
		scale,
		scoring,
		levels: model.levels.map(
			(l) => items.find((i) => i.kind === 'level' && i.id === l.id) as Extract<(typeof items)[number], { kind: 'level' }>,
		),
	};
}
