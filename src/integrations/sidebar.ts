// Sidebar navigation, built from the validated content so new tiers or scopes appear without code changes.
import { LANGUAGES } from '#src/config/locales.ts';
import { site } from '#src/config/site.ts';
import type { PlaybookContent } from '#src/content/load.ts';
import { inOrder } from '#src/lib/order.ts';
import type { Localized } from '#src/schemas/localized.ts';

type Item = { label: string; translations: Record<string, string> } & ({ link: string } | { slug: string } | { items: Item[] });

// Starlight takes a label in the default language and translations for the others.
function label(text: Localized) {
	const others = LANGUAGES.filter((lang) => lang !== site.defaultLanguage);
	return { label: text[site.defaultLanguage], translations: Object.fromEntries(others.map((lang) => [lang, text[lang]])) };
}

/** The sidebar: overview, tiers (in the data's order), role profiles, plan templates, service levels per department, running the programme, tools, reference pages. */
export function buildSidebar({ collections }: PlaybookContent): Item[] {
	const tiers = inOrder(collections.tiers);
	const roles = inOrder(collections.roles);
	const departments = inOrder(collections.departments);
	return [
		{ ...label({ de: 'Überblick', en: 'Overview' }), slug: 'index' },
		{ ...label({ de: 'Einarbeitung in vier Wochen', en: 'Onboarding in four weeks' }), slug: 'onboarding' },
		{
			...label({ de: 'Die drei Kategorien', en: 'The three tiers' }),
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
			...label({ de: 'Das Programm steuern', en: 'Running the programme' }),
			items: [
				{ ...label({ de: 'Portfolio-Review', en: 'Portfolio review' }), link: '/portfolio-review/' },
				{ ...label({ de: 'Kategorie wechseln', en: 'Changing tier' }), link: '/transitions/' },
				{ ...label({ de: 'Wenn der Kunde mehr verlangt', en: 'If the customer asks for more' }), link: '/service-exceptions/' },
				{ ...label({ de: 'Scorecards und Vergütung', en: 'Scorecards and pay' }), link: '/scorecards/' },
			],
		},
		{
			...label({ de: 'Werkzeuge', en: 'Tools' }),
			items: [
				{ ...label({ de: 'Selbsteinschätzung', en: 'Self-assessment' }), link: '/assessment/' },
				{ ...label({ de: 'Meine Key Accounts', en: 'My key accounts' }), link: '/accounts/' },
				{ ...label({ de: 'Programm-Check', en: 'Programme check' }), link: '/programme-check/' },
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
