// Sample: the entries the generic mutation tests break are the ones their messages named before they were derived
// from the data, so on the sample those tests still expect exactly the old messages (e.g. "scoring" (item 26)).
import { describe, expect, it } from 'vitest';
import { contentDir } from '#src/content/load.ts';
import { entryName, readEntries } from '#tests/fixtures/content-copy.ts';

const entries = (file: string) => readEntries(contentDir(), file);
const at = (file: string, test: (e: Record<string, unknown>) => boolean) => {
	const list = entries(file);
	return entryName(list, list.findIndex(test));
};

describe('the sample entries named in the mutation messages', () => {
	// Each row: the file, how the generic test finds the entry, and the name the old literal message gave it.
	it.each<[string, string, string]>([
		['tiers.yaml', entryName(entries('tiers.yaml'), 0), '"strategic" (item 1)'],
		['tiers.yaml', entryName(entries('tiers.yaml'), 1), '"key" (item 2)'],
		['tiers.yaml', entryName(entries('tiers.yaml'), 2), '"smart" (item 3)'],
		['departments.yaml', entryName(entries('departments.yaml'), 0), '"customer-service" (item 1)'],
		['geographies.yaml', entryName(entries('geographies.yaml'), 0), '"national" (item 1)'],
		['geographies.yaml', entryName(entries('geographies.yaml'), 1), '"global" (item 2)'],
		['roles.yaml', entryName(entries('roles.yaml'), 0), '"strategic-kam" (item 1)'],
		['roles.yaml', at('roles.yaml', (r) => typeof r.tier === 'string'), '"strategic-kam" (item 1)'],
		['services.yaml', entryName(entries('services.yaml'), 0), '"technical-field-service" (item 1)'],
		['assessment.yaml', at('assessment.yaml', (e) => e.kind === 'scoring'), '"scoring" (item 26)'],
		['assessment.yaml', at('assessment.yaml', (e) => e.kind === 'revenue'), '"revenue" (item 23)'],
	])('%s: %s', (_file, derived, literal) => {
		expect(derived).toBe(literal);
	});

	it('a duplicated first scope is item 3, the second scope lacks the cell of tier "key", the second role is a tier role', () => {
		expect(entries('geographies.yaml')).toHaveLength(2);
		expect(entries('tiers.yaml').map((t) => t.id)).toEqual(['strategic', 'key', 'smart']);
		expect(entries('roles.yaml')[1]!.tier).toBe('key');
	});

	it('the scale has five steps, so a strong rating of 6 exceeds it', () => {
		expect(entries('assessment.yaml').find((e) => e.kind === 'scale')!.labels).toHaveLength(5);
	});
});
