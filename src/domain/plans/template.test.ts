import { describe, expect, it } from 'vitest';
import { asciiSlug, coverPosition, depthCounts, planFileStem, planTemplate } from './template.ts';
import { SECTIONS, TEXT } from '#tests/fixtures/plan-sections.ts';

describe('planTemplate', () => {
	it('keeps the data order, numbers the kept sections and lists omitted ones apart', () => {
		const key = planTemplate(SECTIONS, 'key', 'en');
		expect(key.sections.map((s) => [s.number, s.id, s.depth])).toEqual([
			[1, 'cover', 'full'],
			[2, 'global-appendix', 'short'],
		]);
		expect(key.omitted).toEqual([{ id: 'tender-calendar', title: 'Tender calendar and target prices' }]);
	});

	it('carries each tier’s own depth and sharing level, in the requested language', () => {
		const smart = planTemplate(SECTIONS, 'smart', 'de');
		expect(smart.sections.map((s) => [s.title, s.depth, s.sharing])).toEqual([
			['Deckblatt', 'short', 'internal'],
			['Ausschreibungskalender und Zielpreise', 'full', 'internal'],
			['Globaler Anhang', 'short', 'internal'],
		]);
		expect(planTemplate(SECTIONS, 'strategic', 'en').sections[0]!.sharing).toBe('co-created');
	});

	it('marks the global appendix as global-only', () => {
		const smart = planTemplate(SECTIONS, 'smart', 'en');
		expect(smart.sections.filter((s) => s.globalOnly).map((s) => s.id)).toEqual(['global-appendix']);
	});

	it('refuses a tier the sections know nothing about', () => {
		expect(() => planTemplate(SECTIONS, 'platinum', 'en')).toThrow(/no depth or sharing for tier "platinum"/);
	});
});

describe('depthCounts', () => {
	it('counts full, short and omitted sections per tier', () => {
		expect(depthCounts(SECTIONS, 'key')).toEqual({ full: 1, short: 1, omitted: 1 });
		expect(depthCounts(SECTIONS, 'strategic')).toEqual({ full: 2, short: 1, omitted: 0 });
	});
});

describe('coverPosition', () => {
	it('finds the cover section, or -1 when the template has none', () => {
		const template = planTemplate(SECTIONS, 'smart', 'en');
		expect(coverPosition({ template, text: TEXT })).toBe(0);
		expect(coverPosition({ template, text: { ...TEXT, coverSectionId: 'deckblatt' } })).toBe(-1);
	});
});

describe('download file names', () => {
	it.each([
		['key-account-plan-template', 'smart', 'en', 'key-account-plan-template-smart-en'],
		['key-account-plan-vorlage', 'strategic', 'de', 'key-account-plan-vorlage-strategic-de'],
		['Vorlage für Großkunden', 'key', 'de', 'vorlage-fur-grosskunden-key-de'],
		['  Plan / Übersicht  ', 'smart', 'de', 'plan-ubersicht-smart-de'],
	] as const)('%j + %s + %s → %s', (stem, tier, lang, expected) => {
		expect(planFileStem(stem, tier, lang)).toBe(expected);
	});

	it('are plain ASCII', () => {
		expect(asciiSlug('Kunden-Ergebnisrechnung & Cost to Serve – 2025')).toBe('kunden-ergebnisrechnung-cost-to-serve-2025');
		expect(planFileStem('計画', 'smart', 'en')).toBe('smart-en');
	});
});
