// Content rules for running the programme: each mutation of a copy of the content under test – a transition naming an
// unknown service, a KPI without definition, a trigger without owner, a split that pays a euro twice … – yields a
// message naming file, entry and field. Every case derives its entries from the content, so it holds for any content.
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '#src/content/load.ts';
import { rhythmsNamed } from '#src/content/rules/programme.ts';
import {
	copyContent,
	entriesInOrder,
	entryName,
	mutateEntries,
	mutatedCopy,
	problemsIn,
	readEntries,
	removeCopies,
	unusedId,
	type YamlEntries,
} from '#tests/fixtures/content-copy.ts';

afterEach(() => removeCopies());

type Item = Record<string, unknown>;
const original = (file: string) => readEntries(contentDir(), file);
const named = (entries: YamlEntries, index: number) => entryName(entries, index);
const indexOf = (entries: YamlEntries, test: (e: Item) => boolean) => {
	const i = entries.findIndex(test);
	if (i < 0) throw new Error('the content under test has no entry this case needs');
	return i;
};
const ofKind = (kind: string) => (e: Item) => e.kind === kind;
const text = (en: string) => ({ de: en, en });

const tiers = entriesInOrder(original('tiers.yaml')).map((t) => t.id as string);
const services = original('services.yaml');
const transitions = original('transitions.yaml');
const scorecards = original('scorecards.yaml');
const review = original('portfolio-review.yaml');
const exceptions = original('service-exceptions.yaml');
const values = original('service-values.yaml');
const unknownService = unusedId(services, 'gold-plated-service');

describe('transitions.yaml', () => {
	const move = 0;
	const at = `content/transitions.yaml › entry ${named(transitions, move)}`;
	it('names a transition whose service note names an unknown service', () => {
		const dir = mutatedCopy('transitions.yaml', (e) => (e[move]!.services = [{ service: unknownService, note: text('Hand it over.') }]));
		expect(problemsIn(dir)).toContain(`${at} › field services.0.service: no service "${unknownService}" in services.yaml`);
	});
	it('names a trigger that the portfolio review does not define', () => {
		const dir = mutatedCopy('transitions.yaml', (e) => (e[move]!.triggers = ['moon-landing']));
		expect(problemsIn(dir)).toContain(`${at} › field triggers.0: no trigger "moon-landing" in portfolio-review.yaml`);
	});
	it('names a move that leads back to a tier it starts from', () => {
		const dir = mutatedCopy('transitions.yaml', (e) => (e[move]!.to = (e[move]!.from as string[])[0]));
		expect(problemsIn(dir)).toContain(`${at} › field to: leads back to a tier it starts from`);
	});
	it('names a move described twice', () => {
		const dir = mutatedCopy('transitions.yaml', (e) => e.push({ ...e[move]!, id: unusedId(e, 'again'), order: 99 }));
		expect(problemsIn(dir)).toContain(
			`› field from: ${String((transitions[move]!.from as string[])[0])} → ${String(transitions[move]!.to)} is already described by entry ${named(transitions, move)}`,
		);
	});
	it('names a department that does not exist', () => {
		const dir = mutatedCopy('transitions.yaml', (e) => ((e[move]!.departments as Item[])[0]!.department = 'purchasing-dept'));
		expect(problemsIn(dir)).toContain(`${at} › field departments.0.department: unknown department id "purchasing-dept"`);
	});
	it('names a note on a service that none of the tiers on the way is offered', () => {
		const dir = copyContent();
		const id = services[0]!.id as string;
		mutateEntries(dir, 'services.yaml', (e) => {
			for (const level of Object.values(e[0]!.levels as Record<string, Item>)) level.level = 'not-offered';
		});
		mutateEntries(dir, 'transitions.yaml', (e) => (e[move]!.services = [{ service: id, note: text('Hand it over.') }]));
		expect(problemsIn(dir)).toContain(`${at} › field services.0.service: service "${id}" is offered to none of`);
	});
	it('names a move from a tier that does not exist', () => {
		const dir = mutatedCopy('transitions.yaml', (e) => (e[move]!.from = ['platinum']));
		expect(problemsIn(dir)).toContain(`${at} › field from.0: unknown tier id "platinum"`);
	});
});

