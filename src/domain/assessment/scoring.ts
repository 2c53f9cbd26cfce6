// Decides the self-assessment: from answers to a tier (or "not a key account"), with the rule that decided, the answers
// behind it and the flags for the account team. Pure and deterministic; runs at build time and in the browser alike.
// The rules (content/assessment.yaml explains them too): a check answered "no" ends it; one signal answered strongly
// makes a signal cluster's tier the result; otherwise the scored clusters are compared. Ratings, "don't know" and the
// scores of a group of statements follow the shared rating scale (src/lib/rating-scale.ts).
import { DONT_KNOW, tally, validRating } from '#src/lib/rating-scale.ts';

/** A rating meaning "don't know / does not apply": left out of the scoring. */
export { DONT_KNOW };
/** The revenue answer for a customer that buys nothing from us (an indirect customer). */
export const NO_REVENUE = 0;
/** The third answer of a check that allows it: not on its own merits, but a deliberate investment. */
export const INVESTMENT = 'investment';

/** An answer to a check: yes, no, a deliberate investment (where the check allows it), or not answered. */
export type GateAnswer = boolean | typeof INVESTMENT | null;

/** Thresholds of the rules, from the `scoring` entry of content/assessment.yaml (scores in percent). */
export interface Thresholds {
	strongRating: number;
	partialSignalRating: number;
	minimumScore: number;
	borderlineMargin: number;
	maxReasons: number;
}

/** A conflict: every condition given holds (tier, a cluster's score, statements answered strongly). */
export interface ConflictRule {
	id: string;
	tier: string | null;
	cluster: string | null;
	minimumScore: number;
	statements: string[];
}

/** What the decision needs to know about the questionnaire, in question order. */
export interface AssessmentModel {
	gates: { id: string; investment: boolean }[];
	/** Signal statements weigh 0: they decide on their own. */
	statements: { id: string; cluster: string; weight: number }[];
	/** In tier order (Strategic first): signal clusters are checked in this order, and a tie goes to the later cluster. */
	clusters: { id: string; tier: string; decides: 'signal' | 'score' }[];
	conflicts: ConflictRule[];
	scaleSize: number;
	scopes: string[];
	/** Number of revenue bands; 0 when the revenue question is not asked. */
	revenueBands: number;
	thresholds: Thresholds;
}

/** One account's answers; null means not answered yet. Arrays follow the model's question order. */
export interface Answers {
	gates: GateAnswer[];
	/** 1 … scaleSize per statement, or DONT_KNOW. */
	ratings: (number | null)[];
	scope: string | null;
	/** 1-based revenue band, or NO_REVENUE. Recorded only: it never decides the tier. */
	revenue: number | null;
	name: string;
}

/** A scored cluster: weighted average of its ratings as a share of the highest, 0–100 ("don't know" left out). */
export interface ClusterScore {
	cluster: string;
	tier: string;
	score: number | null;
	rated: number;
	total: number;
}

/** A rated statement that explains the result. */
export interface Reason {
	statement: string;
	cluster: string;
	rating: number;
}

/** The rule that decided: a check, an investment without a signal, a signal, the comparison of scores, a tie, or no evidence. */
export type Rule = 'check' | 'investment' | 'signal' | 'score' | 'tie' | 'no-evidence';

/** Flags for the account team, in the order the result shows them. */
export const FLAGS = ['investment', 'partialSignal', 'close', 'weak', 'conflict'] as const;
export type FlagId = (typeof FLAGS)[number];

/** Everything the result shows. `tier` is set exactly when status is "tier". */
export interface AssessmentResult {
	status: 'incomplete' | 'not-key-account' | 'undecided' | 'tier';
	tier: string | null;
	scope: string | null;
	rule: Rule | null;
	/** One per scored cluster, in tier order (filled once every question is answered). */
	scores: ClusterScore[];
	/** Leading and runner-up scored cluster (rules "score" and "tie"). */
	leading: string | null;
	runnerUp: string | null;
	/** Points between the leading and the runner-up cluster (rules "score" and "tie"). */
	margin: number | null;
	flags: FlagId[];
	/** Too close, too weak, a signal in part, or no evidence: the account team should decide. */
	borderline: boolean;
	/** Ids of the conflicts that hold, in their order. */
	conflicts: string[];
	/** The answers that decided, strongest first. */
	reasons: Reason[];
	/** Strong answers that point to another tier. */
	counterSignals: Reason[];
	/** Statements answered "don't know / does not apply", in question order. */
	unknown: string[];
	/** Checks answered "no", and checks answered "deliberate investment", in question order. */
	failedGates: string[];
	investmentGates: string[];
	/** The customer buys nothing from us: the result gives no price advice. */
	indirect: boolean;
	answered: number;
	required: number;
}

/** Answers with nothing answered yet. */
export function emptyAnswers(model: AssessmentModel): Answers {
	return { gates: model.gates.map(() => null), ratings: model.statements.map(() => null), scope: null, revenue: null, name: '' };
}

/** True when nothing at all has been answered or entered. */
export function isEmpty(answers: Answers): boolean {
	return (
		answers.gates.every((g) => g === null) &&
		answers.ratings.every((r) => r === null) &&
		answers.scope === null &&
		answers.revenue === null &&
		answers.name === ''
	);
}

const inRange = (value: unknown, min: number, max: number): value is number =>
	Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A check's answer if it is one the model accepts, else null. */
export function validGate(model: AssessmentModel, i: number, value: unknown): GateAnswer {
	return typeof value === 'boolean' || (value === INVESTMENT && model.gates[i]?.investment) ? (value as GateAnswer) : null;
}

