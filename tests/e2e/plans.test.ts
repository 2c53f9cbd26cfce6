// Plan templates: the pages show each tier's sections in order with depth and sharing in words, and the generated
// Word and Markdown downloads (opened from dist/) have exactly that tier's sections as headings.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import { LANGUAGES } from '#src/config/locales.ts';
import { uiText } from '#src/data/ui-text.ts';
import { templateTitle } from '#src/domain/plans/document.ts';
import { docxHeadings, docxParagraphs } from '#tests/fixtures/docx.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { downloadBytes, openSite, visit, type Site } from './harness.ts';

const content = realContent();
const strings = { de, en } as const;
const cases = LANGUAGES.flatMap((lang) => content.tiers.map((tier) => [lang, tier.id] as const));
const sectionsOf = (tierId: string) => content.planSections.filter((s) => s.depth[tierId] !== 'omitted');
const omittedOf = (tierId: string) => content.planSections.filter((s) => s.depth[tierId] === 'omitted');
const stem = (lang: 'de' | 'en') => strings[lang]['kam.plans.fileStem'];
const tierOf = (tierId: string) => content.tiers.find((t) => t.id === tierId)!;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('generated downloads in dist/downloads', () => {
	it('are one Word and one Markdown file per tier and language, with clear ASCII names', () => {
		const expected = cases.flatMap(([lang, tier]) => ['docx', 'md'].map((ext) => `${stem(lang)}-${tier}-${lang}.${ext}`));
		// The folder also holds other downloads (the service matrix CSVs); these are the plan templates.
		const files = readdirSync('dist/downloads').filter((f) => /\.(docx|md)$/.test(f));
		expect(files.sort()).toEqual(expected.sort());
		for (const file of files) expect(file).toMatch(/^[a-z0-9-]+\.(docx|md)$/);
	});

	it.each(cases)('%s %s: the .docx headings (Heading 1/2) equal the tier’s sections in order', (lang, tier) => {
		const bytes = new Uint8Array(readFileSync(`dist/downloads/${stem(lang)}-${tier}-${lang}.docx`));
		expect(docxHeadings(bytes)).toEqual(sectionsOf(tier).map((s) => s.title[lang]));
		const texts = docxParagraphs(bytes).map((p) => p.text);
		// Sections for global accounts only are marked as such (the sample has one in every tier's template).
		if (sectionsOf(tier).some((s) => s.globalOnly)) expect(texts).toContain(strings[lang]['kam.plans.globalOnlyDoc']);
		for (const key of [
			'kam.plans.cover.customer',
			'kam.plans.cover.kam',
			'kam.plans.cover.version',
			'kam.plans.cover.lastReview',
			'kam.plans.cover.nextReview',
		] as const)
			expect(texts).toContain(strings[lang][key]);
		for (const section of omittedOf(tier)) expect(texts).not.toContain(section.title[lang]);
	});

	it.each(cases)('%s %s: the .md has the same sections as "##" headings, each with its sharing level', (lang, tier) => {
		const md = readFileSync(`dist/downloads/${stem(lang)}-${tier}-${lang}.md`, 'utf8');
		const headings = md
			.split('\n')
			.filter((l) => l.startsWith('## '))
			.map((l) => l.slice(3).replace(/\\(.)/g, '$1'));
		expect(headings).toEqual(sectionsOf(tier).map((s) => s.title[lang]));
		const sharingLines = md.split('\n').filter((l) => l.includes(`**${strings[lang]['kam.plans.sharing']}:**`));
		expect(sharingLines.map((l) => l.split(':** ').at(-1))).toEqual(
			sectionsOf(tier).map((s) => strings[lang][`kam.plans.sharing.${s.sharing[tier]!}` as keyof typeof en]),
		);
	});
});

