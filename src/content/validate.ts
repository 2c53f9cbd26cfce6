// Validates the playbook's YAML data against its schemas and reports every problem by file, entry and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { WarningRules } from '#src/domain/accounts/state.ts';
import { COLLECTION_FILES, entrySchemas, type CollectionName, type Entries, type ReferenceIds } from '#src/schemas/index.ts';
import { programmeCheckRules } from './programme-check-rules.ts';
import { dataPages } from '#src/schemas/terminology.ts';
import { factProblems, factsOf, fillFacts } from './rules/facts.ts';
import { planLengthProblems } from './rules/plans.ts';
import { entriesOf, entryLabel, record, type ContentProblem } from './rules/problems.ts';
import { stanceProblems } from './rules/stance.ts';
import { terminologyConflicts } from './rules/terminology.ts';
import { programmeChecks } from './rules/programme.ts';

export type { ContentProblem };

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

/** The string ids of a collection file's raw entries. */
export function idsOf(data: unknown): string[] {
	return entriesOf(data)
		.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined))
		.filter((id): id is string => typeof id === 'string');
}

/** The ids other collections may reference, read from raw (not yet validated) content. */
export function idsOfContent(raw: RawContent): ReferenceIds {
	const [tiers, departments, roles] = [idsOf(raw.tiers.data), idsOf(raw.departments.data), idsOf(raw.roles.data)];
	return {
		tiers,
		departments,
		glossary: idsOf(raw.glossary.data),
		services: idsOf(raw.services.data),
		pages: dataPages({ tiers, roles, departments }),
	};
}

/** Checks all collections; an empty list means the content is sound. */
export function validateContent(raw: RawContent): ContentProblem[] {
	return parseContent(raw).problems;
}

