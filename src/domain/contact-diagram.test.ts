import { describe, expect, it } from 'vitest';
import { layoutContactDiagram } from './contact-diagram.ts';

const supplier = ['Executive sponsor', 'Key account manager', 'R&D', 'Quality'];
const customer = ['Board member', 'Purchasing', 'R&D', 'Quality'];

describe('layoutContactDiagram', () => {
	it('connects a bow-tie through exactly one line between the two sides', () => {
		const d = layoutContactDiagram('bow-tie', ['KAM'], ['Buyer']);
		expect(d.nodes).toHaveLength(2);
		expect(d.lines).toHaveLength(1);
	});

	it('gives a diamond many direct lines across the sides', () => {
		const d = layoutContactDiagram('diamond', supplier, customer);
		const across = d.lines.filter((l) => l.x2 - l.x1 > 100);
		expect(across.length).toBeGreaterThanOrEqual(supplier.length);
	});

	it('ranks the direct contacts across the sides: bow-tie < bow-tie-plus < diamond', () => {
		const across = (m: 'bow-tie' | 'bow-tie-plus' | 'diamond') =>
			layoutContactDiagram(m, supplier, customer).lines.filter((l) => l.x2 - l.x1 > 100).length;
		expect(across('bow-tie')).toBe(1);
		expect(across('bow-tie-plus')).toBeGreaterThan(across('bow-tie'));
		expect(across('diamond')).toBeGreaterThan(across('bow-tie-plus'));
	});

	it('places every node inside the drawing', () => {
		const d = layoutContactDiagram('diamond', supplier, customer.slice(0, 2));
		for (const n of d.nodes) {
			expect(n.y).toBeGreaterThan(0);
			expect(n.y).toBeLessThan(d.height);
			expect(n.x).toBeGreaterThanOrEqual(0);
		}
	});
});
