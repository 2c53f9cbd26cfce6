// Sidebar navigation, built from the validated content so new tiers or scopes appear without code changes.
import type { Localized } from '../schemas/localized.ts';
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

/** The sidebar: overview, one link per tier (in the data's order), tools, and reference pages. */
export function buildSidebar(content: RawContent): Item[] {
	const tiers = [...(content.tiers.data as Tier[])].sort((a, b) => a.order - b.order);
	return [
		{ ...label({ de: 'Überblick', en: 'Overview' }), slug: 'index' },
		{
			...label({ de: 'Die drei Key-Account-Typen', en: 'The three kinds of key account' }),
			items: tiers.map((tier) => ({ ...label(tier.name), link: `/tiers/${tier.id}/` })),
		},
		{
			...label({ de: 'Werkzeuge', en: 'Tools' }),
			items: [{ ...label({ de: 'Selbsteinschätzung', en: 'Self-assessment' }), link: '/assessment/' }],
		},
		{
			...label({ de: 'Nachschlagen', en: 'Reference' }),
			items: [{ ...label({ de: 'Glossar', en: 'Glossary' }), link: '/glossary/' }],
		},
	];
}