describe('scorecards.yaml', () => {
	const kpi = indexOf(scorecards, ofKind('kpi'));
	const card = indexOf(scorecards, (e) => e.kind === 'scorecard' && (((e.pay as Item).splits as unknown[] | undefined)?.length ?? 0) > 0);
	const cardAt = `content/scorecards.yaml › entry ${named(scorecards, card)}`;
	it('names a KPI without definition', () => {
		const dir = mutatedCopy('scorecards.yaml', (e) => delete e[kpi]!.definition);
		expect(problemsIn(dir)).toContain(`content/scorecards.yaml › entry ${named(scorecards, kpi)} › field definition:`);
	});
	it('names a scorecard line whose KPI is not defined', () => {
		const dir = mutatedCopy('scorecards.yaml', (e) => ((e[card]!.kpis as Item[])[0]!.kpi = 'happiness-index'));
		expect(problemsIn(dir)).toContain(`${cardAt} › field kpis.0.kpi: no KPI "happiness-index"`);
	});
	it('names pay weights that do not add up to 100', () => {
		const dir = mutatedCopy('scorecards.yaml', (e) => ((e[card]!.kpis as Item[])[0]!.payWeight = 99));
		expect(problemsIn(dir)).toMatch(
			new RegExp(`${cardAt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} › field kpis: the payWeights add up to \\d+, not 100`),
		);
	});
	it('names a split that credits the same revenue twice (a double commission)', () => {
		const dir = mutatedCopy('scorecards.yaml', (e) => {
			const credits = ((e[card]!.pay as Item).splits as Item[])[0]!.credits as Item[];
			credits[credits.length - 1]!.share = Number(credits[credits.length - 1]!.share) + 40;
		});
		expect(problemsIn(dir)).toContain(`${cardAt} › field pay.splits.0.credits: the shares add up to`);
		expect(problemsIn(dir)).toContain('they must add up to 100 %');
	});
	it('names a split for a scope or a role that does not exist', () => {
		const dir = mutatedCopy('scorecards.yaml', (e) => {
			const split = ((e[card]!.pay as Item).splits as Item[])[0]!;
			split.scope = 'interplanetary';
			(split.credits as Item[])[0]!.role = 'chief-happiness-officer';
		});
		const message = problemsIn(dir);
		expect(message).toContain(`${cardAt} › field pay.splits.0.scope: no scope "interplanetary" in geographies.yaml`);
		expect(message).toContain(`${cardAt} › field pay.splits.0.credits.0.role: no role "chief-happiness-officer" in roles.yaml`);
	});
	it('names a split that leaves out the tier’s own key account manager', () => {
		const dir = mutatedCopy('scorecards.yaml', (e) => {
			const split = ((e[card]!.pay as Item).splits as Item[])[0]!;
			const roles = original('roles.yaml');
			const manager = roles.find((r) => r.tier === e[card]!.tier)!.id;
			split.credits = (split.credits as Item[]).map((c) => (c.role === manager ? { ...c, role: 'executive-sponsor' } : c));
		});
		expect(problemsIn(dir)).toContain(`${cardAt} › field pay.splits.0.credits: the tier's key account manager role`);
	});
	it('names a tier without scorecard, and a KPI on no scorecard', () => {
		const dir = mutatedCopy('scorecards.yaml', (e) => {
			e.splice(card, 1);
			e.push({
				id: unusedId(e, 'lonely-kpi'),
				kind: 'kpi',
				name: text('Lonely'),
				definition: text('Unused.'),
				source: text('Nowhere'),
				direction: 'higher',
			});
		});
		const message = problemsIn(dir);
		expect(message).toContain(
			`content/scorecards.yaml › entry - › field tier: exactly one scorecard for tier "${String(scorecards[card]!.tier)}" is required, found 0`,
		);
		expect(message).toMatch(/› entry "lonely-kpi[-\d]*" \(item \d+\) › field id: the KPI is on no scorecard/);
	});
});

