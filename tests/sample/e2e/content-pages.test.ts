// The shipped sample's data pages (run only while content/ is the sample): the glossary terms its tier pages link,
// and an owner and review date on every tier, department and role.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

const { tiers, roles, departments } = realContent();

describe.each(LANGUAGES)('glossary (%s)', (lang) => {
	it('is linked from the tier pages where its terms are used', () => {
		const linked = new Set(
			tiers.flatMap((t) =>
				[...readFileSync(`dist/${lang}/tiers/${t.id}/index.html`, 'utf8').matchAll(/href="\/[a-z]{2}\/glossary\/#([a-z0-9-]+)"/g)].map(
					(m) => m[1],
				),
			),
		);
		for (const id of [
			'tco',
			'lean-kam',
			'operational-excellence',
			'indirect-customer',
			'target-price',
			'tender',
			'innovation-workshop',
			'cost-to-serve',
			'framework-agreement',
		])
			expect(linked, id).toContain(id);
	});
});

describe.each(LANGUAGES)('owner and review date of data pages (%s)', (lang) => {
	const pages = [
		...tiers.map((t) => ({ entry: t, path: `/${lang}/tiers/${t.id}/` })),
		...departments.map((d) => ({ entry: d, path: `/${lang}/departments/${d.id}/` })),
		...roles.map((r) => ({ entry: r, path: `/${lang}/roles/${r.id}/` })),
	];

	it('the real data names an owner and a review date for every tier, department and role', () => {
		expect(pages.filter((p) => !p.entry.owner || !p.entry.lastReviewed).map((p) => p.path)).toEqual([]);
	});
});
