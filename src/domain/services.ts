// The service catalogue arranged for reading: grouped by department, sorted by level, flattened into CSV rows.
import type { Department } from '#src/schemas/departments.ts';
import type { Lang } from '#src/config/locales.ts';
import { SERVICE_LEVELS, type Service, type ServiceLevel } from '#src/schemas/services.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { translator } from '#src/lib/format.ts';
import { inOrder } from '#src/lib/order.ts';
import { compareText } from '#src/lib/localize.ts';

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
	const compare = compareText(lang);
	const byName = (a: Service, b: Service) => compare(a.name[lang], b.name[lang]);
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

/** The name of what earns a tier an extra service (its stance's earned.by), if the level names one. */
export function earnerOf(service: Service, tier: Pick<Tier, 'id' | 'serviceStance'>, lang: Lang): string | undefined {
	const id = levelOf(service, tier.id).earnedBy;
	return id ? tier.serviceStance.extras.earned?.by.find((earner) => earner.id === id)?.name[lang] : undefined;
}

/**
 * A level's terms as one text, for a file that has a single column for them: what earns it (via `earnedBy`, which
 * wraps the name in the language's label), then the condition.
 */
export function termsText(
	service: Service,
	tier: Pick<Tier, 'id' | 'serviceStance'>,
	lang: Lang,
	earnedBy: (basis: string) => string,
): string {
	const earner = earnerOf(service, tier, lang);
	const condition = levelOf(service, tier.id).condition?.[lang];
	return [earner && `${earnedBy(earner)}.`, condition].filter(Boolean).join(' ');
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
	/** What earns a level, e.g. "Earned by: framework agreement". */
	earnedBy: (basis: string) => string;
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
		earnedBy: (basis) => text('kam.services.earnedBy', { basis }),
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
			...ordered.flatMap((tier) => [labels.levels[levelOf(service, tier.id).level], termsText(service, tier, lang, labels.earnedBy)]),
		]),
	);
	return [header, ...rows];
}
