import { describe, expect, it } from 'vitest';
import type { Geography, MatrixCell } from '#src/schemas/geographies.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { buildMatrix } from './matrix.ts';

const text = (en: string, de = en) => ({ de, en });
const cell = (plan: string): MatrixCell => ({
	organisation: text('A fixed account team.', 'Ein festes Account Team.'),
	contractAndPricing: text('Frame contract with priced services.', 'Rahmenvertrag mit bepreisten Leistungen.'),
	serviceCoordination: text('One service package.', 'Ein Leistungspaket.'),
	plan: text(plan),
	pitfalls: [text('Services given away for free.', 'Leistungen werden verschenkt.')],
});
const tier = (id: string, order: number, name: string, title: string) =>
	({
		id,
		order,
		name: text(name),
		shortName: text(name),
		role: { summary: text('Leads the account.'), title: text(title) },
	}) as unknown as Tier;
const scope = (id: string, order: number, prefix: string): Geography => ({
	id,
	order,
	name: text(prefix),
	titlePrefix: text(prefix),
	definition: text(`A ${id} customer.`),
	criteria: [text('Buys in one place.')],
	pitfalls: [text('Managed in the wrong scope.')],
	cells: { strategic: cell('Co-created plan.'), key: cell('Team-made plan.'), smart: cell('Sales plan.') },
});

// A three-tier, two-scope playbook written for this test, deliberately out of order.
const tiers = [
	tier('smart', 3, 'Smart Key Account', 'Smart Key Account Manager'),
	tier('strategic', 1, 'Strategic Key Account', 'Strategic Key Account Manager'),
	tier('key', 2, 'Key Account', 'Key Account Manager'),
];
const scopes = [scope('global', 2, 'Global'), scope('national', 1, 'National')];

describe('buildMatrix', () => {
	it('has one row per tier and one column per scope, in data order', () => {
		const matrix = buildMatrix([...tiers].reverse(), scopes);
		expect(matrix.map((row) => row[0]!.tier.id)).toEqual(['strategic', 'key', 'smart']);
		expect(matrix[0]!.map((e) => e.scope.id)).toEqual(['national', 'global']);
		expect(matrix[1]![0]!.cell.plan.en).toBe('Team-made plan.');
	});

	it('adds a column when a scope is added to the data', () => {
		const regional = { ...scopes[1]!, id: 'regional', order: 3, titlePrefix: { de: 'Regional', en: 'Regional' } };
		const matrix = buildMatrix(tiers, [...scopes, regional]);
		expect(matrix.every((row) => row.length === 3)).toBe(true);
		expect(matrix[2]![2]!.roleTitle.en).toBe('Regional Smart Key Account Manager');
		expect(matrix[2]![2]!.anchor).toBe('smart-regional');
	});

	it('titles each cell with the scope prefix and the tier role', () => {
		expect(buildMatrix(tiers, scopes)[2]![1]!.roleTitle).toEqual({
			de: 'Global Smart Key Account Manager',
			en: 'Global Smart Key Account Manager',
		});
	});

	it('names the scope and tier of a missing cell', () => {
		const { smart: _, ...cells } = scopes[0]!.cells;
		expect(() => buildMatrix(tiers, [{ ...scopes[0]!, cells }])).toThrow('scope "global" has no cell for tier "smart"');
	});
});
