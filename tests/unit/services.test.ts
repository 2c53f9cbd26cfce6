// The service catalogue of the content under test: complete for every tier, precise when broken, and exported to CSV without loss.
import { afterAll, describe, expect, it } from 'vitest';
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import { contentDir, loadContent } from '#src/content/load.ts';
import { BOM, CSV_SEPARATOR, neutraliseFormula, parseCsv, toCsv } from '#src/lib/csv.ts';
import { readContentDir, validateContent } from '#src/content/validate.ts';
import { catalogueByDepartment, csvLabelsFrom, serviceCsvRows } from '#src/domain/services.ts';
import type { Department } from '#src/schemas/departments.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { SERVICE_LEVELS, type Service } from '#src/schemas/services.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { withRoleTitles } from '#src/domain/roles.ts';
import { entryName, mutatedCopy, problemsIn, removeCopies, unusedId, type YamlEntries } from '#tests/fixtures/content-copy.ts';
import { inOrder } from '#src/lib/order.ts';

const raw = readContentDir(contentDir());
const services = raw.services.data as Service[];
const departments = raw.departments.data as Department[];
const tiers = raw.tiers.data as Tier[];
const strings = { de, en } as Record<(typeof LANGUAGES)[number], Record<string, string>>;

describe('the service catalogue', () => {
	it('is valid content', () => {
		expect(validateContent(raw)).toEqual([]);
	});

	it('has services, and every department owns at least one', () => {
		expect(services.length).toBeGreaterThan(0);
		for (const department of departments)
			expect(
				services.filter((s) => s.department === department.id),
				department.id,
			).not.toEqual([]);
	});

	it('gives every service one of the four levels for every tier', () => {
		for (const service of services) {
			expect(Object.keys(service.levels).sort(), service.id).toEqual(tiers.map((t) => t.id).sort());
			for (const tier of tiers) expect(SERVICE_LEVELS, `${service.id} › ${tier.id}`).toContain(service.levels[tier.id]!.level);
		}
	});

	it('says on what terms wherever a service is chargeable or on request', () => {
		const missing = services.flatMap((s) =>
			tiers
				.filter((t) => ['chargeable', 'on-request'].includes(s.levels[t.id]!.level) && !s.levels[t.id]!.condition)
				.map((t) => `${s.id} › ${t.id}`),
		);
		expect(missing).toEqual([]);
	});
});

describe('CSV export of the real catalogue', () => {
	// As the site writes it: from the loaded content, with the tiers' facts filled in.
	const loaded = loadContent().collections;
	it.each(LANGUAGES)('in %s parses back to the data, row by row', (lang) => {
		const { services, departments, roles } = loaded;
		const tiers = withRoleTitles(loaded.tiers, roles);
		const csv = toCsv(serviceCsvRows(catalogueByDepartment(departments, services, lang), tiers, lang, csvLabelsFrom(strings[lang])));
		expect(csv.startsWith(BOM)).toBe(true);
		const [header, ...rows] = parseCsv(csv, CSV_SEPARATOR);
		expect(header!.slice(0, 4)).toEqual(
			lang === 'de' ? ['ID', 'Abteilung', 'Leistung', 'Beschreibung'] : ['ID', 'Department', 'Service', 'Description'],
		);
		expect(header).toHaveLength(4 + 2 * tiers.length);
		expect(rows.map((r) => r[0]).sort()).toEqual(services.map((s) => s.id).sort());
		const ordered = inOrder(tiers);
		for (const row of rows) {
			const service = services.find((s) => s.id === row[0])!;
			const department = departments.find((d) => d.id === service.department)!;
			const expected = [
				service.id,
				department.name[lang],
				service.name[lang],
				service.description[lang],
				...ordered.flatMap((t) => {
					const { level, earnedBy, condition } = service.levels[t.id]!;
					// What earns the level leads the terms, in the words of the UI string "kam.services.earnedBy".
					const earner = t.serviceStance.extras.earned?.by.find((e) => e.id === earnedBy)?.name[lang];
					const earned = earner ? `${strings[lang]['kam.services.earnedBy']!.replace('{{basis}}', earner)}.` : '';
					return [strings[lang][`kam.services.level.${level}`]!, [earned, condition?.[lang] ?? ''].filter(Boolean).join(' ')];
				}),
			];
			expect(row).toEqual(expected.map(neutraliseFormula));
		}
	});
});

describe('broken service content', () => {
	afterAll(removeCopies);
	// The tiers as the data orders them: the leanest tier's level goes missing, the next-to-first's becomes invalid.
	const tierIds = inOrder(tiers).map((t) => t.id);
	const [leanest, second] = [tierIds.at(-1)!, tierIds[1] ?? tierIds[0]!];
	const firstService = entryName(services, 0);
	const newDepartment = unusedId(departments, 'purchasing');
	const levelsOf = (e: YamlEntries) => e[0]!.levels as Record<string, { level: string }>;

	// Each row: what is broken, the file, how to break it, and what the message must say.
	it.each<[string, string, (e: YamlEntries) => void, string]>([
		[
			'a service without a level for one tier',
			'services.yaml',
			(e) => delete levelsOf(e)[leanest],
			`content/services.yaml › entry ${firstService} › field levels.${leanest}`,
		],
		[
			'a level outside the four',
			'services.yaml',
			(e) => (levelsOf(e)[second]!.level = 'free'),
			`entry ${firstService} › field levels.${second}.level`,
		],
		[
			'a department that owns no service',
			'departments.yaml',
			(e) => e.push({ ...e[0]!, id: newDepartment, order: 99 }),
			`content/departments.yaml › entry "${newDepartment}" (item ${departments.length + 1}) › field id: department owns no service`,
		],
		[
			'a service with the id of a department',
			'services.yaml',
			(e) => (e[0]!.id = departments[0]!.id),
			`content/services.yaml › entry "${departments[0]!.id}" (item 1) › field id: a department has the same id`,
		],
	])('%s fails with a message naming file, entry and field', (_what, file, mutate, expected) => {
		expect(problemsIn(mutatedCopy(file, mutate))).toContain(expected);
	});
});
