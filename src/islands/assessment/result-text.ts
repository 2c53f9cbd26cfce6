// The self-assessment's result in words, in the page's language: the verdict, the rule that decided, the answers
// behind it and the flags. Pure (no DOM), so the fixture accounts are checked in every language without a browser.
import type { Answers, AssessmentResult, Reason, Rule } from '#src/domain/assessment/scoring.ts';
import { format, type Vars } from '#src/lib/format.ts';
import type { AssessmentConfig, IslandTextKey } from './config.ts';

/** The result's texts; each is empty ("" or []) where the result has nothing to say. */
export interface ResultText {
	/** "Key Account · National", or "Not a key account – for now". */
	verdict: string;
	/** Short labels of the flags, in order. */
	flags: string[];
	/** What the live region announces: "Result: Key Account, National. Too close to call. Decide in the account team." */
	summary: string;
	rule: string;
	reasons: string[];
	/** Said when the tier was decided by the comparison although none of the leading group's statements applies strongly. */
	whyNone: string;
	counter: string[];
	unknown: string[];
	partialSignal: string;
	close: string;
	weak: string;
	account: string;
	revenue: string;
}

/** Puts a result into words with the page's names and UI strings. */
export function resultText({ model, names, text }: AssessmentConfig, answers: Answers, r: AssessmentResult): ResultText {
	const t = (key: IslandTextKey, vars?: Vars) => format(text[key], vars, `UI string "kam.assessment.${key}"`);
	const cluster = (id: string | null) => (id ? (names.clusters[id] ?? '') : '');
	const tierOf = (clusterId: string) => names.tiers[model.clusters.find((c) => c.id === clusterId)?.tier ?? ''] ?? '';
	const rating = (value: number) => names.scale[value - 1] ?? '';
	const scoreOf = (id: string | null) => r.scores.find((s) => s.cluster === id)?.score ?? null;
	const signalTier = tierOf(model.clusters.find((c) => c.decides === 'signal')?.id ?? '');
	const th = model.thresholds;
	const lines = (list: Reason[], key: 'result.reason' | 'result.counterReason') =>
		list.map((x) => t(key, { statement: names.statements[x.statement] ?? '', rating: rating(x.rating), tier: tierOf(x.cluster) }));

	const tier = r.tier ? (names.tiers[r.tier] ?? '') : '';
	const scope = r.scope ? (names.scopes[r.scope] ?? '') : '';
	const flags = r.flags.map((f) => t(`flag.${f}`));
	let verdict = '';
	let summary = '';
	if (r.status === 'tier') [verdict, summary] = [`${tier} · ${scope}`, t('summary.tier', { tier, scope })];
	if (r.status === 'not-key-account') [verdict, summary] = [t('result.notKey.heading'), t('summary.none')];
	if (r.status === 'undecided') [verdict, summary] = [t('result.undecided.heading'), t('summary.undecided')];
	if (summary)
		summary = [summary, ...flags.map((f) => `${f}.`), ...(r.borderline || r.conflicts.length ? [t('summary.discuss')] : [])].join(' ');

	const investmentGate = r.investmentGates[0] ?? '';
	const rules: Record<Rule, () => string> = {
		check: () => t('result.rule.check'),
		investment: () =>
			t('result.rule.investment', {
				gate: names.gates[investmentGate] ?? '',
				answer: names.investment[investmentGate] ?? '',
				tier: signalTier,
			}),
		signal: () => t('result.rule.signal', { tier, rating: rating(th.strongRating) }),
		score: () =>
			t('result.rule.score', {
				leading: cluster(r.leading),
				score: scoreOf(r.leading) ?? 0,
				runnerUp: cluster(r.runnerUp),
				other: scoreOf(r.runnerUp) ?? t('scores.notRated'),
			}),
		tie: () => t('result.rule.tie', { leading: cluster(r.leading), runnerUp: cluster(r.runnerUp), score: scoreOf(r.leading) ?? 0 }),
		'no-evidence': () => t('result.rule.noEvidence', { unknown: names.unknown }),
	};

	const partial = model.statements.findIndex((s, i) => {
		const c = model.clusters.find((x) => x.id === s.cluster);
		return c?.decides === 'signal' && (answers.ratings[i] ?? 0) >= th.partialSignalRating;
	});
	return {
		verdict,
		flags,
		summary,
		rule: r.rule ? rules[r.rule]() : '',
		reasons: lines(r.reasons, 'result.reason'),
		whyNone: r.status === 'tier' && r.reasons.length === 0 ? t('result.whyNone', { leading: cluster(r.leading) }) : '',
		counter: lines(r.counterSignals, 'result.counterReason'),
		unknown: r.unknown.map((id) => names.statements[id] ?? ''),
		partialSignal: r.flags.includes('partialSignal')
			? t('result.partialSignal', { statement: names.statements[model.statements[partial]?.id ?? ''] ?? '', tier: signalTier })
			: '',
		close: r.flags.includes('close')
			? t('result.close', { runnerUp: cluster(r.runnerUp), margin: r.margin ?? 0, leading: cluster(r.leading) })
			: '',
		weak: r.flags.includes('weak') && r.status === 'tier' ? t('result.weak', { minimum: th.minimumScore }) : '',
		account: answers.name ? t('result.account', { name: answers.name }) : '',
		revenue:
			answers.revenue !== null && names.revenue[answers.revenue] ? t('result.revenue', { band: names.revenue[answers.revenue]! }) : '',
	};
}
