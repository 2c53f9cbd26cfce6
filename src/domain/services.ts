// The service catalogue arranged for reading: grouped by department, sorted by level, flattened into CSV rows.
import type { Department } from '#src/schemas/departments.ts';
import type { Lang } from '#src/config/locales.ts';
import { SERVICE_LEVELS, type Service, type ServiceLevel } from '#src/schemas/services.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { translator } from '#src/lib/format.ts';
import { inOrder } from '#src/lib/order.ts';

/** A department with the services it owns, in the catalogue's order. */
export interface DepartmentServices {
	department: Department;
	services: Service[];
}

/** What a department's service view renders: its services, the tiers as columns, the language. */
export interface DepartmentView {
	entry: DepartmentServices;
	tiers: Tier[];
	lang: Lang;
}

/** Departments in their editorial order, each with its services sorted alphabetically by name in the given language. */
export function catalogueByDepartment(departments: readonly Department[], services: readonly Service[], lang: Lang): DepartmentServices[] {
	const byName = (a: Service, b: Service) => a.name[lang].localeCompare(b.name[lang], lang);
	return inOrder(departments).map((department) => ({
		department,
		services: services.filter((s) => s.department === department.id).sort(byName),
	}));
}

/** For one tier: the services at each level, levels in the order included → not offered, empty levels left out. */
export function servicesByLevel(services: readonly Service[], tierId: string): { level: ServiceLevel; services: Service[] }[] {
	return SERVICE_LEVELS.map((level) => ({ level, services: services.filter((s) => levelOf(s, tierId).level === level) })).filter(
		(group) => group.services.length > 0,
	);
}

/** A service's level and condition for a tier; throws if the data lacks the tier (the schema prevents it). */
export function levelOf(service: Service, tierId: string): Service['levels'][string] {
	const entry = service.levels[tierId];
	if (!entry) throw new Error(`service "${service.id}" has no level for tier "${tierId}"`);
	return entry;
}

/** Localised labels for the CSV: column headers and level names. */
export interface CsvLabels {
	id: string;
	department: string;
	service: string;
	description: string;
	/** Header of a tier's level column, e.g. "Smart Key Account: level". */
	level: (tierName: string) => string;
	/** Header of a tier's condition column. */
	condition: (tierName: string) => string;
	levels: Record<ServiceLevel, string>;
}

/** Builds the CSV labels from a language's UI strings (src/content/i18n/*.json); a missing key throws. */
export function csvLabelsFrom(strings: Readonly<Record<string, string>>): CsvLabels {
	const text = translator(strings);
	return {
		id: text('kam.services.csv.id'),
		department: text('kam.services.csv.department'),
		service: text('kam.services.csv.service'),
		description: text('kam.services.csv.description'),
		level: (tier) => text('kam.services.csv.level', { tier }),
		condition: (tier) => text('kam.services.csv.condition', { tier }),
		levels: Object.fromEntries(SERVICE_LEVELS.map((level) => [level, text(`kam.services.level.${level}`)])) as CsvLabels['levels'],
	};
}

/** The service matrix as table rows for CSV: a header row, then one row per service in catalogue order. */
export function serviceCsvRows(
	catalogue: readonly DepartmentServices[],
	tiers: readonly Tier[],
	lang: Lang,
	labels: CsvLabels,
): string[][] {
	const ordered = inOrder(tiers);
	const header = [
		labels.id,
		labels.department,
		labels.service,
		labels.description,
		...ordered.flatMap((tier) => [labels.level(tier.name[lang]), labels.condition(tier.name[lang])]),
	];
	const rows = catalogue.flatMap(({ department, services }) =>
		services.map((service) => [
			service.id,
			department.name[lang],
			service.name[lang],
			service.description[lang],
			...ordered.flatMap((tier) => {
				const { level, condition } = levelOf(service, tier.id);
				return [labels.levels[level], condition?.[lang] ?? ''];
			}),
		]),
	);
	return [header, ...rows];
}
