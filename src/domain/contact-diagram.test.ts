import { describe, expect, it } from 'vitest';
import { DIAGRAM_SIZES, layoutContactDiagram, textWidth, wrapLabel } from './contact-diagram.ts';

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

	it.each(['wide', 'narrow'] as const)('places every node inside the %s drawing, without overlap', (size) => {
		const d = layoutContactDiagram('diamond', [...supplier, 'Vorstand bzw. Geschäftsführung des Kunden'], customer.slice(0, 2), size);
		expect(d.width).toBe(DIAGRAM_SIZES[size].width);
		for (const n of d.nodes) {
			expect(n.y).toBeGreaterThan(0);
			expect(n.y + n.height).toBeLessThan(d.height);
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.x + n.width).toBeLessThanOrEqual(d.width);
			expect(n.height).toBeGreaterThanOrEqual(n.lines.length * d.lineHeight);
		}
		for (const side of ['supplier', 'customer'])
			d.nodes
				.filter((n) => n.side === side)
				.reduce((prev, n) => {
					expect(n.y).toBeGreaterThanOrEqual(prev.y + prev.height);
					return n;
				});
	});
});

describe('wrapLabel', () => {
	// The line widths of the two drawings: (box − padding) / text size, in em.
	const narrow = (DIAGRAM_SIZES.narrow.box - 12) / DIAGRAM_SIZES.narrow.fontSize;
	const wide = (DIAGRAM_SIZES.wide.box - 12) / DIAGRAM_SIZES.wide.fontSize;
	it.each([
		['Executive Sponsor aus Geschäftsführung oder Vorstand', wide, ['Executive Sponsor aus', 'Geschäftsführung oder', 'Vorstand']],
		['Strategic Key Account Manager', narrow, ['Strategic Key', 'Account Manager']],
		['R&D', narrow, ['R&D']],
		['Einkauf/Beschaffung', narrow, ['Einkauf/', 'Beschaffung']],
		['Nachhaltigkeit / ESG', narrow, ['Nachhaltigkeit /', 'ESG']],
		['Supply-Chain-Management', narrow, ['Supply-Chain-', 'Management']],
		['Qualitätsmanagement', narrow, ['Qualitäts-', 'management']],
		['Nachhaltigkeitsverantwortliche', wide, ['Nachhaltigkeits-', 'verantwortliche']],
		['Forschung & Entwicklung, Anwendungstechnik', narrow, ['Forschung &', 'Entwicklung,', 'Anwendungs-', 'technik']],
		['Abcdefghijklmnopqrstuvwxyz', narrow, ['Abcdefghijklmnop-', 'qrstuvwxyz']],
	])('wraps %j', (label, max, lines) => {
		expect(wrapLabel(label, max)).toEqual(lines);
	});

	it('keeps every character, never exceeds the width and leaves no empty line', () => {
		for (const label of [
			'Vorstand bzw. Geschäftsführung',
			'Leiter Forschung & Entwicklung',
			'a'.repeat(40),
			'Supply-Chain-Management',
			'mmmmmmmmmmmmmmmmmmmmmmmmmmmm',
		]) {
			const lines = wrapLabel(label, narrow);
			for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(narrow);
			for (const line of lines) expect(line.length).toBeGreaterThan(0);
			expect(lines.join('').replace(/[\s-]/g, '')).toBe(label.replace(/[\s-]/g, ''));
		}
	});
});
