// Sample: the shipped matrix has the article's three tiers and two scopes, with titles such as "Global Smart Key Account Manager".
import { describe } from 'vitest';
import { articleMatrixCases } from '#tests/fixtures/matrix-cases.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

const { tiers, geographies: scopes } = realContent();

describe('the sample matrix', () => {
	articleMatrixCases(tiers, scopes);
});
