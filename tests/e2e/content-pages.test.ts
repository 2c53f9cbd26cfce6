// The data-driven pages show what the content says: each check reads the data and looks for it in the built HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/config/locales.ts';
import { buildMatrix } from '#src/domain/matrix.ts';
import { realContent } from '#tests/fixtures/real-content.ts';

// Tiers as pages see them: with the title of their key account manager role from roles.yaml.
const { tiers, roles, geographies: scopes, departments, glossary } = realContent();
const langs = LANGUAGES;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
/** The visible text of a built page's main content, tags removed and entities decoded. */
function mainText(path: string): string {
	const html = readFileSync(`dist${path}index.html`, 'utf8');
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	return main
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&(#?\w+);/g, (m, e: string) => entities[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m))
		.replace(/\s+/g, ' ');
}
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(langs)('tier pages (%s)', (lang) => {
	it.each(tiers.map((t) => [t.id, t] as const))('/%s/ renders every field of its tier', (_id, tier) => {
		const text = mainText(`/${lang}/tiers/${tier.id}/`);
		const expected = [
			tier.tagline,
			tier.definition,
			tier.revenue,
			tier.plan.summary,
			tier.plan.reviewRhythm,
			tier.serviceStance.summary,
			tier.role.title,
			tier.role.summary,
			tier.contactModel.summary,
			...tier.keyTerms,
			...tier.signals,
			...tier.customerValues,
			...tier.customerDoesNotWant,
			...tier.contactModel.supplierSide,
			...tier.contactModel.customerSide,
			...tier.plan.howItIsMade,
			...tier.serviceStance.principles,
			...tier.kpis,
			...tier.mistakes,
			...tier.deepDives.flatMap((d) => [d.heading, d.body, ...(d.points ?? [])]),
			...tier.examples.flatMap((e) => [e.industry, e.situation, e.whyThisTier, e.consequence]),
		].map((l) => norm(l[lang]));
		const missing = [...expected, ...tier.examples.map((e) => e.name)].filter((s) => !text.includes(norm(s)));
		expect(missing).toEqual([]);
	});
});

describe.each(langs)('comparison and matrix (%s)', (lang) => {
	it('compares every tier on every row', () => {
		const html = readFileSync(`dist/${lang}/comparison/index.html`, 'utf8');
		const columns = [...html.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
		expect(columns).toEqual(tiers.map((t) => t.name[lang]));
		const rows = [...html.matchAll(/<tr id="row-[^"]+"[\s\S]*?<\/tr>/g)];
		expect(rows.length).toBeGreaterThanOrEqual(10);
		for (const [row] of rows) expect(row.match(/<td\b/g)).toHaveLength(tiers.length);
	});

	it('has a column per scope and every cell with its consequences', () => {
		const html = readFileSync(`dist/${lang}/matrix/index.html`, 'utf8');
		const text = mainText(`/${lang}/matrix/`);
		const header = html.match(/<table class="kam-account-matrix"[\s\S]*?<\/thead>/)![0];
		expect([...header.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toHaveLength(scopes.length + 1);
		for (const entry of buildMatrix(tiers, scopes).flat()) {
			expect(html).toContain(`id="${entry.anchor}"`);
			for (const field of [
				entry.roleTitle,
				entry.cell.organisation,
				entry.cell.contractAndPricing,
				entry.cell.serviceCoordination,
				entry.cell.plan,
				...entry.cell.pitfalls,
			])
				expect(text).toContain(norm(field[lang]));
		}
		for (const scope of scopes)
			for (const p of [scope.definition, ...scope.criteria, ...scope.pitfalls]) expect(text).toContain(norm(p[lang]));
	});
});

describe.each(langs)('glossary (%s)', (lang) => {
	it('defines every term under a stable anchor', () => {
		const html = readFileSync(`dist/${lang}/glossary/index.html`, 'utf8');
		const text = mainText(`/${lang}/glossary/`);
		for (const term of glossary) {
			expect(html).toContain(`id="${term.id}"`);
			expect(text).toContain(norm(term.definition[lang]));
		}
	});
});

describe.each(langs)('owner and review date of data pages (%s)', (lang) => {
	const pages = [
		...tiers.map((t) => ({ entry: t, path: `/${lang}/tiers/${t.id}/` })),
		...departments.map((d) => ({ entry: d, path: `/${lang}/departments/${d.id}/` })),
		...roles.map((r) => ({ entry: r, path: `/${lang}/roles/${r.id}/` })),
	];
	it.each(pages.map((p) => [p.path, p] as const))('%s shows the owner and date from its YAML entry under the title', (path, { entry }) => {
		const html = readFileSync(`dist${path}index.html`, 'utf8');
		const line = html.match(/<p class="kam-governance"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
		if (!entry.owner && !entry.lastReviewed) {
			expect(line).toBe('');
			return;
		}
		if (entry.owner) expect(line.replace(/&amp;/g, '&')).toContain(entry.owner[lang]);
		if (entry.lastReviewed) expect(line).toContain(`<time datetime="${entry.lastReviewed}">`);
	});

	it('the service matrix names each department’s owner and review date under its heading, outside the search index', () => {
		const html = readFileSync(`dist/${lang}/services/index.html`, 'utf8');
		for (const d of departments) {
			const section = html.slice(html.indexOf(`<h2 id="${d.id}"`));
			const line =
				section.match(/^<h2[^>]*>[\s\S]*?<\/h2>(?:<\/div>)?\s*<p class="kam-governance" data-pagefind-ignore[^>]*>([\s\S]*?)<\/p>/)?.[1] ??
				'';
			// A company may leave either out; the shipped sample names both for every department (tests/sample/).
			if (d.owner) expect(line.replace(/&amp;/g, '&'), d.id).toContain(d.owner[lang]);
			if (d.lastReviewed) expect(line, d.id).toContain(`<time datetime="${d.lastReviewed}">`);
		}
	});
});

describe('escaping', () => {
	const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	it('never escapes a text twice (e.g. "R&D" shown as "R&amp;D")', () => {
		const doubled = pages.filter((f) => /&amp;(amp|lt|gt|quot|#x27|#x2F|#39);/.test(readFileSync(`dist/${f}`, 'utf8')));
		expect(pages.length).toBeGreaterThan(20);
		expect(doubled).toEqual([]);
	});
});
