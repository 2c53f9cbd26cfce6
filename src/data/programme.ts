// Accessors for running the programme: the portfolio review, the transitions between tiers, service exceptions,
// service values and scorecards, sorted once and typed for pages; the scorecards CSV per language.
import { getCollection } from 'astro:content';
import type { Lang } from '#src/config/locales.ts';
import { scorecardCsvRows } from '#src/domain/programme/scorecards.ts';
import { toCsv } from '#src/lib/csv.ts';
import { translator, type Translate } from '#src/lib/format.ts';
import { inOrder } from '#src/lib/order.ts';
import type { PortfolioReviewItem } from '#src/schemas/portfolio-review.ts';
import type { ServiceExceptionItem } from '#src/schemas/service-exceptions.ts';
import type { ScorecardItem } from '#src/schemas/scorecards.ts';
import { EXIT, type Transition } from '#src/schemas/transitions.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { getTiers } from './collections.ts';
import { UI_STRINGS, uiText } from './ui-text.ts';

/** The UI strings of a language for domain code that builds keys from data (a rhythm, a unit); an unknown key throws. */
export function textFor(lang: Lang): Translate {
	return translator<string>(UI_STRINGS[lang]);
}

/** Entries of one kind from a file whose entries carry a `kind`. */
function ofKind<T extends { kind: string }, K extends T['kind']>(items: readonly T[], kind: K): Extract<T, { kind: K }>[] {
	return items.filter((item): item is Extract<T, { kind: K }> => item.kind === kind);
}

/** The one entry of a kind the content rules require exactly once. */
function theOne<T>(items: readonly T[], what: string): T {
	if (items.length !== 1) throw new Error(`expected exactly one ${what}, found ${items.length}`);
	return items[0]!;
}

/** The portfolio review: its round, participants, inputs and triggers in order, and the four quadrants. */
export async function getPortfolioReview() {
	const items: PortfolioReviewItem[] = (await getCollection('portfolioReview')).map((e) => e.data);
	return {
		round: theOne(ofKind(items, 'round'), 'portfolio round'),
		participants: inOrder(ofKind(items, 'participant')),
		inputs: inOrder(ofKind(items, 'input')),
		quadrants: ofKind(items, 'quadrant'),
		triggers: inOrder(ofKind(items, 'trigger')),
	};
}

/** Every transition between tiers in its editorial order. */
export async function getTransitions(): Promise<Transition[]> {
	return inOrder((await getCollection('transitions')).map((e) => e.data));
}

/** A transition's title in one language: "Smart Key Account → Key Account", or the title for leaving the programme. */
export function transitionTitle(transition: Pick<Transition, 'from' | 'to'>, tiers: readonly Tier[], lang: Lang): string {
	const t = uiText(lang);
	const name = (id: string) => tiers.find((tier) => tier.id === id)?.name[lang] ?? id;
	if (transition.to === EXIT) return t('kam.transitions.exitTitle');
	return t('kam.transitions.moveTitle', { from: transition.from.map(name).join(' / '), to: name(transition.to) });
}

/** Service exceptions: the approval route, goodwill per tier, the practices in order and each department's requests. */
export async function getServiceExceptions() {
	const items: ServiceExceptionItem[] = (await getCollection('serviceExceptions')).map((e) => e.data);
	return {
		route: theOne(ofKind(items, 'route'), 'approval route'),
		tiers: new Map(ofKind(items, 'tier').map((entry) => [entry.tier, entry])),
		practices: inOrder(ofKind(items, 'practice')),
		departments: new Map(ofKind(items, 'department').map((entry) => [entry.department, entry])),
	};
}

/** The measurable service values by service id. */
export async function getServiceValues() {
	return new Map((await getCollection('serviceValues')).map((e) => [e.data.id, e.data]));
}

/** The KPIs by id, the scorecards in tier order and the principles of variable pay in order. */
export async function getScorecards() {
	const [items, tiers] = await Promise.all([
		getCollection('scorecards').then((entries) => entries.map((e) => e.data as ScorecardItem)),
		getTiers(),
	]);
	const scorecards = ofKind(items, 'scorecard');
	return {
		kpis: new Map(ofKind(items, 'kpi').map((kpi) => [kpi.id, kpi])),
		scorecards: tiers.flatMap((tier) => scorecards.filter((s) => s.tier === tier.id)),
		principles: inOrder(ofKind(items, 'principle')),
	};
}

/** Site path of the scorecards CSV for a language, under the configured base. */
export function scorecardCsvPath(lang: Lang) {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}downloads/scorecards-${lang}.csv`;
}

/** Every tier's scorecard as a CSV file for Excel in one language. */
export async function scorecardCsv(lang: Lang) {
	const [{ scorecards, kpis }, tiers] = await Promise.all([getScorecards(), getTiers()]);
	return toCsv(scorecardCsvRows(scorecards, kpis, tiers, lang, textFor(lang)));
}