describe.each(cases)('plan template page /%s/plans/%s/', (lang, tier) => {
	let shown: { sections: { id: string; badges: string[] }[]; title: string | null; core: string[]; leftOut: string[] };
	beforeAll(async () => {
		const { page } = await visit(site, `/${lang}/plans/${tier}/`);
		shown = {
			sections: await page.locator('.kam-plan-section').evaluateAll((els) =>
				els.map((el) => ({
					id: el.querySelector('h2')!.id,
					badges: [...el.querySelectorAll('.kam-badge')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
				})),
			),
			title: await page.locator('h1').textContent(),
			core: await page.locator('.kam-glance dd').first().locator('a').allTextContents(),
			leftOut: await page.locator('#left-out ~ ul li, section:has(#left-out) li').allTextContents(),
		};
		await page.close();
	});

	it('shows the sections in order with depth and sharing in words', () => {
		const t = strings[lang];
		const expected = sectionsOf(tier).map((s) => ({
			id: s.id,
			badges: [
				`${t['kam.plans.depth']}: ${t[`kam.plans.depth.${s.depth[tier]!}` as keyof typeof en]}`,
				`${t['kam.plans.sharing']}: ${t[`kam.plans.sharing.${s.sharing[tier]!}` as keyof typeof en]}`,
				...(s.globalOnly ? [t['kam.plans.globalOnly']] : []),
			],
		}));
		expect(shown.sections).toEqual(expected);
	});

	// In the sample, the Smart template is the lean sales plan ("Vorlage Vertriebsplan …", "Sales plan template: …").
	it('is titled for its kind of plan and lists its core sections and what it leaves out', () => {
		expect(shown.title).toBe(templateTitle(tierOf(tier), lang, uiText(lang)));
		expect(shown.core).toEqual(
			sectionsOf(tier)
				.filter((s) => s.depth[tier] === 'full')
				.map((s) => s.title[lang]),
		);
		expect(shown.leftOut).toEqual(omittedOf(tier).map((s) => s.title[lang]));
	});
});

describe('plan downloads', () => {
	const tier = content.tiers[0]!;

	it.each(LANGUAGES)('in %s, the download link delivers the Word file under its own name', async (lang) => {
		const { page } = await visit(site, `/${lang}/plans/${tier.id}/`);
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.kam-downloads a[href$=".docx"]').first().click()]);
		expect(download.suggestedFilename()).toBe(`${stem(lang)}-${tier.id}-${lang}.docx`);
		const bytes = await downloadBytes(download);
		await page.close();
		expect(docxHeadings(new Uint8Array(bytes))).toEqual(sectionsOf(tier.id).map((s) => s.title[lang]));
	});

	it.each(cases)('in %s, the %s downloads are served with their content types, the Markdown under the plan’s title', async (lang, id) => {
		const docx = await fetch(site.url(`/downloads/${stem(lang)}-${id}-${lang}.docx`));
		const md = await fetch(site.url(`/downloads/${stem(lang)}-${id}-${lang}.md`));
		expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
		// In the sample, the Smart template's starts "# Vertriebsplan" / "# Sales plan".
		const title = uiText(lang)(`kam.plans.docTitle.${tierOf(id).plan.approach}`, { tier: tierOf(id).name[lang] });
		expect(await md.text()).toMatch(new RegExp(`^# ${escape(title)}\n`));
	});
});

describe('plan overview', () => {
	it.each(LANGUAGES)('the %s overview table names depth and sharing for every section and tier', async (lang) => {
		const { page } = await visit(site, `/${lang}/plans/`);
		const rows = await page
			.locator('.kam-plan-matrix tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('span')].map((s) => s.textContent!.trim()))),
			);
		await page.close();
		const t = strings[lang];
		expect(rows).toEqual(
			content.planSections.map((s) =>
				content.tiers.map((tier) => {
					const depth = s.depth[tier.id]!;
					const word = t[`kam.plans.depth.${depth}` as keyof typeof en];
					return depth === 'omitted' ? [word] : [word, t[`kam.plans.sharing.${s.sharing[tier.id]!}` as keyof typeof en]];
				}),
			),
		);
	});
});
