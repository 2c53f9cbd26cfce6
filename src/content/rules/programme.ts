// Content rules for running the programme: the portfolio review, transitions between tiers, service exceptions,
// service values and scorecards. They check what one entry's schema cannot see – ids from other files, totals,
// one entry per tier – on the raw YAML, and name file, entry and field like every other rule.
import { EXIT } from '#src/schemas/transitions.ts';
import { NOT_KEY } from '#src/domain/accounts/portfolio.ts';
import { AXIS_LEVELS, PORTFOLIO_AXES } from '#src/schemas/portfolio-review.ts';
import type { Rhythm } from '#src/schemas/rhythms.ts';
import { idsOf, type RawContent } from '../validate.ts';
import { entriesOf, entryLabel, type ContentProblem } from './problems.ts';

type Item = Record<string, unknown>;

/** A raw entry as an object (anything else as an empty one, which the schema has already reported). */
function fields(item: unknown): Item {
	return item && typeof item === 'object' && !Array.isArray(item) ? (item as Item) : {};
}

function list(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

/** The raw entries of a file with their position, for messages. */
function entries(data: unknown): { item: Item; entry: string }[] {
	return entriesOf(data).map((item, index) => ({ item: fields(item), entry: entryLabel(item, index) }));
}

/** Entries of one kind in a file whose entries carry a `kind`. */
function ofKind(data: unknown, kind: string) {
	return entries(data).filter(({ item }) => item.kind === kind);
}

const sum = (values: unknown[]) => values.reduce<number>((total, v) => total + (typeof v === 'number' ? v : 0), 0);

/** Every rule of this module; an empty list when the programme's data is sound. */
export function programmeChecks(raw: RawContent): ContentProblem[] {
	return [...serviceValueChecks(raw), ...transitionChecks(raw), ...portfolioChecks(raw), ...exceptionChecks(raw), ...scorecardChecks(raw)];
}

// --- service-values.yaml

/** Words that name a rhythm in a condition text, per language; a language without words is not compared. */
const RHYTHM_WORDS: Record<string, Partial<Record<Rhythm, RegExp>>> = {
	en: {
		weekly: /\bweekly\b|\bevery week\b/i,
		monthly: /\bmonthly\b|\bevery month\b/i,
		quarterly: /\bquarterly\b|\bevery quarter\b/i,
		'semi-annual': /\bsemi-annual(ly)?\b|\bhalf-yearly\b|\btwice a year\b|\bevery six months\b/i,
		annual: /(?<!semi-)\bannual(ly)?\b|\byearly\b|\bonce a year\b/i,
		'per-tender': /\b(per|each|every) tender\b|\btender cycle\b/i,
	},
	de: {
		weekly: /(?<!\p{L})wöchentlich/iu,
		monthly: /(?<!\p{L})monatlich/iu,
		quarterly: /(?<!\p{L})(quartalsweise|vierteljährlich)|pro quartal/iu,
		'semi-annual': /halbjährlich|zweimal im jahr/iu,
		annual: /(?<!\p{L})jährlich|einmal im jahr/iu,
		'per-tender': /je ausschreibung|ausschreibungszyklus/iu,
	},
};

/** The rhythms a text names (by the words above), in the given language. */
export function rhythmsNamed(text: string, lang: string): Rhythm[] {
	const words = RHYTHM_WORDS[lang] ?? {};
	return (Object.keys(words) as Rhythm[]).filter((rhythm) => words[rhythm]!.test(text));
}

function serviceValueChecks(raw: RawContent): ContentProblem[] {
	const file = raw.serviceValues.file;
	const problems: ContentProblem[] = [];
	const services = new Map(entries(raw.services.data).map(({ item }) => [item.id, item]));
	for (const { item, entry } of entries(raw.serviceValues.data)) {
		const service = services.get(item.id);
		if (!service) {
			if (typeof item.id === 'string')
				problems.push({ file, entry, field: 'id', message: `no service "${item.id}" in services.yaml; the id must be a service's id` });
			continue;
		}
		list(item.values).forEach((value, v) => {
			const { measure, tiers } = fields(value);
			for (const [tier, given] of Object.entries(fields(tiers))) {
				const level = fields(fields(service.levels)[tier]);
				const field = `values.${v}.tiers.${tier}`;
				if (level.level === 'not-offered')
					problems.push({ file, entry, field, message: `the service is not offered to tier "${tier}" (services.yaml); leave this value out` });
				const every = fields(given).every;
				if (measure !== 'report-frequency' || typeof every !== 'string') continue;
				for (const [lang, text] of Object.entries(fields(level.condition))) {
					if (typeof text !== 'string') continue;
					const named = rhythmsNamed(text, lang);
					if (named.length > 0 && !named.includes(every as Rhythm))
						problems.push({
							file,
							entry,
							field: `${field}.every`,
							message: `"${every}" disagrees with services.yaml, whose ${lang} condition for this tier says ${named.join(' / ')}: "${text}"`,
						});
				}
			}
		});
	}
	return problems;
}

// --- transitions.yaml

function transitionChecks(raw: RawContent): ContentProblem[] {
	const file = raw.transitions.file;
	const problems: ContentProblem[] = [];
	const triggerIds = new Set(ofKind(raw.portfolioReview.data, 'trigger').map(({ item }) => item.id));
	const services = new Map(entries(raw.services.data).map(({ item }) => [item.id, item]));
	const seen = new Map<string, string>();
	for (const { item, entry } of entries(raw.transitions.data)) {
		const from = list(item.from).filter((t): t is string => typeof t === 'string');
		if (from.includes(item.to as string)) problems.push({ file, entry, field: 'to', message: `leads back to a tier it starts from ("${String(item.to)}")` });
		for (const tier of from) {
			const pair = `${tier} → ${String(item.to)}`;
			const first = seen.get(pair);
			if (first) problems.push({ file, entry, field: 'from', message: `${pair} is already described by entry ${first}` });
			else seen.set(pair, entry);
		}
		list(item.triggers).forEach((trigger, i) => {
			if (!triggerIds.has(trigger))
				problems.push({ file, entry, field: `triggers.${i}`, message: `no trigger "${String(trigger)}" in portfolio-review.yaml` });
		});
		const noted = new Set<unknown>();
		list(item.services).forEach((note, i) => {
			const id = fields(note).service;
			const field = `services.${i}.service`;
			const service = services.get(id);
			if (!service) problems.push({ file, entry, field, message: `no service "${String(id)}" in services.yaml` });
			else if (noted.has(id)) problems.push({ file, entry, field, message: `service "${String(id)}" has a note already` });
			else {
				const tiers = item.to === EXIT ? from : [...from, String(item.to)];
				const offered = tiers.some((tier) => fields(fields(service.levels)[tier]).level !== 'not-offered');
				if (!offered) problems.push({ file, entry, field, message: `service "${String(id)}" is offered to none of ${tiers.join(', ')}; there is nothing to hand over` });
			}
			noted.add(id);
		});
	}
	return problems;
}

// --- portfolio-review.yaml

function portfolioChecks(raw: RawContent): ContentProblem[] {
	const { file, data } = raw.portfolioReview;
	if (!Array.isArray(data)) return [];
	const problems: ContentProblem[] = [];
	if (ofKind(data, 'round').length !== 1) problems.push({ file, entry: '-', field: 'kind', message: 'exactly one entry of kind "round" is required' });
	for (const attractiveness of AXIS_LEVELS)
		for (const strength of AXIS_LEVELS) {
			const count = ofKind(data, 'quadrant').filter(({ item }) => item.attractiveness === attractiveness && item.strength === strength).length;
			if (count !== 1)
				problems.push({ file, entry: '-', field: 'kind', message: `exactly one quadrant with attractiveness ${attractiveness} and strength ${strength} is required, found ${count}` });
		}
	const tierIds = new Set([...idsOf(raw.tiers.data), NOT_KEY]);
	for (const { item, entry } of ofKind(data, 'quadrant'))
		list(item.contradicts).forEach((id, i) => {
			if (!tierIds.has(id as string))
				problems.push({ file, entry, field: `contradicts.${i}`, message: `"${String(id)}" is neither a tier in tiers.yaml nor "${NOT_KEY}"` });
		});
	const inputs = ofKind(data, 'input');
	for (const axis of PORTFOLIO_AXES) {
		const count = inputs.filter(({ item }) => item.axis === axis).length;
		if (count !== 1) problems.push({ file, entry: '-', field: 'axis', message: `exactly one input with axis "${axis}" is required, found ${count}` });
	}
	for (const { item, entry } of inputs) {
		if (item.axis === undefined && item.factors !== undefined)
			problems.push({ file, entry, field: 'factors', message: 'only an input with an axis is scored from factors' });
		if (item.axis !== undefined) {
			const weights = list(item.factors).map((f) => fields(f).weight);
			if (weights.length < 2) problems.push({ file, entry, field: 'factors', message: 'an axis is scored from at least two factors' });
			else if (sum(weights) !== 100) problems.push({ file, entry, field: 'factors', message: `the factors' weights add up to ${sum(weights)}, not 100` });
		}
	}
	for (const { item, entry } of ofKind(data, 'round')) {
		const example = fields(item.example);
		for (const axis of PORTFOLIO_AXES) {
			const ratings = example[axis];
			const factors = list(inputs.find(({ item: input }) => input.axis === axis)?.item.factors);
			if (Array.isArray(ratings) && ratings.length !== factors.length)
				problems.push({ file, entry, field: `example.${axis}`, message: `give one rating per factor of the ${axis} input (${factors.length}), found ${ratings.length}` });
		}
	}
	const transitionIds = new Set(idsOf(raw.transitions.data));
	for (const { item, entry } of ofKind(data, 'trigger'))
		list(item.transitions).forEach((id, i) => {
			if (!transitionIds.has(id as string))
				problems.push({ file, entry, field: `transitions.${i}`, message: `no transition "${String(id)}" in transitions.yaml` });
		});
	return problems;
}

// --- service-exceptions.yaml

function exceptionChecks(raw: RawContent): ContentProblem[] {
	const { file, data } = raw.serviceExceptions;
	if (!Array.isArray(data)) return [];
	const problems: ContentProblem[] = [];
	const routes = ofKind(data, 'route');
	if (routes.length !== 1) problems.push({ file, entry: '-', field: 'kind', message: 'exactly one entry of kind "route" is required' });
	const roleIds = new Set(idsOf(raw.roles.data));
	for (const { item, entry } of routes) {
		const steps = list(item.steps).map(fields);
		let previous = 0;
		steps.forEach((step, i) => {
			const last = i === steps.length - 1;
			const { perCase, perYear } = step;
			if (step.role !== undefined && !roleIds.has(step.role as string))
				problems.push({ file, entry, field: `steps.${i}.role`, message: `no role "${String(step.role)}" in roles.yaml` });
			if (last) {
				if (perCase !== undefined || perYear !== undefined)
					problems.push({ file, entry, field: `steps.${i}`, message: 'the last step decides everything above the others; give it no limit' });
				return;
			}
			if (typeof perCase !== 'number') {
				problems.push({ file, entry, field: `steps.${i}.perCase`, message: 'every step but the last needs a limit per case' });
				return;
			}
			if (perCase <= previous)
				problems.push({ file, entry, field: `steps.${i}.perCase`, message: `must be higher than the step before (${previous})` });
			if (typeof perYear === 'number' && perYear < perCase)
				problems.push({ file, entry, field: `steps.${i}.perYear`, message: `must not be lower than the limit per case (${perCase})` });
			previous = perCase;
		});
	}
	for (const tier of idsOf(raw.tiers.data)) {
		const count = ofKind(data, 'tier').filter(({ item }) => item.tier === tier).length;
		if (count !== 1) problems.push({ file, entry: '-', field: 'tier', message: `exactly one entry of kind "tier" for tier "${tier}" is required, found ${count}` });
	}
	const owners = new Map(entries(raw.services.data).map(({ item }) => [item.id, item.department]));
	const departmentsSeen = new Map<unknown, string>();
	for (const { item, entry } of ofKind(data, 'department')) {
		const first = departmentsSeen.get(item.department);
		if (first) problems.push({ file, entry, field: 'department', message: `department "${String(item.department)}" already has entry ${first}` });
		else departmentsSeen.set(item.department, entry);
		list(item.cases).forEach((c, i) => {
			const service = fields(c).service;
			const field = `cases.${i}.service`;
			if (!owners.has(service)) problems.push({ file, entry, field, message: `no service "${String(service)}" in services.yaml` });
			else if (owners.get(service) !== item.department)
				problems.push({ file, entry, field, message: `service "${String(service)}" belongs to department "${String(owners.get(service))}", not "${String(item.department)}"` });
		});
	}
	return problems;
}

// --- scorecards.yaml

function scorecardChecks(raw: RawContent): ContentProblem[] {
	const { file, data } = raw.scorecards;
	if (!Array.isArray(data)) return [];
	const problems: ContentProblem[] = [];
	const kpiIds = new Set(ofKind(data, 'kpi').map(({ item }) => item.id));
	const used = new Set<unknown>();
	const roleIds = new Set(idsOf(raw.roles.data));
	const scopeIds = new Set(idsOf(raw.geographies.data));
	const tierRole = new Map(entries(raw.roles.data).map(({ item }) => [item.tier, item.id]));
	const scorecards = ofKind(data, 'scorecard');
	for (const { item, entry } of scorecards) {
		const kpis = list(item.kpis).map(fields);
		const listed = new Set<unknown>();
		kpis.forEach((k, i) => {
			const field = `kpis.${i}.kpi`;
			if (!kpiIds.has(k.kpi)) problems.push({ file, entry, field, message: `no KPI "${String(k.kpi)}" (an entry of kind "kpi") in scorecards.yaml` });
			else if (listed.has(k.kpi)) problems.push({ file, entry, field, message: `KPI "${String(k.kpi)}" is on this scorecard twice` });
			listed.add(k.kpi);
			used.add(k.kpi);
		});
		const weights = sum(kpis.map((k) => k.payWeight));
		if (weights !== 100)
			problems.push({ file, entry, field: 'kpis', message: `the payWeights add up to ${weights}, not 100; variable pay must rest on the whole scorecard` });
		const pay = fields(item.pay);
		const scopesSeen = new Set<unknown>();
		list(pay.splits).forEach((s, i) => {
			const split = fields(s);
			const field = `pay.splits.${i}`;
			if (!scopeIds.has(split.scope as string)) problems.push({ file, entry, field: `${field}.scope`, message: `no scope "${String(split.scope)}" in geographies.yaml` });
			else if (scopesSeen.has(split.scope)) problems.push({ file, entry, field: `${field}.scope`, message: `scope "${String(split.scope)}" is split twice` });
			scopesSeen.add(split.scope);
			const credits = list(split.credits).map(fields);
			credits.forEach((credit, c) => {
				if (!roleIds.has(credit.role as string))
					problems.push({ file, entry, field: `${field}.credits.${c}.role`, message: `no role "${String(credit.role)}" in roles.yaml` });
			});
			const shares = sum(credits.map((credit) => credit.share));
			if (shares !== 100)
				problems.push({
					file,
					entry,
					field: `${field}.credits`,
					message: `the shares add up to ${shares} %; one account's revenue is credited once, so they must add up to 100 %`,
				});
			const manager = tierRole.get(item.tier);
			if (manager && !credits.some((credit) => credit.role === manager))
				problems.push({ file, entry, field: `${field}.credits`, message: `the tier's key account manager role "${String(manager)}" must have a share` });
		});
	}
	for (const { item, entry } of ofKind(data, 'kpi'))
		if (!used.has(item.id)) problems.push({ file, entry, field: 'id', message: 'the KPI is on no scorecard; use it or remove it' });
	for (const tier of idsOf(raw.tiers.data)) {
		const count = scorecards.filter(({ item }) => item.tier === tier).length;
		if (count !== 1) problems.push({ file, entry: '-', field: 'tier', message: `exactly one scorecard for tier "${tier}" is required, found ${count}` });
	}
	return problems;
}
