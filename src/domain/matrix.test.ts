import { describe, expect, it } from 'vitest';
import type { Geography, MatrixCell } from '#src/schemas/geographies.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { articleMatrixCases } from '#tests/fixtures/matrix-cases.ts';
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
	articleMatrixCases(tiers, scopes);

	it('gives each row its tier’s cell of every scope', () => {
		expect(buildMatrix(tiers, scopes)[1]![0]!.cell.plan.en).toBe('Team-made plan.');
	});

	it('names the scope and tier of a missing cell', () => {
		const { smart: _, ...cells } = scopes[0]!.cells;
		expect(() => buildMatrix(tiers, [{ ...scopes[0]!, cells }])).toThrow('scope "global" has no cell for tier "smart"');
	});
});
