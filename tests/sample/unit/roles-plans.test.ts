// Sample: the shipped roles and plans follow the article – Cranfield's span per manager, the Smart role's scoped
// titles, and a lean Smart sales plan that covers volumes, tenders, target prices, delivery and cost to serve.
import { describe, expect, it } from 'vitest';
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import { siteTitle } from '#src/config/site.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { buildPlanDocument } from '#src/domain/plans/document.ts';
import { scopedTitles } from '#src/domain/roles.ts';
import { translator } from '#src/lib/format.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

const content = realContent();
const strings = { de, en };

describe('sample role profiles', () => {
	it('keep accounts per key account manager within Cranfield’s “fewer than five”', () => {
		for (const role of content.roles.filter((r) => r.accountsPerPerson)) expect(role.accountsPerPerson!.max, role.id).toBeLessThan(5);
		for (const role of content.roles.filter((r) => r.tier)) expect(role.accountsPerPerson, role.id).toBeDefined();
		const max = Object.fromEntries(content.roles.filter((r) => r.tier).map((r) => [r.id, r.accountsPerPerson!.max]));
		expect(max['smart-kam']).toBeGreaterThanOrEqual(max['kam']!);
		expect(max['kam']).toBeGreaterThanOrEqual(max['strategic-kam']!);
	});

	it('build the Smart role’s titles from the geographic scopes', () => {
		const smart = content.roles.find((r) => r.tier === 'smart')!;
		for (const lang of LANGUAGES)
			expect(scopedTitles(smart.title, content.geographies, lang).map((t) => t.title)).toEqual([
				'National Smart Key Account Manager',
				'Global Smart Key Account Manager',
			]);
	});
});

describe.each(LANGUAGES)('sample plan documents in %s', (lang) => {
	const t = translator(strings[lang]);
	const documentOf = (tier: (typeof content.tiers)[number]) =>
		buildPlanDocument({ tier, sections: content.planSections, scopes: content.geographies, lang, t, siteTitle: siteTitle[lang] });

	it('end every tier’s plan with the global appendix', () => {
		for (const tier of content.tiers) {
			const expected = content.planSections.filter((s) => s.depth[tier.id] !== 'omitted').map((s) => s.title[lang]);
			expect(expected.at(-1)).toBe(content.planSections.find((s) => s.globalOnly)!.title[lang]);
			expect(documentOf(tier).template.sections.at(-1)!.title).toBe(expected.at(-1));
		}
	});

	it('calls the Smart template a sales plan and covers volumes, tenders, target prices, delivery and cost to serve', () => {
		const smart = content.tiers.find((tier) => tier.plan.approach === 'lean-sales-plan')!;
		const doc = documentOf(smart);
		expect(doc.text.title).toMatch(lang === 'de' ? /Vertriebsplan/ : /Sales plan/);
		const full = doc.template.sections.filter((s) => s.depth === 'full').map((s) => s.id);
		expect(full).toEqual(expect.arrayContaining(['volumes-delivery', 'tender-calendar', 'account-pnl']));
		expect(doc.template.sections.map((s) => s.id)).toEqual([
			'cover',
			'account-pnl',
			'volumes-delivery',
			'tender-calendar',
			'actions',
			'global-appendix',
		]);
		expect(doc.template.sections.every((s) => s.sharing === 'internal')).toBe(true);
	});

	it('states one review rhythm per tier, in every text that names it', () => {
		const strategic = content.tiers.find((t) => t.id === 'strategic')!;
		const rhythm = lang === 'de' ? /Vierteljährlich .*zweimal im Jahr/ : /quarterly; .*twice a year/;
		expect(strategic.plan.reviewRhythm[lang]).toMatch(rhythm);
		const reviews = content.services.find((s) => s.id === 'account-reviews')!;
		const committee = content.services.find((s) => s.id === 'steering-committee')!;
		expect(reviews.levels.strategic!.condition![lang]).toContain(strategic.facts.review![lang].slice(1));
		expect(committee.levels.strategic!.condition![lang]).toContain(strategic.facts.management![lang]);
		expect(JSON.stringify(content)).not.toMatch(/\{\{/);
	});
});