describe('portfolio-review.yaml', () => {
	const trigger = indexOf(review, ofKind('trigger'));
	const axis = indexOf(review, (e) => e.kind === 'input' && e.axis !== undefined);
	const round = indexOf(review, ofKind('round'));
	it('names a trigger without owner', () => {
		const dir = mutatedCopy('portfolio-review.yaml', (e) => delete e[trigger]!.owner);
		expect(problemsIn(dir)).toContain(`content/portfolio-review.yaml › entry ${named(review, trigger)} › field owner:`);
	});
	it('names a trigger that leads to a transition that does not exist', () => {
		const dir = mutatedCopy('portfolio-review.yaml', (e) => (e[trigger]!.transitions = ['teleport']));
		expect(problemsIn(dir)).toContain(
			`content/portfolio-review.yaml › entry ${named(review, trigger)} › field transitions.0: no transition "teleport" in transitions.yaml`,
		);
	});
	it('names factors whose weights do not add up to 100', () => {
		const dir = mutatedCopy('portfolio-review.yaml', (e) => ((e[axis]!.factors as Item[])[0]!.weight = 1));
		expect(problemsIn(dir)).toMatch(
			/content\/portfolio-review\.yaml › entry "[^"]+" \(item \d+\) › field factors: the factors' weights add up to \d+, not 100/,
		);
	});
	it('names a worked example with a rating missing', () => {
		const dir = mutatedCopy('portfolio-review.yaml', (e) => {
			const axisName = e[axis]!.axis as string;
			const factors = (e[axis]!.factors as unknown[]).length;
			e[round]!.example = { account: 'Example Ltd', attractiveness: [], strength: [], [axisName]: Array(factors - 1).fill(3) };
		});
		expect(problemsIn(dir)).toContain(
			`content/portfolio-review.yaml › entry ${named(review, round)} › field example.${String(review[axis]!.axis)}: give one rating per factor`,
		);
	});
	it('names a missing quadrant', () => {
		const quadrant = indexOf(review, ofKind('quadrant'));
		const { attractiveness, strength } = review[quadrant]!;
		const dir = mutatedCopy('portfolio-review.yaml', (e) => e.splice(quadrant, 1));
		expect(problemsIn(dir)).toContain(
			`exactly one quadrant with attractiveness ${String(attractiveness)} and strength ${String(strength)} is required, found 0`,
		);
	});
	it('names a quadrant that contradicts a tier the playbook does not have', () => {
		const quadrant = indexOf(review, ofKind('quadrant'));
		const dir = mutatedCopy('portfolio-review.yaml', (e) => (e[quadrant]!.contradicts = ['none', 'platinum']));
		expect(problemsIn(dir)).toContain(
			`content/portfolio-review.yaml › entry ${named(review, quadrant)} › field contradicts.1: "platinum" is neither a tier in tiers.yaml nor "none"`,
		);
	});
});

describe('service-exceptions.yaml', () => {
	const route = indexOf(exceptions, ofKind('route'));
	const at = `content/service-exceptions.yaml › entry ${named(exceptions, route)}`;
	const steps = (e: YamlEntries) => e[route]!.steps as Item[];
	it('names limits that do not rise from step to step', () => {
		const dir = mutatedCopy('service-exceptions.yaml', (e) => (steps(e)[1]!.perCase = steps(e)[0]!.perCase));
		expect(problemsIn(dir)).toContain(`${at} › field steps.1.perCase: must be higher than the step before`);
	});
	it('names a last step with a limit, and a step without one', () => {
		const dir = mutatedCopy('service-exceptions.yaml', (e) => {
			const all = steps(e);
			all[all.length - 1]!.perCase = 10_000_000;
			delete all[0]!.perCase;
		});
		const message = problemsIn(dir);
		expect(message).toContain(
			`${at} › field steps.${steps(exceptions).length - 1}: the last step decides everything above the others; give it no limit`,
		);
		expect(message).toContain(`${at} › field steps.0.perCase: every step but the last needs a limit per case`);
	});
	it('names an approver linked to a role that does not exist', () => {
		const dir = mutatedCopy('service-exceptions.yaml', (e) => (steps(e)[0]!.role = 'grand-vizier'));
		expect(problemsIn(dir)).toContain(`${at} › field steps.0.role: no role "grand-vizier" in roles.yaml`);
	});
	it('names a department request for another department’s service, and one for an unknown service', () => {
		const requests = indexOf(exceptions, ofKind('department'));
		const department = exceptions[requests]!.department;
		const foreign = services.find((s) => s.department !== department)!;
		const dir = mutatedCopy('service-exceptions.yaml', (e) => {
			const cases = e[requests]!.cases as Item[];
			cases[0]!.service = foreign.id;
			cases.push({ ...cases[0]!, service: unknownService });
		});
		const message = problemsIn(dir);
		const where = `content/service-exceptions.yaml › entry ${named(exceptions, requests)}`;
		expect(message).toContain(
			`${where} › field cases.0.service: service "${String(foreign.id)}" belongs to department "${String(foreign.department)}"`,
		);
		expect(message).toContain(
			`› field cases.${(exceptions[requests]!.cases as unknown[]).length}.service: no service "${unknownService}" in services.yaml`,
		);
	});
	it('names a tier without goodwill rules', () => {
		const goodwill = indexOf(exceptions, ofKind('tier'));
		const dir = mutatedCopy('service-exceptions.yaml', (e) => e.splice(goodwill, 1));
		expect(problemsIn(dir)).toContain(
			`content/service-exceptions.yaml › entry - › field tier: exactly one entry of kind "tier" for tier "${String(exceptions[goodwill]!.tier)}" is required, found 0`,
		);
	});
});