/** A revenue band (or NO_REVENUE) if the questionnaire asks for revenue and has it, else null. */
export function validRevenue(model: AssessmentModel, value: unknown): number | null {
	return model.revenueBands > 0 && inRange(value, NO_REVENUE, model.revenueBands) ? value : null;
}

/** The score of each scored cluster for these ratings (DONT_KNOW and null left out), in tier order. */
export function clusterScores(model: AssessmentModel, ratings: readonly (number | null)[]): ClusterScore[] {
	return model.clusters
		.filter((c) => c.decides === 'score')
		.map((c) => {
			const mine = model.statements.flatMap((s, i) => (s.cluster === c.id ? [{ rating: ratings[i], weight: s.weight }] : []));
			const { score, rated, total } = tally(
				mine.map((s) => s.rating),
				model.scaleSize,
				mine.map((s) => s.weight),
			);
			return { cluster: c.id, tier: c.tier, score, rated, total };
		});
}

/** Decides the answers against the model. Never throws; anything invalid counts as not answered. */
export function scoreAssessment(model: AssessmentModel, answers: Answers): AssessmentResult {
	const t = model.thresholds;
	const gates = model.gates.map((_, i) => validGate(model, i, answers.gates?.[i]));
	const ratings = model.statements.map((_, i) => validRating(answers.ratings?.[i], model.scaleSize));
	const scope = typeof answers.scope === 'string' && model.scopes.includes(answers.scope) ? answers.scope : null;
	const required = model.gates.length + model.statements.length + (model.scopes.length > 0 ? 1 : 0);
	const answered = [...gates, ...ratings].filter((a) => a !== null).length + (scope ? 1 : 0);
	const failedGates = model.gates.filter((_, i) => gates[i] === false).map((g) => g.id);
	const investmentGates = model.gates.filter((_, i) => gates[i] === INVESTMENT).map((g) => g.id);

	const result: AssessmentResult = {
		status: failedGates.length ? 'not-key-account' : 'incomplete',
		tier: null,
		scope,
		rule: failedGates.length ? 'check' : null,
		scores: [],
		leading: null,
		runnerUp: null,
		margin: null,
		flags: [],
		borderline: false,
		conflicts: [],
		reasons: [],
		counterSignals: [],
		unknown: model.statements.filter((_, i) => ratings[i] === DONT_KNOW).map((s) => s.id),
		failedGates,
		investmentGates,
		indirect: validRevenue(model, answers.revenue) === NO_REVENUE,
		answered,
		required,
	};
	if (failedGates.length || answered < required) return result;

	const clusterOf = (id: string) => model.clusters.find((c) => c.id === id)!;
	const rated = model.statements.map((s, i) => ({
		statement: s.id,
		cluster: s.cluster,
		rating: ratings[i]!,
		pull: s.weight * ratings[i]!,
		i,
	}));
	const isSignal = (r: { cluster: string }) => clusterOf(r.cluster).decides === 'signal';
	const strong = rated.filter((r) => r.rating >= t.strongRating).sort((a, b) => b.pull - a.pull || b.rating - a.rating || a.i - b.i);
	const flags = new Set<FlagId>();
	const scores = clusterScores(model, ratings);
	result.scores = scores;

	// 1. One signal answered strongly decides, in tier order.
	const signal = model.clusters.find((c) => c.decides === 'signal' && strong.some((r) => r.cluster === c.id));
	let deciding: string;
	if (signal) {
		result.rule = 'signal';
		deciding = signal.id;
		if (investmentGates.length) flags.add('investment');
	} else if (investmentGates.length) {
		// 2. A loss is an investment only in a partner that a signal marks as strategic.
		return { ...result, status: 'not-key-account', rule: 'investment' };
	} else {
		// 3. The scored clusters compared: highest score first; on a tie the later (leaner) cluster leads.
		const ranked = scores
			.map((s, i) => ({ ...s, i }))
			.filter((s) => s.score !== null)
			.sort((a, b) => b.score! - a.score! || b.i - a.i);
		const [lead, second] = ranked;
		if (!lead) return { ...result, status: 'undecided', rule: 'no-evidence', flags: ['weak'], borderline: true };
		deciding = lead.cluster;
		result.leading = lead.cluster;
		result.runnerUp = second?.cluster ?? null;
		result.margin = lead.score! - (second?.score ?? 0);
		result.rule = second && result.margin === 0 ? 'tie' : 'score';
		if (rated.some((r) => isSignal(r) && r.rating >= t.partialSignalRating)) flags.add('partialSignal');
		if (second && result.margin < t.borderlineMargin) flags.add('close');
		if (lead.score! < t.minimumScore) flags.add('weak');
	}
	const tier = clusterOf(deciding).tier;
	const scoreOf = (cluster: string) => scores.find((s) => s.cluster === cluster)?.score ?? 0;
	result.conflicts = model.conflicts
		.filter(
			(c) =>
				(c.tier === null || c.tier === tier) &&
				(c.cluster === null || scoreOf(c.cluster) >= c.minimumScore) &&
				c.statements.every((id) => strong.some((r) => r.statement === id)),
		)
		.map((c) => c.id);
	if (result.conflicts.length) flags.add('conflict');

	const reason = ({ statement, cluster, rating }: Reason): Reason => ({ statement, cluster, rating });
	result.status = 'tier';
	result.tier = tier;
	result.flags = FLAGS.filter((f) => flags.has(f));
	result.borderline = flags.has('partialSignal') || flags.has('close') || flags.has('weak');
	result.reasons = strong
		.filter((r) => r.cluster === deciding)
		.slice(0, t.maxReasons)
		.map(reason);
	result.counterSignals = strong
		.filter((r) => r.cluster !== deciding)
		.slice(0, t.maxReasons)
		.map(reason);
	return result;
}
