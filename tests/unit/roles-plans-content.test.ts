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

	it('build every key account manager’s titles from the geographic scopes, one per scope in their order', () => {
		for (const role of content.roles.filter((r) => r.tier))
			for (const lang of LANGUAGES) {
				const titles = scopedTitles(role.title, content.geographies, lang);
				expect(titles.map((t) => t.scopeId)).toEqual(content.geographies.map((g) => g.id));
				for (const [i, { title }] of titles.entries()) {
					expect(title, `${role.id} › ${content.geographies[i]!.id}`).toContain(role.title[lang].trim());
					const prefix = content.geographies[i]!.titlePrefix[lang].trim().toLocaleLowerCase();
					expect(title.toLocaleLowerCase().startsWith(prefix), title).toBe(true);
				}
			}
	});
});

describe.each(LANGUAGES)('plan documents in %s', (lang) => {
	const t = translator(strings[lang]);
	const documentOf = (tier: (typeof content.tiers)[number]) =>
		buildPlanDocument({ tier, sections: content.planSections, scopes: content.geographies, lang, t, siteTitle: siteTitle[lang] });

	it.each(content.tiers.map((tier) => [tier.id, tier] as const))(
		'%s: Markdown and Word headings are the tier’s sections in order',
		async (_, tier) => {
			const doc = documentOf(tier);
			const expected = content.planSections.filter((s) => s.depth[tier.id] !== 'omitted').map((s) => s.title[lang]);
			expect(expected.length).toBeGreaterThan(0);
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

	it('calls every lean template a sales plan', () => {
		for (const tier of content.tiers.filter((x) => x.plan.approach === 'lean-sales-plan'))
			expect(documentOf(tier).text.title).toMatch(lang === 'de' ? /Vertriebsplan/ : /Sales plan/);
	});
});
