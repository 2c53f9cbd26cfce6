// A rating scale with a "don't know" answer: what an answer may be, how a group of answers scores, and how answers
// travel in a share code (one character each). "Don't know" is an answer – it counts as answered – but it is left out
// of the score, so not knowing never looks like a weakness or a strength; it is counted and shown on its own.

/** The answer "don't know": answered, but not rated. */
export const DONT_KNOW = 0;

/** One answer: 1 … scale size, DONT_KNOW, or null for not answered yet. */
export type Rating = number | null;

/** The answer if it is one the scale allows (DONT_KNOW only where `dontKnow` is true), else null. */
export function validRating(value: unknown, scaleSize: number, dontKnow = true): Rating {
	if (!Number.isInteger(value)) return null;
	const n = value as number;
	return (n >= 1 && n <= scaleSize) || (dontKnow && n === DONT_KNOW) ? n : null;
}

/** How a group of answers scores: the score (0–100, null when nothing is rated) and what it rests on. */
export interface Tally {
	score: number | null;
	/** Answers on the scale. */
	rated: number;
	/** "Don't know" answers. */
	unknown: number;
	/** Not answered yet. */
	open: number;
	total: number;
}

/**
 * The weighted share of the highest possible rating over the rated answers, 0–100 and rounded: the lowest step
 * scores 0, the highest 100. `weights` (default 1 each) follow the answers' order. Anything invalid counts as open.
 */
export function tally(ratings: readonly unknown[], scaleSize: number, weights?: readonly number[]): Tally {
	let points = 0;
	let possible = 0;
	const count = { rated: 0, unknown: 0, open: 0 };
	ratings.forEach((value, i) => {
		const r = validRating(value, scaleSize);
		if (r === null) count.open++;
		else if (r === DONT_KNOW) count.unknown++;
		else {
			const weight = weights?.[i] ?? 1;
			count.rated++;
			points += weight * (r - 1);
			possible += weight * (scaleSize - 1);
		}
	});
	const score = count.rated && possible > 0 ? Math.round((100 * points) / possible) : null;
	return { score, ...count, total: ratings.length };
}

/** The last of `levels` (sorted by `from`, ascending) whose `from` the score reaches; null without a score. */
export function levelOf<L extends { from: number }>(score: number | null, levels: readonly L[]): L | null {
	if (score === null) return null;
	let found: L | null = null;
	for (const level of levels) if (score >= level.from) found = level;
	return found;
}

/** Answers as one character each: 1 … 9 on the scale, 0 for "don't know", - for not answered. */
export function encodeRatings(ratings: readonly unknown[], scaleSize: number, dontKnow = true): string {
	return ratings.map((value) => String(validRating(value, scaleSize, dontKnow) ?? '-')).join('');
}

/** Reads `count` answers written by encodeRatings; null if the text does not fit the scale exactly. */
export function decodeRatings(text: string, count: number, scaleSize: number, dontKnow = true): Rating[] | null {
	if (text.length !== count || !/^[0-9-]*$/.test(text)) return null;
	const ratings = [...text].map((c) => (c === '-' ? null : Number(c)));
	return ratings.every((r) => r === null || validRating(r, scaleSize, dontKnow) !== null) ? ratings : null;
}
