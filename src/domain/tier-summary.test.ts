import { describe, expect, it } from 'vitest';
import type { Service } from '#src/schemas/services.ts';
import { tierServiceSummary } from './tier-summary.ts';

const service = (id: string, levels: Record<string, Service['levels'][string]['level']>): Service => ({
	id,
	kind: 'extra',
	name: { de: `${id} (de)`, en: id },
	description: { de: '', en: '' },
	department: 'service',
	levels: Object.fromEntries(Object.entries(levels).map(([tier, level]) => [tier, { level }])),
});

describe('tierServiceSummary', () => {
	const catalogue = [
		service('a', { x: 'included', y: 'not-offered' }),
		service('b', { x: 'chargeable', y: 'not-offered' }),
		service('c', { x: 'included', y: 'on-request' }),
		service('d', { x: 'included', y: 'chargeable' }),
		service('e', { x: 'included', y: 'included' }),
	];
	it('counts each group and names the first examples in catalogue order', () => {
		expect(tierServiceSummary(catalogue, 'x', 'en')).toEqual({
			included: { count: 4, examples: ['a', 'c', 'd'] },
			conditional: { count: 1, examples: ['b'] },
			notOffered: { count: 0, examples: [] },
		});
	});
	it('puts chargeable and on-request services together, in the requested language', () => {
		const summary = tierServiceSummary(catalogue, 'y', 'de', 2);
		expect(summary.conditional).toEqual({ count: 2, examples: ['c (de)', 'd (de)'] });
		expect(summary.notOffered).toEqual({ count: 2, examples: ['a (de)', 'b (de)'] });
		expect(summary.included.count).toBe(1);
	});
});
