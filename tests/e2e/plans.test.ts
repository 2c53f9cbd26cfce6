// Plan templates: the pages show each tier's sections in order with depth and sharing in words, and the generated
// Word and Markdown downloads (opened from dist/) have exactly that tier's sections as headings.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import { LANGUAGES } from '#src/config/locales.ts';
import { docxHeadings, docxParagraphs } from '#tests/fixtures/docx.ts';
import { realContent } from '#tests/fixtures/real-content.ts';
import { openSite, visit, type Site } from './harness.ts';

const content = realContent();
const strings = { de, en } as const;
const cases = LANGUAGES.flatMap((lang) => content.tiers.map((tier) => [lang, tier.id] as const));
const sectionsOf = (tierId: string) => content.planSections.filter((s) => s.depth[tierId] !== 'omitted');
const omittedOf = (tierId: string) => content.planSections.filter((s) => s.depth[tierId] === 'omitted');
const stem = (lang: 'de' | 'en') => strings[lang]['kam.plans.fileStem'];

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
		expect(texts).toContain(strings[lang]['kam.plans.globalOnlyDoc']);
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

describe('plan template pages', () => {
	it.each(cases)('/%s/plans/%s/ shows the sections in order with depth and sharing in words', async (lang, tier) => {
		const { page } = await visit(site, `/${lang}/plans/${tier}/`);
		const sections = await page.locator('.kam-plan-section').evaluateAll((els) =>
			els.map((el) => ({
				id: el.querySelector('h2')!.id,
				badges: [...el.querySelectorAll('.kam-badge')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
			})),
		);
		await page.close();
		const t = strings[lang];
		const expected = sectionsOf(tier).map((s) => ({
			id: s.id,
			badges: [
				`${t['kam.plans.depth']}: ${t[`kam.plans.depth.${s.depth[tier]!}` as keyof typeof en]}`,
				`${t['kam.plans.sharing']}: ${t[`kam.plans.sharing.${s.sharing[tier]!}` as keyof typeof en]}`,
				...(s.globalOnly ? [t['kam.plans.globalOnly']] : []),
			],
		}));
		expect(sections).toEqual(expected);
	});

	it.each(LANGUAGES)('in %s, the Smart template is a sales plan and lists what it leaves out', async (lang) => {
		const { page } = await visit(site, `/${lang}/plans/smart/`);
		expect(await page.locator('h1').textContent()).toMatch(lang === 'de' ? /Vertriebsplan/ : /Sales plan/);
		const core = await page.locator('.kam-glance dd').first().locator('a').allTextContents();
		const leftOut = await page.locator('#left-out ~ ul li, section:has(#left-out) li').allTextContents();
		await page.close();
		expect(core).toEqual(
			sectionsOf('smart')
				.filter((s) => s.depth.smart === 'full')
				.map((s) => s.title[lang]),
		);
		expect(leftOut).toEqual(omittedOf('smart').map((s) => s.title[lang]));
	});

	it.each(LANGUAGES)('in %s, the download link delivers the Word file under its own name', async (lang) => {
		const { page } = await visit(site, `/${lang}/plans/key/`);
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.kam-downloads a[href$=".docx"]').first().click()]);
		expect(download.suggestedFilename()).toBe(`${stem(lang)}-key-${lang}.docx`);
		const path = await download.path();
		await page.close();
		expect(docxHeadings(new Uint8Array(readFileSync(path)))).toEqual(sectionsOf('key').map((s) => s.title[lang]));
	});

	it('serves the downloads with their content types', async () => {
		const docx = await fetch(site.url(`/en/`).replace(/\/en\/$/, `/downloads/${stem('en')}-smart-en.docx`));
		const md = await fetch(site.url(`/de/`).replace(/\/de\/$/, `/downloads/${stem('de')}-smart-de.md`));
		expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
		expect(await md.text()).toMatch(/^# Vertriebsplan/);
	});

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
