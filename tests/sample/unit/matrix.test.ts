// Sample: the shipped matrix has the article's three tiers and two scopes, with titles such as "Global Smart Key Account Manager".
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '#src/domain/matrix.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

const { tiers, geographies: scopes } = realContent();

describe('the sample matrix', () => {
	it('has one row per tier and one column per scope, in data order', () => {
		const matrix = buildMatrix([...tiers].reverse(), scopes);
		expect(matrix.map((row) => row[0]!.tier.id)).toEqual(['strategic', 'key', 'smart']);
		expect(matrix[0]!.map((e) => e.scope.id)).toEqual(['national', 'global']);
	});

	it('adds a column when a scope is added to the data', () => {
		const regional = { ...scopes[0]!, id: 'regional', order: 3, titlePrefix: { de: 'Regional', en: 'Regional' } };
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
});
