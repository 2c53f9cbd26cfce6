// The key account plan template of one tier in one language: which sections, how deep, shared with whom.
import type { Lang } from '#src/config/locales.ts';
import type { PlanSection } from '#src/schemas/plan-sections.ts';
import { PLAN_DEPTHS, PLAN_SHARING } from '#src/schemas/plan-sections.ts';
import { inOrder } from '#src/lib/order.ts';

export type PlanDepth = (typeof PLAN_DEPTHS)[number];
export type PlanSharing = (typeof PLAN_SHARING)[number];

/** One section as it appears in a tier's template (omitted sections never get here). */
export interface TemplateSection {
	id: string;
	/** 1-based position within this template. */
	number: number;
	title: string;
	purpose: string;
	questions: string[];
	example: string;
	depth: Exclude<PlanDepth, 'omitted'>;
	sharing: PlanSharing;
	globalOnly: boolean;
}

/** A tier's template: the sections it contains in order, and the ones it leaves out. */
export interface PlanTemplate {
	tierId: string;
	lang: Lang;
	sections: TemplateSection[];
	omitted: { id: string; title: string }[];
}

/** Builds a tier's template from the plan sections (any order in, data order out). */
export function planTemplate(sections: readonly PlanSection[], tierId: string, lang: Lang): PlanTemplate {
	const ordered = inOrder(sections);
	const kept: TemplateSection[] = [];
	const omitted: PlanTemplate['omitted'] = [];
	for (const s of ordered) {
		const depth = s.depth[tierId];
		const sharing = s.sharing[tierId];
		if (depth === undefined || sharing === undefined)
			throw new Error(`plan section "${s.id}" has no depth or sharing for tier "${tierId}"`);
		if (depth === 'omitted') {
			omitted.push({ id: s.id, title: s.title[lang] });
			continue;
		}
		kept.push({
			id: s.id,
			number: kept.length + 1,
			title: s.title[lang],
			purpose: s.purpose[lang],
			questions: s.questions.map((q) => q[lang]),
			example: s.example[lang],
			depth,
			sharing,
			globalOnly: s.globalOnly,
		});
	}
	return { tierId, lang, sections: kept, omitted };
}

/** How many sections of a template have each depth, for the overview. */
export function depthCounts(sections: readonly PlanSection[], tierId: string): Record<PlanDepth, number> {
	const counts: Record<PlanDepth, number> = { full: 0, short: 0, omitted: 0 };
	for (const s of sections) {
		const depth = s.depth[tierId];
		if (depth) counts[depth] += 1;
	}
	return counts;
}

/** The texts a downloadable template needs besides the sections, all in the template's language. */
export interface PlanDocumentText {
	/** Document title, e.g. "Sales plan – Smart Key Account". */
	title: string;
	/** One or two sentences on how this tier's plan is made and shared. */
	intro: string;
	/** How to use the template (fill in, delete what does not apply, review rhythm). */
	instructions: string[];
	/** Where the template comes from, e.g. "Template from the KAM Playbook · Muster AG". */
	source: string;
	/** The cover block: fields to fill in (customer, key account manager, version date, reviews …). */
	coverHeading: string;
	coverFields: string[];
	coverValueHeading: string;
	/** Id of the section the cover block belongs to; without such a section it goes before the first one. */
	coverSectionId: string;
	labels: {
		purpose: string;
		questions: string;
		example: string;
		answers: string;
		depth: string;
		sharing: string;
		globalOnly: string;
		omitted: string;
	};
	depthNames: Record<Exclude<PlanDepth, 'omitted'>, string>;
	sharingNames: Record<PlanSharing, string>;
}

/** Everything a renderer (Markdown, Word) needs for one downloadable template. */
export interface PlanDocument {
	template: PlanTemplate;
	text: PlanDocumentText;
}

/** Where the cover block goes: inside the section with `coverSectionId`, or before all sections (-1). */
export function coverPosition(doc: PlanDocument): number {
	return doc.template.sections.findIndex((s) => s.id === doc.text.coverSectionId);
}

/** Download formats we generate at build time. */
export const PLAN_FORMATS = {
	md: 'text/markdown; charset=utf-8',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type PlanFormat = keyof typeof PLAN_FORMATS;

/** Lower-case ASCII for file names: diacritics dropped, ß → ss, anything else becomes a hyphen. */
export function asciiSlug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** File name without extension, e.g. ("key-account-plan-vorlage", "smart", "de") → "key-account-plan-vorlage-smart-de". */
export function planFileStem(stem: string, tierId: string, lang: Lang): string {
	const name = [asciiSlug(stem), asciiSlug(tierId), lang].filter(Boolean).join('-');
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new Error(`cannot build an ASCII file name from "${stem}" and "${tierId}"`);
	return name;
}
