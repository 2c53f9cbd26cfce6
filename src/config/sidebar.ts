// Sidebar navigation, built from the validated content so new tiers or scopes appear without code changes.
import type { Localized } from '../schemas/localized.ts';
import type { Department } from '../schemas/departments.ts';
import type { Tier } from '../schemas/tiers.ts';
import type { RawContent } from '../lib/content-validation.ts';
import { defaultLocale } from './locales.ts';

type Item = { label: string; translations: Record<string, string> } & (
	| { link: string }
	| { slug: string }
	| { items: Item[] }
);

const other = defaultLocale === 'de' ? 'en' : 'de';

function label(text: Localized) {
	return { label: text[defaultLocale], translations: { [other]: text[other] } };
}

/** The sidebar: overview, one link per tier (in the data's order), service levels per department, and reference pages. */
export function buildSidebar(content: RawContent): Item[] {
	const tiers = [...(content.tiers.data as Tier[])].sort((a, b) => a.order - b.order);
	const departments = [...(content.departments.data as Department[])].sort((a, b) => a.order - b.order);
	return [
		{ ...label({ de: 'Überblick', en: 'Overview' }), slug: 'index' },
		{
			...label({ de: 'Die drei Key-Account-Typen', en: 'The three kinds of key account' }),
			items: tiers.map((tier) => ({ ...label(tier.name), link: `/tiers/${tier.id}/` })),
		},
		{
			...label({ de: 'Serviceniveaus', en: 'Service levels' }),
			items: [
				{ ...label({ de: 'Leistungsmatrix', en: 'Service matrix' }), link: '/services/' },
				...departments.map((department) => ({ ...label(department.name), link: `/departments/${department.id}/` })),
			],
		},
		{
			...label({ de: 'Nachschlagen', en: 'Reference' }),
			items: [{ ...label({ de: 'Glossar', en: 'Glossary' }), link: '/glossary/' }],
		},
	];
}
