// Geometry of the contact-model diagram: who on our side talks to whom on the customer's side.
import type { CONTACT_MODELS } from '#src/schemas/tiers.ts';

export type ContactModel = (typeof CONTACT_MODELS)[number];

/** A labelled contact point drawn as a box. */
export interface DiagramNode {
	x: number;
	y: number;
	label: string;
	side: 'supplier' | 'customer';
}

/** A line between two points. */
export interface DiagramLine {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** The complete diagram: nodes, connecting lines and the drawing's size. */
export interface Diagram {
	width: number;
	height: number;
	nodes: DiagramNode[];
	lines: DiagramLine[];
}

const ROW = 44;
const WIDTH = 560;
const LEFT_X = 10;
const RIGHT_X = 370;
const BOX_W = 180;

/**
 * Lays out the contacts of both sides in two columns and connects them by the model's rule:
 * diamond — every function on our side talks to its counterpart and across levels (many-to-many);
 * bow-tie — everything runs through one contact on each side (the first of each list);
 * bow-tie-plus — the bow-tie plus direct pairs between functions at the same row.
 */
export function layoutContactDiagram(model: ContactModel, supplier: string[], customer: string[]): Diagram {
	const rows = Math.max(supplier.length, customer.length, 1);
	const height = rows * ROW + 12;
	const y = (i: number, count: number) => 6 + ((rows - count) * ROW) / 2 + i * ROW + ROW / 2;
	const nodes: DiagramNode[] = [
		...supplier.map((label, i) => ({ x: LEFT_X, y: y(i, supplier.length), label, side: 'supplier' as const })),
		...customer.map((label, i) => ({ x: RIGHT_X, y: y(i, customer.length), label, side: 'customer' as const })),
	];
	const left = nodes.filter((n) => n.side === 'supplier');
	const right = nodes.filter((n) => n.side === 'customer');
	const link = (a: DiagramNode, b: DiagramNode): DiagramLine => ({ x1: a.x + BOX_W, y1: a.y, x2: b.x, y2: b.y });
	const lines: DiagramLine[] = [];
	if (model === 'diamond') {
		for (const [i, a] of left.entries()) for (const [j, b] of right.entries()) if (Math.abs(i - j) <= 1) lines.push(link(a, b));
	} else {
		const [hubLeft, hubRight] = [left[0], right[0]];
		if (hubLeft && hubRight) {
			lines.push(link(hubLeft, hubRight));
			// The other contacts on each side reach the customer only through their own hub.
			for (const a of left.slice(1)) lines.push({ x1: a.x + BOX_W, y1: a.y, x2: hubLeft.x + BOX_W, y2: hubLeft.y });
			for (const b of right.slice(1)) lines.push({ x1: b.x, y1: b.y, x2: hubRight.x, y2: hubRight.y });
			if (model === 'bow-tie-plus')
				for (const [i, a] of left.entries()) {
					const b = right[i];
					if (i > 0 && b) lines.push(link(a, b));
				}
		}
	}
	return { width: WIDTH, height, nodes, lines };
}

/** Width of a node's box, for the renderer. */
export const NODE_WIDTH = BOX_W;
