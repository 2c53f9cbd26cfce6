// Accessors for the key account plan templates: sections per tier, the downloadable documents and their URLs.
import { getCollection } from 'astro:content';
import { siteTitle } from '#src/config/site.ts';
import type { Lang } from '#src/config/locales.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import type { PlanSection } from '#src/schemas/plan-sections.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { buildPlanDocument, coverFields, templateTitle as titleOf } from '#src/domain/plans/document.ts';
import { PLAN_FORMATS, planFileStem, type PlanDocument, type PlanFormat } from '#src/domain/plans/template.ts';
import { uiText } from './ui-text.ts';
import { inOrder } from '#src/lib/order.ts';
import { getGeographies, getTiers } from './collections.ts';
import { withCacheKey } from './cache-key.ts';

export { COVER_SECTION_ID } from '#src/domain/plans/document.ts';

/** All plan sections in the plan's order. */
export async function getPlanSections(): Promise<PlanSection[]> {
	return inOrder((await getCollection('planSections')).map((e) => e.data));
}

/** Title of a tier's template: a lean plan is called a sales plan. */
export function templateTitle(tier: Tier, lang: Lang): string {
	return titleOf(tier, lang, uiText(lang));
}

/** The cover block's fields in a language, with the geographic scopes from the data. */
export async function getCoverFields(lang: Lang): Promise<string[]> {
	return coverFields(await getGeographies(), lang, uiText(lang));
}

/** Everything the Markdown and Word renderers need for one tier's template in one language. */
export async function planDocument(tier: Tier, lang: Lang): Promise<PlanDocument> {
	const [sections, scopes] = await Promise.all([getPlanSections(), getGeographies()]);
	return buildPlanDocument({ tier, sections, scopes, lang, t: uiText(lang), siteTitle: siteTitle[lang] });
}

/** File name of a tier's template download, e.g. "key-account-plan-vorlage-smart-de.docx". */
export function downloadFileName(tierId: string, lang: Lang, format: PlanFormat): string {
	return `${planFileStem(uiText(lang)('kam.plans.fileStem'), tierId, lang)}.${format}`;
}

/** Site URL of a download (under the configured base path). */
export function downloadHref(tierId: string, lang: Lang, format: PlanFormat): string {
	return `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/downloads/${downloadFileName(tierId, lang, format)}`;
}

/** getStaticPaths for a download endpoint: one file per tier and language; `name` is the file name without extension. */
export async function downloadPaths(format: PlanFormat) {
	const tiers = await getTiers();
	return withCacheKey(
		LANGUAGES.flatMap((lang) =>
			tiers.map((tier) => ({
				params: { name: downloadFileName(tier.id, lang, format).slice(0, -(format.length + 1)) },
				props: { tier, lang },
			})),
		),
	);
}

/** The Content-Type of a download format. */
export function contentType(format: PlanFormat): string {
	return PLAN_FORMATS[format];
}