describe('service-values.yaml', () => {
	const tier = tiers[0]!;
	const id = services[0]!.id as string;
	/** A copy where the first service has `level` for the first tier and one report rhythm `every` for it. */
	const withReport = (level: Item, every: string) => {
		const dir = copyContent();
		// Keeps what earns the service (the tier's stance may ask for it), replaces level and condition.
		mutateEntries(dir, 'services.yaml', (e) => {
			const levels = e[0]!.levels as Record<string, Item>;
			levels[tier] = { ...(levels[tier]?.earnedBy ? { earnedBy: levels[tier].earnedBy } : {}), ...level };
		});
		mutateEntries(dir, 'service-values.yaml', (e) => {
			e.splice(0, e.length, ...e.filter((v) => v.id !== id));
			e.push({ id, values: [{ measure: 'report-frequency', label: text('Report'), tiers: { [tier]: { every } } }] });
		});
		return problemsIn(dir);
	};
	const included = (de: string, en: string) => ({ level: 'included', condition: { de, en } });
	it('names an entry whose id is no service', () => {
		const dir = mutatedCopy('service-values.yaml', (e) => (e[0]!.id = unknownService));
		expect(problemsIn(dir)).toContain(
			`content/service-values.yaml › entry "${unknownService}" (item 1) › field id: no service "${unknownService}" in services.yaml`,
		);
	});
	it('names a value for a tier the service is not offered to', () => {
		expect(withReport({ level: 'not-offered' }, 'monthly')).toMatch(
			new RegExp(`entry "${id}" \\(item \\d+\\) › field values\\.0\\.tiers\\.${tier}: the service is not offered to tier "${tier}"`),
		);
	});
	it('names a report frequency that disagrees with the rhythm the service’s condition names', () => {
		const message = withReport(included('Monatlich je Vertrag.', 'Monthly per contract.'), 'annual');
		expect(message).toContain(
			`field values.0.tiers.${tier}.every: "annual" disagrees with services.yaml, whose en condition for this tier says monthly`,
		);
		expect(message).toContain('whose de condition for this tier says monthly');
	});
	it('accepts a value for which the condition names the same rhythm, or none', () => {
		expect(withReport(included('Quartalsweise im Review.', 'Quarterly in the review.'), 'quarterly')).toBe('');
		expect(withReport(included('Im Review.', 'In the review.'), 'quarterly')).toBe('');
	});
});

describe('rhythmsNamed', () => {
	it.each([
		['en', 'Semi-annually; every extra must be covered.', ['semi-annual']],
		['en', 'Annually, presented in the review.', ['annual']],
		['en', 'Once per tender cycle, with purchasing.', ['per-tender']],
		['en', 'Monthly and before every bid.', ['monthly']],
		['de', 'Halbjährlich mit mehreren Funktionen.', ['semi-annual']],
		['de', 'Vierteljährliches Review', ['quarterly']],
		['de', 'Jährlich, vorgestellt im Review.', ['annual']],
		['de', 'Je Ausschreibungszyklus.', ['per-tender']],
		['en', 'As part of the review.', []],
		['fr', 'Mensuel.', []],
	])('in %s, "%s" names %j', (lang, sentence, expected) => {
		expect(rhythmsNamed(sentence, lang)).toEqual(expected);
	});
});

describe('the real content', () => {
	it('passes the programme rules', () => {
		expect(problemsIn(contentDir())).toBe('');
	});
	it('has a value entry for services only, and a note only for known services', () => {
		const serviceIds = new Set(services.map((s) => s.id));
		expect(values.every((v) => serviceIds.has(v.id))).toBe(true);
		expect(transitions.flatMap((t) => (t.services as Item[] | undefined) ?? []).every((n) => serviceIds.has(n.service))).toBe(true);
	});
});
