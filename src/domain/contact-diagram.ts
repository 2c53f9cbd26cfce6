// Geometry of the contact-model diagram: who on our side talks to whom on the customer's side. Labels are
// wrapped into lines that fit their boxes, never cut; a narrow variant keeps the text readable on a phone.
import type { CONTACT_MODELS } from '#src/schemas/tiers.ts';

export type ContactModel = (typeof CONTACT_MODELS)[number];

/** A labelled contact point drawn as a box; (x, y) is the box's top-left corner. */
export interface DiagramNode {
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label in lines that fit the box. */
	lines: string[];
	side: 'supplier' | 'customer';
}

/** A line between two points. */
export interface DiagramLine {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** The complete diagram: nodes, connecting lines, the drawing's size and the text's line height. */
export interface Diagram {
	width: number;
	height: number;
	lineHeight: number;
	nodes: DiagramNode[];
	lines: DiagramLine[];
}

/** Drawing sizes in SVG units, with the text size each is drawn in (set in playbook.css): `wide` for a content column, `narrow` for a phone. */
export const DIAGRAM_SIZES = {
	wide: { width: 560, box: 200, fontSize: 13 },
	narrow: { width: 320, box: 138, fontSize: 12 },
} as const;
export type DiagramSize = keyof typeof DIAGRAM_SIZES;

const LINE_HEIGHT = 16;
const PAD_X = 6;
const PAD_Y = 8;

/**
 * A generous estimate of a text's width in em for common sans-serif fonts (DejaVu Sans, Arial, Helvetica):
 * narrow letters count less, m and w more, so a line never comes out wider than its box.
 */
export function textWidth(text: string): number {
	let em = 0;
	for (const ch of text) {
		if (/[ilj'.,:;|!]/.test(ch)) em += 0.32;
		else if (/[ftrI /()-]/.test(ch)) em += 0.42;
		else if (/[mw]/.test(ch)) em += 0.98;
		else if (/[MW]/.test(ch)) em += 1.02;
		else if (/\p{Lu}/u.test(ch)) em += 0.76;
		else if (/[&%@]/.test(ch)) em += 0.85;
		else em += 0.64;
	}
	return em;
}
const GAP = 12;
const MARGIN = 6;

/** Where a long German compound may break: after a joint such as "Qualitäts|", "Forschungs|", "Nachhaltigkeits|". */
const JOINT = /(?:ungs|keits|heits|tions|täts|schafts|ts)(?=\p{Ll}{3})/gu;
const MIN_PIECE = 4;

/** Breaks a word wider than a line: at the last compound joint that fits, else so that no stub is left. */
function breakWord(word: string, fits: (text: string) => boolean): [string, string] {
	let cut = 0;
	for (const m of word.matchAll(JOINT)) {
		const end = m.index + m[0].length;
		if (end >= MIN_PIECE && fits(`${word.slice(0, end)}-`)) cut = end;
	}
	if (!cut) {
		cut = MIN_PIECE;
		while (cut < word.length - MIN_PIECE && fits(`${word.slice(0, cut + 1)}-`)) cut += 1;
	}
	return [`${word.slice(0, cut)}-`, word.slice(cut)];
}

/**
 * Splits a label into lines no wider than `maxEm` (see textWidth): at spaces, after a hyphen or slash inside a
 * word, and a word wider than a line at a compound joint (with a hyphen).
 */
export function wrapLabel(label: string, maxEm: number): string[] {
	const fits = (text: string) => textWidth(text) <= maxEm;
	// Pieces of words; `glued` pieces follow the previous one without a space ("Supply-|Chain", "Einkauf/|Beschaffung").
	const pieces = label
		.trim()
		.split(/\s+/u)
		.filter(Boolean)
		.flatMap((word) => word.split(/(?<=[^\s/-][-/])(?=[^\s])/u).map((text, i) => ({ text, glued: i > 0 })));
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		let { text } = piece;
		const next = line ? `${line}${piece.glued ? '' : ' '}${text}` : text;
		if (fits(next)) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		while (!fits(text) && text.length > 2 * MIN_PIECE) {
			const [head, rest] = breakWord(text, fits);
			lines.push(head);
			text = rest;
		}
		line = text;
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

/**
 * Lays out the contacts of both sides in two columns and connects them by the model's rule:
 * diamond — every function on our side talks to its counterpart and across levels (many-to-many);
 * bow-tie — everything runs through one contact on each side (the first of each list);
 * bow-tie-plus — the bow-tie plus direct pairs between functions at the same row.
 */
export function layoutContactDiagram(model: ContactModel, supplier: string[], customer: string[], size: DiagramSize = 'wide'): Diagram {
	const { width, box, fontSize } = DIAGRAM_SIZES[size];
	const maxEm = (box - 2 * PAD_X) / fontSize;
	const column = (labels: string[], x: number, side: DiagramNode['side']) => {
		let y = 0;
		return labels.map((label) => {
			const lines = wrapLabel(label, maxEm);
			const node = { x, y, width: box, height: lines.length * LINE_HEIGHT + 2 * PAD_Y, lines, side };
			y += node.height + GAP;
			return node;
		});
	};
	const left = column(supplier, MARGIN, 'supplier');
	const right = column(customer, width - MARGIN - box, 'customer');
	const extent = (nodes: DiagramNode[]) => (nodes.length ? nodes.at(-1)!.y + nodes.at(-1)!.height : 0);
	const height = Math.max(extent(left), extent(right), LINE_HEIGHT) + 2 * MARGIN;
	// Centre each column vertically.
	for (const nodes of [left, right]) {
		const shift = (height - extent(nodes)) / 2;
		for (const n of nodes) n.y += shift;
	}
	const middle = (n: DiagramNode) => n.y + n.height / 2;
	const link = (a: DiagramNode, b: DiagramNode): DiagramLine => ({ x1: a.x + a.width, y1: middle(a), x2: b.x, y2: middle(b) });
	const lines: DiagramLine[] = [];
	if (model === 'diamond') {
		for (const [i, a] of left.entries()) for (const [j, b] of right.entries()) if (Math.abs(i - j) <= 1) lines.push(link(a, b));
	} else {
		const [hubLeft, hubRight] = [left[0], right[0]];
		if (hubLeft && hubRight) {
			lines.push(link(hubLeft, hubRight));
			// The other contacts on each side reach the customer only through their own hub.
			for (const a of left.slice(1)) lines.push({ x1: a.x + a.width, y1: middle(a), x2: hubLeft.x + hubLeft.width, y2: middle(hubLeft) });
			for (const b of right.slice(1)) lines.push({ x1: b.x, y1: middle(b), x2: hubRight.x, y2: middle(hubRight) });
			if (model === 'bow-tie-plus')
				for (const [i, a] of left.entries()) {
					const b = right[i];
					if (i > 0 && b) lines.push(link(a, b));
				}
		}
	}
	return { width, height, lineHeight: LINE_HEIGHT, nodes: [...left, ...right], lines };
}
