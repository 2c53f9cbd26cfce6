import { describe, expect, it } from 'vitest';
import { translator } from '#src/lib/format.ts';
import type { Kpi, Scorecard } from '#src/schemas/scorecards.ts';
import { creditsOfRole, scorecardCsvRows, scorecardLines } from './scorecards.ts';

const l = (en: string) => ({ de: `${en} (de)`, en });
const kpi = (id: string, formula?: string): Kpi => ({
	id,
	kind: 'kpi',
	name: l(`${id} name`),
	definition: l(`${id} definition`),
	...(formula ? { formula: l(formula) } : {}),
	source: l(`${id} source`),
	direction: 'higher',
});
const kpis = new Map([kpi('margin', 'a ÷ b'), kpi('otif'), kpi('hit-rate')].map((k) => [k.id, k]));
const card = (tier: string, lines: Scorecard['kpis'], splits: Scorecard['pay']['splits'] = []): Scorecard => ({
	id: `${tier}-card`,
	kind: 'scorecard',
	tier,
	summary: l('summary'),
	kpis: lines,
	pay: { variableShare: { min: 20, max: 30 }, basis: l('basis'), splits },
});
const smart = card(
	'smart',
	[
		{ kpi: 'otif', rhythm: 'monthly' },
		{ kpi: 'hit-rate', rhythm: 'per-tender', payWeight: 40 },
		{ kpi: 'margin', rhythm: 'monthly', payWeight: 60, target: l('at least 8 %') },
	],
	[
		{
			scope: 'global',
			credits: [
				{ role: 'smart-kam', share: 70, measuredOn: l('global tenders') },
				{ role: 'local', share: 30, measuredOn: l('call-offs') },
			],
		},
	],
);
const key = card(
	'key',
	[{ kpi: 'margin', rhythm: 'quarterly', payWeight: 100 }],
	[
		{
			scope: 'global',
			credits: [
				{ role: 'kam', share: 50, measuredOn: l('x') },
				{ role: 'local', share: 50, measuredOn: l('y') },
			],
		},
	],
);

describe('scorecardLines', () => {
	it('puts paid KPIs first, heaviest first, then the watched ones, each with its definition', () => {
		const lines = scorecardLines(smart, kpis);
		expect(lines.map((line) => line.kpi)).toEqual(['margin', 'hit-rate', 'otif']);
		expect(lines[0]!.definition.formula?.en).toBe('a ÷ b');
	});
	it('throws on a KPI the scorecards do not define (the content rules prevent it)', () => {
		expect(() => scorecardLines(card('x', [{ kpi: 'nps', rhythm: 'annual' }]), kpis)).toThrow(/unknown KPI "nps"/);
	});
});

describe('creditsOfRole', () => {
	it('finds every split that gives a role a share', () => {
		expect(creditsOfRole([smart, key], 'local').map((c) => [c.scorecard.tier, c.scope, c.credit.share])).toEqual([
			['smart', 'global', 30],
			['key', 'global', 50],
		]);
		expect(creditsOfRole([smart, key], 'executive-sponsor')).toEqual([]);
	});
});

describe('scorecardCsvRows', () => {
	const text = translator<string>({
		...Object.fromEntries(
			['tier', 'id', 'kpi', 'definition', 'formula', 'source', 'direction', 'rhythm', 'payWeight', 'target'].map((c) => [
				`kam.scorecards.csv.${c}`,
				c,
			]),
		),
		'kam.scorecards.direction.higher': 'higher is better',
		'kam.programme.rhythm.monthly': 'monthly',
		'kam.programme.rhythm.quarterly': 'quarterly',
		'kam.programme.rhythm.per-tender': 'per tender',
	});
	it('writes a header and one row per KPI, tiers in the given order', () => {
		const tiers = [
			{ id: 'key', name: l('Key Account') },
			{ id: 'smart', name: l('Smart Key Account') },
		];
		const rows = scorecardCsvRows([smart, key], kpis, tiers, 'en', text);
		expect(rows[0]).toEqual(['tier', 'id', 'kpi', 'definition', 'formula', 'source', 'direction', 'rhythm', 'payWeight', 'target']);
		expect(rows.slice(1).map((r) => [r[0], r[1], r[7], r[8]])).toEqual([
			['Key Account', 'margin', 'quarterly', '100'],
			['Smart Key Account', 'margin', 'monthly', '60'],
			['Smart Key Account', 'hit-rate', 'per tender', '40'],
			['Smart Key Account', 'otif', 'monthly', ''],
		]);
		expect(rows[2]).toEqual([
			'Smart Key Account',
			'margin',
			'margin name',
			'margin definition',
			'a ÷ b',
			'margin source',
			'higher is better',
			'monthly',
			'60',
			'at least 8 %',
		]);
		expect(scorecardCsvRows([smart], kpis, tiers, 'de', text)[1]![2]).toBe('margin name (de)');
	});
});
