// Sample: the shipped service catalogue is as broad as the article's and reflects what it says each tier receives.
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

	it.each([
		['joint innovation', ['innovation-workshops', 'joint-development', 'roadmap-early-access']],
		['a broad network at all levels', ['contact-network', 'executive-sponsorship', 'steering-committee']],
	])('Strategic Key Accounts get %s, Smart Key Accounts do not', (_what, ids) => {
		for (const id of ids) {
			expect(level(id, 'strategic'), id).toBe('included');
			expect(level(id, 'smart'), id).toBe('not-offered');
		}
	});

	it('Key Accounts get a priced menu: chargeable and on-request services, each with its terms', () => {
		expect(count('key', 'chargeable')).toBeGreaterThanOrEqual(5);
		expect(count('key', 'on-request')).toBeGreaterThanOrEqual(3);
		expect(level('tco-study', 'key')).toBe('included');
		expect(services.find((s) => s.id === 'tco-study')!.levels.key!.condition!.en).toMatch(/three-year frame contract/);
	});

	it('Smart Key Accounts get the standard, and every extra is charged rather than given away or offered on request', () => {
		for (const id of ['express-deliveries', 'customer-specific-packaging', 'vmi-consignment-stock', 'technical-field-service'])
			expect(level(id, 'smart'), id).toBe('chargeable');
		expect(count('smart', 'on-request')).toBeLessThanOrEqual(1);
		expect(count('smart', 'included')).toBeLessThan(count('strategic', 'included'));
	});
});
