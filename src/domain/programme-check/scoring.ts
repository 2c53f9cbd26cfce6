// Scores the programme self-check: from the ratings of every statement to a score and a level per building block, the
// programme's overall score, the weakest blocks (what to work on first) with their gaps, and the blocks that cannot be
// judged because too many answers were "don't know". Pure and deterministic; runs at build time and in the browser.
import { inOrder } from '#src/lib/order.ts';
import { DONT_KNOW, levelOf, tally, validRating, type Rating } from '#src/lib/rating-scale.ts';
import type { ProgrammeCheckItem } from '#src/schemas/programme-check.ts';

/** What scoring needs to know about the check, blocks and statements in the order the page asks them. */
export interface ProgrammeModel {
	blocks: { id: string; statements: string[] }[];
	scaleSize: number;
	/** Ascending by `from`; the first starts at 0. */
	levels: { id: string; from: number }[];
	/** How many of the lowest-scoring blocks the result names. */
	weakest: number;
	/** Percent of "don't know" answers from which a block counts as uncertain. */
	unknownShare: number;
	/** Ratings at or below this step are a block's gaps. */
	gapRating: number;
}

/** The answers to the check: one rating per statement, all blocks' statements in order, and an optional label. */
export interface ProgrammeAnswers {
	ratings: Rating[];
	/** Whose programme was judged, e.g. a business unit; free text, may be empty. */
	label: string;
}

/** One building block's result. */
export interface BlockResult {
	block: string;
	/** 0–100 over the rated statements; null when none is rated. */
	score: number | null;
	level: string | null;
	rated: number;
	unknown: number;
	open: number;
	total: number;
	/** Many "don't know" answers: find out before judging the block. */
	uncertain: boolean;
	/** Statements rated at or below the gap rating, lowest rating first. */
	gaps: string[];
}

/** Everything the result shows. `weakest` is filled only when every statement is answered. */
export interface ProgrammeResult {
	status: 'incomplete' | 'complete';
	blocks: BlockResult[];
	/** Mean of the block scores (each block weighs the same); null when no block has one. */
	overall: number | null;
	overallLevel: string | null;
	/** The lowest-scoring blocks, weakest first (on equal scores, the earlier block first). */
	weakest: string[];
	/** Blocks that cannot be judged: none of their statements rated (all "don't know"). */
	unjudged: string[];
	answered: number;
	total: number;
}

/** Builds the scoring model from the validated items of content/programme-check.yaml. */
export function programmeModel(items: readonly ProgrammeCheckItem[]): ProgrammeModel {
	const scale = items.find((i) => i.kind === 'scale');
	const scoring = items.find((i) => i.kind === 'scoring');
	if (!scale || !scoring) throw new Error('content/programme-check.yaml needs a "scale" and a "scoring" entry');
	return {
		blocks: inOrder(items.flatMap((i) => (i.kind === 'block' ? [i] : []))).map((b) => ({
			id: b.id,
			statements: b.statements.map((s) => s.id),
		})),
		scaleSize: scale.labels.length,
		levels: items.flatMap((i) => (i.kind === 'level' ? [{ id: i.id, from: i.from }] : [])).sort((a, b) => a.from - b.from),
		weakest: scoring.weakest,
		unknownShare: scoring.unknownShare,
		gapRating: scoring.gapRating,
	};
}

/** Every statement id, in the order the answers list them. */
export function statementIds(model: ProgrammeModel): string[] {
	return model.blocks.flatMap((b) => b.statements);
}

/** Answers with nothing answered yet. */
export function emptyProgrammeAnswers(model: ProgrammeModel): ProgrammeAnswers {
	return { ratings: statementIds(model).map(() => null), label: '' };
}

/** True when nothing has been answered or entered. */
export function isEmptyProgramme(answers: ProgrammeAnswers): boolean {
	return answers.ratings.every((r) => r === null) && answers.label === '';
}

/** Scores answers against the model. Never throws; anything invalid counts as not answered. */
export function scoreProgramme(model: ProgrammeModel, answers: ProgrammeAnswers): ProgrammeResult {
	const given = Array.isArray(answers?.ratings) ? answers.ratings : [];
	let at = 0;
	const blocks: BlockResult[] = model.blocks.map((block) => {
		const ratings = block.statements.map(() => validRating(given[at++], model.scaleSize));
		const t = tally(ratings, model.scaleSize);
		const gaps = block.statements
			.map((id, i) => ({ id, r: ratings[i]!, i }))
			.filter(({ r }) => r !== null && r !== DONT_KNOW && r <= model.gapRating)
			.sort((a, b) => a.r - b.r || a.i - b.i)
			.map(({ id }) => id);
		return {
			block: block.id,
			score: t.score,
			level: levelOf(t.score, model.levels)?.id ?? null,
			rated: t.rated,
			unknown: t.unknown,
			open: t.open,
			total: t.total,
			uncertain: t.unknown > 0 && 100 * t.unknown >= model.unknownShare * t.total,
			gaps,
		};
	});
	const scored = blocks.filter((b) => b.score !== null);
	const overall = scored.length ? Math.round(scored.reduce((sum, b) => sum + b.score!, 0) / scored.length) : null;
	const total = blocks.reduce((sum, b) => sum + b.total, 0);
	const answered = total - blocks.reduce((sum, b) => sum + b.open, 0);
	const status = answered === total && total > 0 ? 'complete' : 'incomplete';
	return {
		status,
		blocks,
		overall,
		overallLevel: levelOf(overall, model.levels)?.id ?? null,
		// Stable sort: on equal scores the block asked first comes first.
		weakest:
			status === 'complete'
				? [...scored]
						.sort((a, b) => a.score! - b.score!)
						.slice(0, model.weakest)
						.map((b) => b.block)
				: [],
		unjudged: blocks.filter((b) => b.score === null && b.open === 0).map((b) => b.block),
		answered,
		total,
	};
}
