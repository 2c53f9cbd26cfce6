// The real role and plan data, rendered the way the site renders it: titles per scope, plan documents per tier and language.
import { describe, expect, it } from 'vitest';
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import { siteTitle } from '#src/config/site.ts';
import { buildPlanDocument } from '#src/domain/plans/document.ts';
import { renderPlanDocx } from '#src/domain/plans/docx.ts';
import { renderPlanMarkdown } from '#src/domain/plans/markdown.ts';
import { scopedTitles } from '#src/domain/roles.ts';
import { translator } from '#src/lib/format.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { docxHeadings } from '#tests/fixtures/docx.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

const content = realContent();
const strings = { de, en };

describe('role profiles', () => {
	it('give every tier exactly one key account manager role', () => {
		for (const tier of content.tiers) expect(content.roles.filter((r) => r.tier === tier.id).map((r) => r.id)).toHaveLength(1);
	});

	it('keep accounts per key account manager within Cranfield’s “fewer than five”, five at most for the lean role', () => {
		for (const role of content.roles.filter((r) => r.tier)) {
			expect(role.accountsPerPerson, role.id).toBeDefined();
			expect(role.accountsPerPerson!.max, role.id).toBeLessThanOrEqual(5);
		}
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

describe.each(LANGUAGES)('plan documents in %s', (lang) => {
	const t = translator(strings[lang]);
	it.each(content.tiers.map((tier) => [tier.id, tier] as const))(
		'%s: Markdown and Word headings are the tier’s sections in order',
		async (_, tier) => {
			const doc = buildPlanDocument({
				tier,
				sections: content.planSections,
				scopes: content.geographies,
				lang,
				t,
				siteTitle: siteTitle[lang],
			});
			const expected = content.planSections.filter((s) => s.depth[tier.id] !== 'omitted').map((s) => s.title[lang]);
			expect(expected.at(-1)).toBe(content.planSections.find((s) => s.globalOnly)!.title[lang]);
			const md = renderPlanMarkdown(doc);
			expect(
				md
					.split('\n')
					.filter((l) => l.startsWith('## '))
					.map((l) => l.slice(3).replace(/\\(.)/g, '$1')),
			).toEqual(expected);
			expect(docxHeadings(await renderPlanDocx(doc))).toEqual(expected);
		},
	);

	it('calls the Smart template a sales plan and covers volumes, tenders, target prices, delivery and cost to serve', () => {
		const smart = content.tiers.find((tier) => tier.plan.approach === 'lean-sales-plan')!;
		const doc = buildPlanDocument({
			tier: smart,
			sections: content.planSections,
			scopes: content.geographies,
			lang,
			t,
			siteTitle: siteTitle[lang],
		});
		expect(doc.text.title).toMatch(lang === 'de' ? /Vertriebsplan/ : /Sales plan/);
		const full = doc.template.sections.filter((s) => s.depth === 'full').map((s) => s.id);
		expect(full).toEqual(expect.arrayContaining(['volumes-delivery', 'tender-calendar', 'account-pnl']));
		expect(doc.template.sections.every((s) => s.sharing === 'internal')).toBe(true);
		expect(doc.template.omitted.length).toBeGreaterThan(0);
	});
});
