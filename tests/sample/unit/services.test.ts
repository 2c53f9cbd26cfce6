// Sample: the shipped service catalogue is as broad as the article's and reflects what it says each tier receives –
// Strategic extras earned by an agreement or a decision, Key Account extras priced or covered by contract, Smart
// extras charged or not offered.
import { describe, expect, it } from 'vitest';
import type { ServiceLevel } from '#src/schemas/services.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

const { services, departments } = realContent();

describe('the sample catalogue', () => {
	it('has at least 24 services, and every department owns at least one', () => {
		expect(services.length).toBeGreaterThanOrEqual(24);
		for (const department of departments)
			expect(
				services.filter((s) => s.department === department.id),
				department.id,
			).not.toEqual([]);
	});
});

describe('the catalogue reflects the article', () => {
	const level = (id: string, tier: string) => services.find((s) => s.id === id)?.levels[tier]?.level;
	const count = (tier: string, wanted: ServiceLevel) => services.filter((s) => s.levels[tier]!.level === wanted).length;

	const extras = services.filter((s) => s.kind === 'extra');
	const earnedBy = (id: string, tier: string) => services.find((s) => s.id === id)?.levels[tier]?.earnedBy;

	it.each([
		['joint innovation', ['innovation-workshops', 'joint-development', 'roadmap-early-access']],
		['a broad network at all levels', ['executive-sponsorship', 'steering-committee']],
	])('Strategic Key Accounts get %s, Smart Key Accounts do not', (_what, ids) => {
		for (const id of ids) {
			expect(level(id, 'strategic'), id).toBe('included');
			expect(level(id, 'smart'), id).toBe('not-offered');
		}
	});

	it('Strategic Key Accounts do not get the whole register: some extras are charged or decided by the steering committee', () => {
		const included = extras.filter((s) => s.levels.strategic!.level === 'included');
		expect(included.length).toBeLessThan(extras.length * 0.75);
		expect(level('express-deliveries', 'strategic')).toBe('chargeable');
		for (const id of ['technical-field-service', 'priority-hotline', 'vmi-consignment-stock'])
			expect([level(id, 'strategic'), earnedBy(id, 'strategic')], id).toEqual(['on-request', 'steering-committee']);
		expect(earnedBy('joint-development', 'strategic')).toBe('development-agreement');
	});

	it('Key Accounts get a priced menu: chargeable and on-request services, each with its terms', () => {
		expect(count('key', 'chargeable')).toBeGreaterThanOrEqual(5);
		expect(count('key', 'on-request')).toBeGreaterThanOrEqual(3);
		expect([level('tco-study', 'key'), earnedBy('tco-study', 'key')]).toEqual(['included', 'framework-agreement']);
		expect(services.find((s) => s.id === 'tco-study')!.levels.key!.condition!.en).toMatch(/three-year framework agreement/);
	});

	it('Smart Key Accounts get the standard; every extra is charged or not offered, never free or on request', () => {
		for (const id of ['express-deliveries', 'customer-specific-packaging', 'vmi-consignment-stock', 'technical-field-service'])
			expect(level(id, 'smart'), id).toBe('chargeable');
		for (const id of ['tco-study', 'innovation-workshops', 'value-report']) expect(level(id, 'smart'), id).toBe('not-offered');
		expect(extras.filter((s) => ['included', 'on-request'].includes(s.levels.smart!.level)).map((s) => s.id)).toEqual([]);
	});
});
