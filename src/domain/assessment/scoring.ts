// Scores the self-assessment: from answers to a tier (or "not a key account"), cluster scores, margin, flags and reasons.
// Pure and deterministic; runs at build time (tests, examples) and in the browser island alike.
import type { AssessmentItem } from '#src/schemas/assessment.ts';
import { inOrder } from '#src/lib/order.ts';

/** Thresholds of the scoring, from the `scoring` entry of content/assessment.yaml (scores in percent). */
export interface Thresholds {
	minimumScore: number;
	borderlineMargin: number;
	conflictScore: number;
	conflictPairs: readonly (readonly [string, string])[];
	driverRating: number;
	maxDrivers: number;
}

/** What scoring needs to know about the questionnaire, in question order. */
export interface AssessmentModel {
	gates: string[];
	statements: { id: string; cluster: string; weight: number }[];
	/** In tier order (Strategic first); on equal scores the later cluster (the leaner tier) leads. */
	clusters: { id: string; tier: string }[];
	scaleSize: number;
	scopes: string[];
	/** Number of revenue bands; 0 when the revenue question is not asked. */
	revenueBands: number;
	thresholds: Thresholds;
}

/** One account's answers; null means not answered yet. Arrays follow the model's question order. */
export interface Answers {
	gates: (boolean | null)[];
	/** 1 … scaleSize per statement. */
	ratings: (number | null)[];
	scope: string | null;
	/** 1-based revenue band. Recorded only: it never influences the result. */
	revenue: number | null;
	name: string;
}

/** A cluster's score: weighted share of the highest possible rating, 0–100, over its rated statements. */
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

/** Everything the result shows. `tier` is set exactly when status is "tier". */
export interface AssessmentResult {
	status: 'incomplete' | 'not-key-account' | 'tier';
	tier: string | null;
	scope: string | null;
	scores: ClusterScore[];
	/** Leading and runner-up cluster ids (status "tier" only). */
	leading: string | null;
	runnerUp: string | null;
	/** Points between the leading and the runner-up cluster (status "tier" only). */
	margin: number | null;
	/** The leading cluster stays below the minimum score. */
	weakProfile: boolean;
	/** Too close to call, or too weak: the account team should decide. */
	borderline: boolean;
	/** Two clusters that exclude each other both score high. */
	conflict: [string, string] | null;
	/** The answers that drove the tier, strongest first. */
	reasons: Reason[];
	/** Strong answers that point to another tier. */
	counterSignals: Reason[];
	/** Gate questions answered "no", in question order. */
	failedGates: string[];
	answered: number;
	required: number;
}

/** Builds the scoring model from the validated assessment items, the scope ids and the tier ids, each in display order. */
export function assessmentModel(items: readonly AssessmentItem[], scopes: readonly string[], tiers: readonly string[]): AssessmentModel {
	const gates = inOrder(items.flatMap((i) => (i.kind === 'gate' ? [i] : [])));
	const statements = inOrder(items.flatMap((i) => (i.kind === 'statement' ? [i] : [])));
	const scale = items.find((i) => i.kind === 'scale');
	const revenue = items.find((i) => i.kind === 'revenue');
	const scoring = items.find((i) => i.kind === 'scoring');
	if (!scale || !scoring) throw new Error('content/assessment.yaml needs a "scale" and a "scoring" entry');
	const { id: _id, kind: _kind, ...thresholds } = scoring;
	return {
		gates: gates.map((g) => g.id),
		statements: statements.map((s) => ({ id: s.id, cluster: s.cluster, weight: s.weight })),
		clusters: items
			.flatMap((i) => (i.kind === 'cluster' ? [{ id: i.id, tier: i.tier }] : []))
			.sort((a, b) => tiers.indexOf(a.tier) - tiers.indexOf(b.tier)),
		scaleSize: scale.labels.length,
		scopes: [...scopes],
		revenueBands: revenue?.bands.length ?? 0,
		thresholds,
	};
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

function validRating(value: unknown, scaleSize: number): number | null {
	return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= scaleSize ? (value as number) : null;
}

/** Scores answers against the model. Never throws; anything invalid counts as not answered. */
export function scoreAssessment(model: AssessmentModel, answers: Answers): AssessmentResult {
	const t = model.thresholds;
	const gates = model.gates.map((_, i) => (typeof answers.gates?.[i] === 'boolean' ? (answers.gates[i] as boolean) : null));
	const ratings = model.statements.map((_, i) => validRating(answers.ratings?.[i], model.scaleSize));
	const scope = typeof answers.scope === 'string' && model.scopes.includes(answers.scope) ? answers.scope : null;
	const required = model.gates.length + model.statements.length + (model.scopes.length > 0 ? 1 : 0);
	const answered = [...gates, ...ratings].filter((a) => a !== null).length + (scope ? 1 : 0);
	const failedGates = model.gates.filter((_, i) => gates[i] === false);

	const scores: ClusterScore[] = model.clusters.map((c) => {
		let points = 0;
		let possible = 0;
		let rated = 0;
		let total = 0;
		model.statements.forEach((s, i) => {
			if (s.cluster !== c.id) return;
			total++;
			const r = ratings[i];
			if (r === null) return;
			rated++;
			points += s.weight * (r - 1);
			possible += s.weight * (model.scaleSize - 1);
		});
		return { cluster: c.id, tier: c.tier, score: rated ? Math.round((100 * points) / possible) : null, rated, total };
	});

	const result: AssessmentResult = {
		status: failedGates.length ? 'not-key-account' : answered === required ? 'tier' : 'incomplete',
		tier: null,
		scope,
		scores,
		leading: null,
		runnerUp: null,
		margin: null,
		weakProfile: false,
		borderline: false,
		conflict: null,
		reasons: [],
		counterSignals: [],
		failedGates,
		answered,
		required,
	};
	if (result.status !== 'tier') return result;

	// Highest score first; on a tie the later cluster leads: when in doubt, start lean and upgrade on evidence.
	const ranked = scores.map((s, i) => ({ ...s, i })).sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.i - a.i);
	const [lead, second] = ranked;
	if (!lead) return { ...result, status: 'incomplete' };
	const leadScore = lead.score ?? 0;
	result.tier = lead.tier;
	result.leading = lead.cluster;
	result.runnerUp = second?.cluster ?? null;
	result.margin = leadScore - (second?.score ?? 0);
	result.weakProfile = leadScore < t.minimumScore;
	result.borderline = result.weakProfile || result.margin < t.borderlineMargin;
	const scoreOf = (cluster: string) => scores.find((s) => s.cluster === cluster)?.score ?? 0;
	const pair = t.conflictPairs.find(([a, b]) => scoreOf(a) >= t.conflictScore && scoreOf(b) >= t.conflictScore);
	result.conflict = pair ? [pair[0], pair[1]] : null;

	const strong = model.statements
		.map((s, i) => ({ statement: s.id, cluster: s.cluster, rating: ratings[i]!, pull: s.weight * (ratings[i]! - 1), i }))
		.filter((s) => s.rating >= t.driverRating)
		.sort((a, b) => b.pull - a.pull || a.i - b.i);
	const reason = ({ statement, cluster, rating }: Reason) => ({ statement, cluster, rating });
	result.reasons = strong
		.filter((s) => s.cluster === lead.cluster)
		.slice(0, t.maxDrivers)
		.map(reason);
	result.counterSignals = strong
		.filter((s) => s.cluster !== lead.cluster)
		.slice(0, t.maxDrivers)
		.map(reason);
	return result;
}
