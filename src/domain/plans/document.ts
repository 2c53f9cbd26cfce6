// Assembles the downloadable plan document of one tier from data and UI strings; no Astro, so tests use real content.
import type { Geography } from '#src/schemas/geographies.ts';
import type { Lang } from '#src/config/locales.ts';
import { PLAN_SHARING, type PlanSection } from '#src/schemas/plan-sections.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { planTemplate, type PlanDocument } from './template.ts';
import type { Translate } from '#src/lib/format.ts';
import type { UiKey } from '#src/schemas/ui-strings.ts';

/** The section that holds the cover block (customer, key account manager, version date, reviews). */
export const COVER_SECTION_ID = 'cover';

/** Title of a tier's template page: a lean plan is called a sales plan. */
export function templateTitle(tier: Tier, lang: Lang, t: Translate<UiKey>): string {
	return t(`kam.plans.templateTitle.${tier.plan.approach}`, { tier: tier.name[lang] });
}

/** The cover block's fields; the scope field lists the geographic scopes from the data. */
export function coverFields(scopes: readonly Pick<Geography, 'name'>[], lang: Lang, t: Translate<UiKey>): string[] {
	return [
		t('kam.plans.cover.customer'),
		t('kam.plans.cover.kam'),
		t('kam.plans.cover.team'),
		t('kam.plans.cover.scope', { scopes: scopes.map((s) => s.name[lang]).join(' / ') }),
		t('kam.plans.cover.version'),
		t('kam.plans.cover.lastReview'),
		t('kam.plans.cover.nextReview'),
	];
}

/** Everything the Markdown and Word renderers need for one tier's template in one language. */
export function buildPlanDocument(input: {
	tier: Tier;
	sections: readonly PlanSection[];
	scopes: readonly Pick<Geography, 'name'>[];
	lang: Lang;
	t: Translate<UiKey>;
	siteTitle: string;
}): PlanDocument {
	const { tier, sections, scopes, lang, t, siteTitle } = input;
	const template = planTemplate(sections, tier.id, lang);
	const hasGlobalOnly = template.sections.some((s) => s.globalOnly);
	return {
		template,
		text: {
			title: t(`kam.plans.docTitle.${tier.plan.approach}`, { tier: tier.name[lang] }),
			intro: tier.plan.summary[lang],
			instructions: [
				t('kam.plans.doc.fillIn'),
				t('kam.plans.doc.sharing'),
				...(hasGlobalOnly ? [t('kam.plans.doc.global')] : []),
				t('kam.plans.doc.review', { rhythm: tier.plan.reviewRhythm[lang] }),
			],
			source: t('kam.plans.doc.source', { site: siteTitle }),
			coverHeading: t('kam.plans.cover.field'),
			coverValueHeading: t('kam.plans.cover.entry'),
			coverFields: coverFields(scopes, lang, t),
			coverSectionId: COVER_SECTION_ID,
			labels: {
				purpose: t('kam.plans.purpose'),
				questions: t('kam.plans.questions'),
				example: t('kam.plans.example'),
				answers: t('kam.plans.answers'),
				depth: t('kam.plans.depth'),
				sharing: t('kam.plans.sharing'),
				globalOnly: t('kam.plans.globalOnlyDoc'),
				omitted: t('kam.plans.leftOut'),
			},
			depthNames: { full: t('kam.plans.depth.full'), short: t('kam.plans.depth.short') },
			sharingNames: Object.fromEntries(PLAN_SHARING.map((s) => [s, t(`kam.plans.sharing.${s}`)])) as PlanDocument['text']['sharingNames'],
		},
	};
}
