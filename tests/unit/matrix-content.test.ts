// The Key Account Matrix of the content under test: every tier × scope has its cell, job title and anchor, and a new scope adds a column.
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '#src/domain/matrix.ts';
import { jobTitle } from '#src/domain/roles.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

const { tiers, geographies: scopes } = realContent();

describe('the matrix of the real content', () => {
	it('has one row per tier and one column per scope, in data order, each cell from its scope', () => {
		const matrix = buildMatrix([...tiers].reverse(), [...scopes].reverse());
		expect(matrix.map((row) => row[0]!.tier.id)).toEqual(tiers.map((t) => t.id));
		for (const [r, row] of matrix.entries()) {
			expect(row.map((e) => e.scope.id)).toEqual(scopes.map((s) => s.id));
			for (const [c, entry] of row.entries()) {
				expect(entry.cell).toBe(scopes[c]!.cells[tiers[r]!.id]);
				expect(entry.anchor).toBe(`${tiers[r]!.id}-${scopes[c]!.id}`);
				expect(entry.roleTitle).toEqual(jobTitle(scopes[c]!.titlePrefix, tiers[r]!.role.title));
			}
		}
	});

	it('anchors every cell uniquely', () => {
		const anchors = buildMatrix(tiers, scopes).flatMap((row) => row.map((e) => e.anchor));
		expect(new Set(anchors).size).toBe(tiers.length * scopes.length);
	});

	it('adds a column when a scope is added to the data', () => {
		const last = scopes.at(-1)!;
		const added = { ...scopes[0]!, id: `${last.id}-added`, order: last.order + 1, titlePrefix: { de: 'Regional', en: 'Regional' } };
		const matrix = buildMatrix(tiers, [...scopes, added]);
		expect(matrix.every((row) => row.length === scopes.length + 1)).toBe(true);
		const leanest = matrix.at(-1)!.at(-1)!;
		expect(leanest.roleTitle).toEqual(jobTitle(added.titlePrefix, tiers.at(-1)!.role.title));
		expect(leanest.anchor).toBe(`${tiers.at(-1)!.id}-${added.id}`);
	});
});
