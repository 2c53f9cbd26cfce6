// Validates the playbook's YAML data against its schemas and reports every problem by file, entry and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { WarningRules } from '#src/domain/accounts/state.ts';
import { COLLECTION_FILES, entrySchemas, type CollectionName, type Entries, type ReferenceIds } from '#src/schemas/index.ts';
import { programmeChecks } from './rules/programme.ts';

/** One problem in the content, located precisely enough to fix it. */
export interface ContentProblem {
	file: string;
	entry: string;
	field: string;
	message: string;
}

/** Raw collection data as read from disk: collection → parsed YAML (or a parse error). */
export type RawContent = Record<CollectionName, { file: string; data: unknown; parseError?: string }>;

/**
 * Parses one YAML document; returns the data or the parser's message (with line and column). The core
 * schema reads dates as text, as the schemas expect; a key repeated in one mapping is an error. js-yaml
 * rather than `yaml` for speed: it reads content/ about seven times faster.
 */
export function parseYamlText(text: string): { data: unknown; parseError?: string } {
	try {
		return { data: loadYaml(text, { schema: CORE_SCHEMA }) };
	} catch (error) {
		return { data: undefined, parseError: (error as Error).message.split('\n')[0] };
	}
}

/** Reads every collection file from a content directory (paths in messages are relative to `label`). */
export function readContentDir(dir: string, label = 'content'): RawContent {
	const raw = {} as RawContent;
	for (const [name, fileName] of Object.entries(COLLECTION_FILES) as [CollectionName, string][]) {
		const file = `${label}/${fileName}`;
		let text: string;
		try {
			text = readFileSync(join(dir, fileName), 'utf8');
		} catch {
			raw[name] = { file, data: undefined, parseError: 'file is missing or unreadable' };
			continue;
		}
		raw[name] = { file, ...parseYamlText(text) };
	}
	return raw;
}

/** The entries of a collection file's raw data (none unless it is a list). */
export function entriesOf(data: unknown): unknown[] {
	return Array.isArray(data) ? data : [];
}

/** The string ids of a collection file's raw entries. */
export function idsOf(data: unknown): string[] {
	return entriesOf(data)
		.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined))
		.filter((id): id is string => typeof id === 'string');
}

/** How a message names an entry: its id and 1-based position, e.g. '"smart" (item 3)'. */
export function entryLabel(item: unknown, index: number): string {
	const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
	return typeof id === 'string' ? `"${id}" (item ${index + 1})` : `item ${index + 1}`;
}

/** The ids other collections may reference, read from raw (not yet validated) content. */
export function idsOfContent(raw: RawContent): ReferenceIds {
	return { tiers: idsOf(raw.tiers.data), departments: idsOf(raw.departments.data), glossary: idsOf(raw.glossary.data) };
}

/** Checks all collections; an empty list means the content is sound. */
export function validateContent(raw: RawContent): ContentProblem[] {
	return parseContent(raw).problems;
}

/**
 * Checks all collections and returns every problem together with the entries as the schemas read them
 * (defaults applied); the entries are complete and safe to use only when there is no problem.
 */
export function parseContent(raw: RawContent): { problems: ContentProblem[]; collections: Entries } {
	const problems: ContentProblem[] = [];
	const collections = {} as Record<CollectionName, unknown[]>;
	const schemas = entrySchemas(idsOfContent(raw));
	for (const name of Object.keys(COLLECTION_FILES) as CollectionName[]) {
		const { file, data, parseError } = raw[name];
		const parsed: unknown[] = (collections[name] = []);
		if (parseError) {
			problems.push({ file, entry: '-', field: '-', message: `cannot be read: ${parseError}` });
			continue;
		}
		if (!Array.isArray(data) || data.length === 0) {
			problems.push({ file, entry: '-', field: '-', message: 'must be a non-empty YAML list of entries' });
			continue;
		}
		const seen = new Map<string, number>();
		data.forEach((item, index) => {
			const entry = entryLabel(item, index);
			const id = (item as { id?: unknown } | null)?.id;
			if (typeof id === 'string') {
				const first = seen.get(id);
				if (first !== undefined) {
					problems.push({ file, entry, field: 'id', message: `duplicate id; item ${first + 1} already uses it` });
				} else seen.set(id, index);
			}
			const result = schemas[name].safeParse(item);
			if (result.success) {
				parsed.push(result.data);
				return;
			}
			for (const issue of result.error.issues) {
				const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
				for (const key of keys) {
					const path = [...issue.path, ...(key === undefined ? [] : [key])].map(String).join('.');
					const message = key === undefined ? issue.message : `unknown field (not in the schema; check its spelling)`;
					problems.push({ file, entry, field: path || '(entry)', message });
				}
			}
		});
	}
	problems.push(...crossChecks(raw));
	return { problems, collections: collections as Entries };
}

