// The service catalogue: complete for every tier, true to the article, and exported to CSV without loss.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import de from '#src/content/i18n/de.json';
import en from '#src/content/i18n/en.json';
import { BOM, CSV_SEPARATOR, neutraliseFormula, parseCsv, toCsv } from '#src/lib/csv.ts';
import { formatProblems, readContentDir, validateContent } from '#src/content/validate.ts';
import { catalogueByDepartment, csvLabelsFrom, serviceCsvRows } from '#src/domain/services.ts';
import type { Department } from '#src/schemas/departments.ts';
import { LANGUAGES } from '#src/config/locales.ts';
import { SERVICE_LEVELS, type Service, type ServiceLevel } from '#src/schemas/services.ts';
import type { Tier } from '#src/schemas/tiers.ts';

const raw = readContentDir('content');
const services = raw.services.data as Service[];
const departments = raw.departments.data as Department[];
const tiers = raw.tiers.data as Tier[];
const strings = { de, en } as Record<(typeof LANGUAGES)[number], Record<string, string>>;

describe('the service catalogue', () => {
	it('is valid content', () => {
		expect(validateContent(raw)).toEqual([]);
	});

	it('has at least 24 services, and every department owns at least one', () => {
		expect(services.length).toBeGreaterThanOrEqual(24);
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

describe('the catalogue reflects the article', () => {
	const level = (id: string, tier: string) => services.find((s) => s.id === id)?.levels[tier]?.level;
	const count = (tier: string, wanted: ServiceLevel) => services.filter((s) => s.levels[tier]!.level === wanted).length;

	it.each([
		['joint innovation', ['innovation-workshops', 'joint-development', 'roadmap-early-access']],
		['a broad network at all levels', ['contact-network', 'executive-sponsorship', 'steering-committee']],
	])('Strategic Key Accounts get %s, Smart Key Accounts do not', (_what, ids) => {
		for (const id of ids) {
			expect(level(id, 'strategic'), id).toBe('included');
			expect(level(id, 'smart'), id).toBe('not-offered');
		}
	});

	it('Key Accounts get a priced menu: chargeable and on-request services, each with its terms', () => {
		expect(count('key', 'chargeable')).toBeGreaterThanOrEqual(5);
		expect(count('key', 'on-request')).toBeGreaterThanOrEqual(3);
		expect(level('tco-study', 'key')).toBe('included');
		expect(services.find((s) => s.id === 'tco-study')!.levels.key!.condition!.en).toMatch(/three-year frame contract/);
	});

	it('Smart Key Accounts get the standard, and every extra is charged rather than given away or offered on request', () => {
		for (const id of ['express-deliveries', 'customer-specific-packaging', 'vmi-consignment-stock', 'technical-field-service'])
			expect(level(id, 'smart'), id).toBe('chargeable');
		expect(count('smart', 'on-request')).toBeLessThanOrEqual(1);
		expect(count('smart', 'included')).toBeLessThan(count('strategic', 'included'));
	});
});

describe('CSV export of the real catalogue', () => {
	it.each(LANGUAGES)('in %s parses back to the data, row by row', (lang) => {
		const csv = toCsv(serviceCsvRows(catalogueByDepartment(departments, services, lang), tiers, lang, csvLabelsFrom(strings[lang])));
		expect(csv.startsWith(BOM)).toBe(true);
		const [header, ...rows] = parseCsv(csv, CSV_SEPARATOR);
		expect(header!.slice(0, 4)).toEqual(
			lang === 'de' ? ['ID', 'Abteilung', 'Leistung', 'Beschreibung'] : ['ID', 'Department', 'Service', 'Description'],
		);
		expect(header).toHaveLength(4 + 2 * tiers.length);
		expect(rows.map((r) => r[0]).sort()).toEqual(services.map((s) => s.id).sort());
		const ordered = [...tiers].sort((a, b) => a.order - b.order);
		for (const row of rows) {
			const service = services.find((s) => s.id === row[0])!;
			const department = departments.find((d) => d.id === service.department)!;
			const expected = [
				service.id,
				department.name[lang],
				service.name[lang],
				service.description[lang],
				...ordered.flatMap((t) => [
					strings[lang][`kam.services.level.${service.levels[t.id]!.level}`]!,
					service.levels[t.id]!.condition?.[lang] ?? '',
				]),
			];
			expect(row).toEqual(expected.map(neutraliseFormula));
		}
	});
});

describe('broken service content', () => {
	const copies: string[] = [];
	afterAll(() => {
		for (const dir of copies) rmSync(dir, { recursive: true, force: true });
	});
	const messageAfter = (file: string, mutate: (entries: Record<string, unknown>[]) => void) => {
		const dir = mkdtempSync(join(tmpdir(), 'kam-services-'));
		copies.push(dir);
		cpSync('content', dir, { recursive: true });
		const entries = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
		mutate(entries);
		writeFileSync(join(dir, file), stringify(entries));
		return formatProblems(validateContent(readContentDir(dir)));
	};

	it.each([
		[
			'a service without a level for one tier',
			'services.yaml',
			(e: Record<string, unknown>[]) => delete (e[0]!.levels as Record<string, unknown>).smart,
			/content\/services\.yaml › entry "technical-field-service" \(item 1\) › field levels\.smart/,
		],
		[
			'a level outside the four',
			'services.yaml',
			(e: Record<string, unknown>[]) => ((e[0]!.levels as Record<string, { level: string }>).key!.level = 'free'),
			/entry "technical-field-service" \(item 1\) › field levels\.key\.level/,
		],
		[
			'a department that owns no service',
			'departments.yaml',
			(e: Record<string, unknown>[]) => e.push({ ...e[0]!, id: 'purchasing', order: 99 }),
			/content\/departments\.yaml › entry "purchasing" \(item \d+\) › field id: department owns no service/,
		],
		[
			'a service with the id of a department',
			'services.yaml',
			(e: Record<string, unknown>[]) => (e[0]!.id = 'logistics'),
			/content\/services\.yaml › entry "logistics" \(item 1\) › field id: a department has the same id/,
		],
	])('%s fails with a message naming file, entry and field', (_what, file, mutate, expected) => {
		expect(messageAfter(file, mutate)).toMatch(expected);
	});
});
