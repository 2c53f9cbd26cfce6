// Sidebar navigation, built from the validated content so new tiers or scopes appear without code changes.
import type { Localized } from '#src/schemas/localized.ts';
import type { Department } from '#src/schemas/departments.ts';
import type { TierEntry } from '#src/schemas/tiers.ts';
import type { Role } from '#src/schemas/roles.ts';
import type { RawContent } from '#src/content/validate.ts';
import { defaultLocale } from '#src/config/locales.ts';

type Item = { label: string; translations: Record<string, string> } & (
	| { link: string }
	| { slug: string }
	| { items: Item[] }
);

const other = defaultLocale === 'de' ? 'en' : 'de';

function label(text: Localized) {
	return { label: text[defaultLocale], translations: { [other]: text[other] } };
}

/** The sidebar: overview, tiers (in the data's order), tools, role profiles, plan templates, service levels per department, reference pages. */
export function buildSidebar(content: RawContent): Item[] {
	const tiers = [...(content.tiers.data as TierEntry[])].sort((a, b) => a.order - b.order);
	const roles = [...(content.roles.data as Role[])].sort((a, b) => a.order - b.order);
	const departments = [...(content.departments.data as Department[])].sort((a, b) => a.order - b.order);
	return [
		{ ...label({ de: 'Überblick', en: 'Overview' }), slug: 'index' },
		{ ...label({ de: 'Einarbeitung in vier Wochen', en: 'Onboarding in four weeks' }), slug: 'onboarding' },
		{
			...label({ de: 'Die drei Key-Account-Typen', en: 'The three kinds of key account' }),
			items: [
				...tiers.map((tier) => ({ ...label(tier.name), link: `/tiers/${tier.id}/` })),
				{ ...label({ de: 'Vergleich', en: 'Comparison' }), link: '/comparison/' },
				{ ...label({ de: 'Key Account Matrix', en: 'Key Account Matrix' }), link: '/matrix/' },
			],
		},
		{
			...label({ de: 'Rollenprofile', en: 'Role profiles' }),
			items: [
				{ ...label({ de: 'Rollen im Vergleich', en: 'Roles compared' }), link: '/roles/' },
				...roles.map((role) => ({ ...label(role.title), link: `/roles/${role.id}/` })),
			],
		},
		{
			...label({ de: 'Planvorlagen', en: 'Plan templates' }),
			items: [
				{ ...label({ de: 'Vorlagen im Vergleich', en: 'Templates compared' }), link: '/plans/' },
				...tiers.map((tier) => ({ ...label(tier.name), link: `/plans/${tier.id}/` })),
			],
		},
		{
			...label({ de: 'Serviceniveaus', en: 'Service levels' }),
			items: [
				{ ...label({ de: 'Leistungsmatrix', en: 'Service matrix' }), link: '/services/' },
				...departments.map((department) => ({ ...label(department.name), link: `/departments/${department.id}/` })),
			],
		},
		{
			...label({ de: 'Werkzeuge', en: 'Tools' }),
			items: [
				{ ...label({ de: 'Selbsteinschätzung', en: 'Self-assessment' }), link: '/assessment/' },
				{ ...label({ de: 'Meine Key Accounts', en: 'My key accounts' }), link: '/accounts/' },
			],
		},
		{
			...label({ de: 'Nachschlagen', en: 'Reference' }),
			items: [{ ...label({ de: 'Glossar', en: 'Glossary' }), link: '/glossary/' }],
		},
		{
			...label({ de: 'Für Ihr Unternehmen', en: 'For your company' }),
			items: [
				{ ...label({ de: 'Das Playbook anpassen', en: 'Adapt the playbook' }), slug: 'guides/adapt' },
				{ ...label({ de: 'Das Playbook veröffentlichen', en: 'Publish the playbook' }), slug: 'guides/publish' },
			],
		},
	];
}