// Rules that span entries: things a schema for one entry cannot see.
function crossChecks(raw: RawContent): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const assessment = entriesOf(raw.assessment.data) as { kind?: string; id?: string; cluster?: string }[];
	if (Array.isArray(raw.assessment.data)) {
		const file = raw.assessment.file;
		if (assessment.filter((i) => i?.kind === 'scale').length !== 1)
			problems.push({ file, entry: '-', field: 'kind', message: 'exactly one entry of kind "scale" is required' });
		if (assessment.filter((i) => i?.kind === 'scoring').length !== 1)
			problems.push({ file, entry: '-', field: 'kind', message: 'exactly one entry of kind "scoring" is required' });
		if (assessment.filter((i) => i?.kind === 'revenue').length > 1)
			problems.push({ file, entry: '-', field: 'kind', message: 'at most one entry of kind "revenue" is allowed' });
		const scaleSize = (assessment.find((i) => i?.kind === 'scale') as { labels?: unknown } | undefined)?.labels;
		for (const [index, s] of assessment.entries()) {
			const rating = (s as { driverRating?: unknown } | undefined)?.driverRating;
			if (s?.kind === 'scoring' && Array.isArray(scaleSize) && typeof rating === 'number' && rating > scaleSize.length)
				problems.push({ file, entry: entryLabel(s, index), field: 'driverRating', message: `must not exceed the scale's ${scaleSize.length} steps` });
		}
		for (const cluster of assessment.filter((i) => i?.kind === 'cluster')) {
			if (!assessment.some((i) => i?.kind === 'statement' && i.cluster === cluster.id))
				problems.push({ file, entry: `"${cluster.id}"`, field: 'id', message: 'cluster has no statement' });
		}
		for (const [index, s] of assessment.entries()) {
			if (s?.kind === 'statement' && !assessment.some((i) => i?.kind === 'cluster' && i.id === s.cluster))
				problems.push({ file, entry: entryLabel(s, index), field: 'cluster', message: `cluster "${s.cluster}" is not defined by an entry of kind "cluster"` });
		}
	}
	problems.push(...serviceChecks(raw), ...roleChecks(raw), ...programmeChecks(raw));
	return problems;
}

// Each tier's key account manager role, and with it the title the site shows for the tier, lives in roles.yaml.
function roleChecks(raw: RawContent): ContentProblem[] {
	if (!Array.isArray(raw.tiers.data) || !Array.isArray(raw.roles.data)) return [];
	const roles = entriesOf(raw.roles.data) as { tier?: unknown }[];
	return entriesOf(raw.tiers.data).flatMap((tier, index) => {
		const id = (tier as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') return [];
		const count = roles.filter((r) => r?.tier === id).length;
		if (count === 1) return [];
		return [{ file: raw.roles.file, entry: '-', field: 'tier', message: `tier "${id}" (tiers.yaml ${entryLabel(tier, index)}) needs exactly one role with "tier: ${id}", found ${count}` }];
	});
}

// Every department page needs something to offer, and the matrix page anchors departments and services side by side.
function serviceChecks(raw: RawContent): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const services = entriesOf(raw.services.data) as { id?: unknown; department?: unknown }[];
	const departments = entriesOf(raw.departments.data) as { id?: unknown }[];
	if (!Array.isArray(raw.services.data) || !Array.isArray(raw.departments.data)) return problems;
	departments.forEach((department, index) => {
		if (typeof department?.id === 'string' && !services.some((s) => s?.department === department.id))
			problems.push({ file: raw.departments.file, entry: entryLabel(department, index), field: 'id', message: 'department owns no service in services.yaml; its page would be empty' });
	});
	const departmentIds = new Set(idsOf(raw.departments.data));
	services.forEach((service, index) => {
		if (typeof service?.id === 'string' && departmentIds.has(service.id))
			problems.push({ file: raw.services.file, entry: entryLabel(service, index), field: 'id', message: 'a department has the same id; the two anchors would clash on the service matrix page' });
	});
	return problems;
}

/** Settings in src/config that name content ids: an id the content does not have would silently switch a rule off. */
export function settingsChecks(ids: ReferenceIds, rules: Pick<WarningRules, 'sponsorTiers'>): ContentProblem[] {
	return rules.sponsorTiers
		.filter((tier) => !ids.tiers.includes(tier))
		.map((tier) => ({
			file: 'src/config/account-warnings.ts',
			entry: '-',
			field: 'sponsorTiers',
			message: `unknown tier id "${tier}"; expected one of ${ids.tiers.join(', ')}`,
		}));
}

/** Formats problems as the message a failed build prints. */
export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map((p) => `  ${p.file} › entry ${p.entry} › field ${p.field}: ${p.message}`);
	return `The playbook content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
