// Services follow each tier's stance: the rule under serviceStance.extras in tiers.yaml says which levels an extra
// service may have for the tier and what must earn it; services.yaml is checked against it, service by service.
import { entriesOf, entryLabel, record, textOf, type ContentProblem } from './problems.ts';

interface RawFile {
	file: string;
	data: unknown;
}

interface TierRule {
	id: string;
	name: string;
	label: string;
	levels: string[];
	/** Levels at which an extra must name what earns it, and the ids it may name. */
	earned?: { levels: string[]; by: string[] };
}

const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
const spoken = (level: string) => level.replace('-', ' ');

function tierRules(tiers: RawFile): TierRule[] {
	return entriesOf(tiers.data).flatMap((tier, index) => {
		const t = record(tier);
		const extras = record(record(t?.serviceStance)?.extras);
		const levels = extras?.levels;
		if (typeof t?.id !== 'string' || !Array.isArray(levels)) return [];
		const earned = record(extras?.earned);
		const by = Array.isArray(earned?.by) ? strings(earned.by.map((e) => record(e)?.id)) : [];
		return [
			{
				id: t.id,
				name: textOf(t.name, 'en') ?? t.id,
				label: entryLabel(tier, index),
				levels: strings(levels),
				...(earned ? { earned: { levels: strings(earned.levels), by } } : {}),
			},
		];
	});
}

/**
 * Every extra service checked against every tier's stance: an allowed level, what earns it where the tier asks for that,
 * a condition saying on what terms or why not; and no tier receives the whole register of extras included.
 */
export function stanceProblems(tiers: RawFile, services: RawFile): ContentProblem[] {
	const rules = tierRules(tiers);
	const problems: ContentProblem[] = [];
	const extras = entriesOf(services.data)
		.map((service, index) => ({ service: record(service), entry: entryLabel(service, index) }))
		.filter(({ service }) => service?.kind === 'extra');
	const file = services.file;
	for (const { service, entry } of extras) {
		const levels = record(service?.levels);
		for (const rule of rules) {
			const tierLevel = record(levels?.[rule.id]);
			const level = tierLevel?.level;
			if (typeof level !== 'string') continue;
			const field = `levels.${rule.id}`;
			const stance = `tiers.yaml ${rule.label} › serviceStance.extras`;
			if (!rule.levels.includes(level))
				problems.push({
					file,
					entry,
					field: `${field}.level`,
					message: `an extra cannot be "${level}" for the ${rule.name}: its stance (${stance}.levels) allows ${rule.levels.join(', ')}`,
				});
			const earner = tierLevel?.earnedBy;
			if (earner !== undefined && !rule.earned?.by.includes(String(earner)))
				problems.push({
					file,
					entry,
					field: `${field}.earnedBy`,
					message: rule.earned
						? `unknown earner "${String(earner)}"; the ${rule.name}'s stance (${stance}.earned.by) names ${rule.earned.by.join(', ')}`
						: `the ${rule.name}'s stance names nothing that earns an extra (${stance}.earned); remove earnedBy or add it there`,
				});
			else if (earner === undefined && rule.earned?.levels.includes(level))
				problems.push({
					file,
					entry,
					field: `${field}.earnedBy`,
					message: `an extra the ${rule.name} receives ${spoken(level)} must name what earns it (${stance}.earned.by): one of ${rule.earned.by.join(', ')}`,
				});
			if (level !== 'included' && !tierLevel?.condition)
				problems.push({
					file,
					entry,
					field: `${field}.condition`,
					message:
						level === 'not-offered'
							? `an extra that is not offered to the ${rule.name} needs a condition saying why (and what the customer gets instead)`
							: `an extra that is ${spoken(level)} for the ${rule.name} needs a condition saying on what terms`,
				});
		}
	}
	for (const rule of rules) {
		const included = extras.filter(({ service }) => record(record(service?.levels)?.[rule.id])?.level === 'included').length;
		if (extras.length > 0 && included === extras.length)
			problems.push({
				file: tiers.file,
				entry: rule.label,
				field: 'serviceStance.extras',
				message: `the ${rule.name} receives all ${extras.length} extra services included – the whole register of special services; charge for some, offer some on request or not at all`,
			});
	}
	return problems;
}
