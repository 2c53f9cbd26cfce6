// The data the self-assessment island receives from the page at build time (serialized as JSON; it never fetches).
import type { AssessmentModel } from '#src/domain/assessment/scoring.ts';

/** Texts the island fills in itself; placeholders are written {name}. */
export const ISLAND_TEXTS = {
	progress: ['kam.assessment.progress', 'answered', 'total'],
	remaining: ['kam.assessment.result.remaining', 'open', 'total'],
	account: ['kam.assessment.result.account', 'name'],
	reason: ['kam.assessment.result.reason', 'statement', 'rating'],
	counterReason: ['kam.assessment.result.counterReason', 'statement', 'rating', 'tier'],
	revenue: ['kam.assessment.result.revenue', 'band'],
	close: ['kam.assessment.result.close', 'runnerUp', 'margin', 'leading'],
	weak: ['kam.assessment.result.weak', 'minimum'],
	conflict: ['kam.assessment.result.conflict', 'first', 'second', 'threshold'],
	notKey: ['kam.assessment.result.notKey.heading'],
	summaryTier: ['kam.assessment.summary.tier', 'tier', 'scope'],
	summaryNone: ['kam.assessment.summary.none'],
	summaryBorderline: ['kam.assessment.summary.borderline'],
	summaryConflict: ['kam.assessment.summary.conflict'],
	summaryDiscuss: ['kam.assessment.summary.discuss'],
	chart: ['kam.assessment.scores.chart', 'list'],
	notRated: ['kam.assessment.scores.notRated'],
	ratedOf: ['kam.assessment.scores.ratedOf', 'rated', 'total'],
	copied: ['kam.assessment.copied'],
	copyFailed: ['kam.assessment.copyFailed'],
	saved: ['kam.assessment.saved', 'count'],
	duplicate: ['kam.assessment.duplicate'],
	full: ['kam.assessment.full', 'max'],
	storageError: ['kam.assessment.storageError'],
	cleared: ['kam.assessment.cleared'],
	invalidLink: ['kam.assessment.invalidLink'],
} as const;

/** Everything the island needs, in the page's language. */
export interface IslandConfig {
	model: AssessmentModel;
	names: {
		tiers: Record<string, string>;
		scopes: Record<string, string>;
		clusters: Record<string, string>;
		statements: Record<string, string>;
		/** Scale labels, lowest first. */
		scale: string[];
		/** Revenue bands, smallest first. */
		revenue: string[];
	};
	text: Record<keyof typeof ISLAND_TEXTS, string>;
}