/**
 * Checks all collections and returns every problem together with the entries as the schemas read them
 * (defaults applied, the tiers' facts filled into every text); the entries are complete and safe to use only when
 * there is no problem.
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
	const facts = factsOf(collections.tiers);
	return { problems, collections: fillFacts(collections, facts) as Entries };
}

// Rules that span entries: things a schema for one entry cannot see.
function crossChecks(raw: RawContent): ContentProblem[] {
	return [
		...assessmentChecks(raw),
		...serviceChecks(raw),
		...roleChecks(raw),
		...programmeCheckRules(raw),
		...factProblems(raw),
		...stanceProblems(raw.tiers, raw.services),
		...planLengthProblems(raw.tiers, raw.planSections),
		...terminologyConflicts(raw.terminology.file, entriesOf(raw.terminology.data)),
		...programmeChecks(raw),
	];
}

// The self-assessment's entries refer to each other: statements to clusters and topics, conflicts to statements.
function assessmentChecks(raw: RawContent): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (!Array.isArray(raw.assessment.data)) return problems;
	type Item = { kind?: string; id?: string; cluster?: string; topic?: string; decides?: string; weight?: unknown; statements?: unknown };
	const items = entriesOf(raw.assessment.data).map((i) => (i && typeof i === 'object' ? i : {}) as Item & Record<string, unknown>);
	const file = raw.assessment.file;
	const add = (item: Item, index: number, field: string, message: string) => problems.push({ file, entry: entryLabel(item, index), field, message });
	const ofKind = (kind: string) => items.filter((i) => i.kind === kind);
	for (const [kind, rule] of [
		['scale', 'exactly one'],
		['scoring', 'exactly one'],
		['revenue', 'at most one'],
	] as const) {
		const count = ofKind(kind).length;
		if (rule === 'exactly one' ? count !== 1 : count > 1)
			problems.push({ file, entry: '-', field: 'kind', message: `${rule} entry of kind "${kind}" ${rule === 'exactly one' ? 'is required' : 'is allowed'}` });
	}
	const steps = (ofKind('scale')[0]?.labels as unknown[] | undefined)?.length;
	const scoredClusters = ofKind('cluster').filter((c) => c.decides === 'score');
	if (ofKind('cluster').length > 0 && scoredClusters.length === 0)
		problems.push({ file, entry: '-', field: 'decides', message: 'at least one cluster must decide by "score"' });
	const statementIds = new Set(ofKind('statement').map((s) => s.id));
	items.forEach((item, index) => {
		if (item.kind === 'scoring') {
			const { strongRating: strong, partialSignalRating: partial } = item;
			if (typeof strong === 'number' && steps && strong > steps) add(item, index, 'strongRating', `must not exceed the scale's ${steps} steps`);
			if (typeof strong === 'number' && typeof partial === 'number' && partial >= strong)
				add(item, index, 'partialSignalRating', `must be below strongRating (${strong})`);
		}
		if (item.kind === 'cluster' && !items.some((s) => s.kind === 'statement' && s.cluster === item.id)) add(item, index, 'id', 'cluster has no statement');
		if (item.kind === 'topic' && !items.some((s) => s.kind === 'statement' && s.topic === item.id)) add(item, index, 'id', 'topic has no statement');
		if (item.kind === 'statement') {
			const cluster = items.find((c) => c.kind === 'cluster' && c.id === item.cluster);
			if (!cluster) add(item, index, 'cluster', `cluster "${item.cluster}" is not defined by an entry of kind "cluster"`);
			else if (cluster.decides === 'signal' && item.weight !== undefined)
				add(item, index, 'weight', `a signal decides on its own, so a weight has no effect; remove it (cluster "${cluster.id}" decides by signal)`);
			else if (cluster.decides === 'score' && item.weight === undefined) add(item, index, 'weight', `statements of a scored cluster need a weight (1 is normal)`);
			if (!items.some((t) => t.kind === 'topic' && t.id === item.topic))
				add(item, index, 'topic', `topic "${item.topic}" is not defined by an entry of kind "topic"`);
		}
		if (item.kind === 'conflict') {
			const named = Array.isArray(item.statements) ? item.statements : [];
			if (item.tier === undefined && item.cluster === undefined && named.length === 0)
				add(item, index, 'tier', 'give at least one condition: tier, cluster with minimumScore, or statements');
			if ((item.cluster === undefined) !== (item.minimumScore === undefined))
				add(item, index, item.cluster === undefined ? 'cluster' : 'minimumScore', 'cluster and minimumScore go together');
			if (item.cluster !== undefined && items.some((c) => c.kind === 'cluster' && c.id === item.cluster && c.decides !== 'score'))
				add(item, index, 'cluster', `cluster "${item.cluster}" decides by signal and has no score`);
			named.forEach((id, i) => {
				if (!statementIds.has(id as string)) add(item, index, `statements.${i}`, `statement "${String(id)}" is not defined by an entry of kind "statement"`);
			});
		}
	});
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

/**
 * Settings in src/config checked against the content: an id the content does not have would silently switch a rule
 * off, and a role that plans more key accounts per person than the workspace's limit would contradict its warning.
 */
export function settingsChecks(
	ids: ReferenceIds,
	rules: Pick<WarningRules, 'sponsorTiers' | 'maxPerOwner'>,
	roles: { file: string; data: unknown } = { file: 'content/roles.yaml', data: [] },
): ContentProblem[] {
	const unknownTiers = rules.sponsorTiers
		.filter((tier) => !ids.tiers.includes(tier))
		.map((tier) => ({
			file: 'src/config/account-warnings.ts',
			entry: '-',
			field: 'sponsorTiers',
			message: `unknown tier id "${tier}"; expected one of ${ids.tiers.join(', ')}`,
		}));
	const tooMany = entriesOf(roles.data).flatMap((role, index) => {
		const max = record(record(role)?.accountsPerPerson)?.max;
		if (typeof max !== 'number' || max <= rules.maxPerOwner) return [];
		return [
			{
				file: roles.file,
				entry: entryLabel(role, index),
				field: 'accountsPerPerson.max',
				message: `${max} key accounts per person is more than the ${rules.maxPerOwner} that src/config/account-warnings.ts (maxPerOwner) allows one key account manager`,
			},
		];
	});
	return [...unknownTiers, ...tooMany];
}

/** Formats problems as the message a failed build prints. */
export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map((p) => `  ${p.file} › entry ${p.entry} › field ${p.field}: ${p.message}`);
	return `The playbook content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
