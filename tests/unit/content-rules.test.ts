// The content rules that span files, each broken on a copy of the content under test: services against each tier's
// service stance, facts used as {{tier.key}}, the lean plan's length, accounts per person, and the terminology list.
// Every case says which message a company would read – file, entry, field – and why.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import { contentDir, loadContent } from '#src/content/load.ts';
import { LEAN_PLAN_MAX_SECTIONS } from '#src/content/rules/plans.ts';
import { contentTexts, proseTexts, termsOf, terminologyProblems, uiStringTexts } from '#src/content/rules/terminology.ts';
import { formatProblems, readContentDir, settingsChecks } from '#src/content/validate.ts';
import {
	copyContent,
	entriesInOrder,
	entryName,
	mutateEntries,
	problemsIn,
	readEntries,
	removeCopies,
	tempDir,
	type YamlEntries,
} from '#tests/fixtures/content-copy.ts';

afterEach(() => removeCopies());

type Level = { level: string; earnedBy?: string; condition?: { de: string; en: string } };
const text = (de: string, en: string) => ({ de, en });
const original = (file: string) => readEntries(contentDir(), file);
const tiers = original('tiers.yaml');
const services = original('services.yaml');
// The tier the cases work on (the first), its entry label, and its name as messages write it.
const tier = entriesInOrder(tiers)[0]!;
const tierId = tier.id as string;
const tierIndex = tiers.indexOf(tier);
const tierName = (tier.name as { en: string }).en;
const tierLabel = entryName(tiers, tierIndex);
const serviceLabel = (index: number) => entryName(services, index);
const levelsOf = (service: YamlEntries[number]) => service.levels as Record<string, Level>;
const stanceOf = (entries: YamlEntries) => (entries[tierIndex]!.serviceStance as { extras: Record<string, unknown> }).extras;
const because = text('Weil es im Vertrag steht.', 'Because the contract says so.');

/** A copy in which the tier's stance is `extras` and the first service is an extra with `level` for the tier. */
function stanceCopy(extras: Record<string, unknown>, level: Level): string {
	const dir = copyContent();
	mutateEntries(dir, 'tiers.yaml', (e) => ((e[tierIndex]!.serviceStance as Record<string, unknown>).extras = extras));
	mutateEntries(dir, 'services.yaml', (e) => {
		e[0]!.kind = 'extra';
		levelsOf(e[0]!)[tierId] = level;
	});
	return dir;
}

const earned = {
	levels: ['included', 'on-request'],
	by: [{ id: 'signed-contract', name: text('unterschriebener Vertrag', 'signed contract') }],
};

describe('services follow each tier’s service stance', () => {
	const stance = `tiers.yaml ${tierLabel} › serviceStance.extras`;
	const at = (field: string) => `content/services.yaml › entry ${serviceLabel(0)} › field levels.${tierId}.${field}`;

	it.each([
		[
			'an extra at a level the stance does not allow',
			{ levels: ['chargeable', 'not-offered'] },
			{ level: 'included', condition: because },
			`${at('level')}: an extra cannot be "included" for the ${tierName}: its stance (${stance}.levels) allows chargeable, not-offered`,
		],
		[
			'an included extra that does not name what earns it',
			{ levels: ['included', 'on-request', 'chargeable', 'not-offered'], earned },
			{ level: 'included', condition: because },
			`${at('earnedBy')}: an extra the ${tierName} receives included must name what earns it (${stance}.earned.by): one of signed-contract`,
		],
		[
			'an extra on request that does not name what earns it',
			{ levels: ['included', 'on-request', 'chargeable', 'not-offered'], earned },
			{ level: 'on-request', condition: because },
			`${at('earnedBy')}: an extra the ${tierName} receives on request must name what earns it`,
		],
		[
			'an earner the stance does not name',
			{ levels: ['included', 'chargeable', 'not-offered'], earned },
			{ level: 'included', earnedBy: 'goodwill', condition: because },
			`${at('earnedBy')}: unknown earner "goodwill"; the ${tierName}'s stance (${stance}.earned.by) names signed-contract`,
		],
		[
			'an earner where the stance names none',
			{ levels: ['included', 'chargeable', 'not-offered'] },
			{ level: 'included', earnedBy: 'goodwill', condition: because },
			`${at('earnedBy')}: the ${tierName}'s stance names nothing that earns an extra (${stance}.earned); remove earnedBy or add it there`,
		],
		[
			'an extra not offered without saying why',
			{ levels: ['chargeable', 'not-offered'] },
			{ level: 'not-offered' },
			`${at('condition')}: an extra that is not offered to the ${tierName} needs a condition saying why (and what the customer gets instead)`,
		],
		[
			'a chargeable extra without its terms',
			{ levels: ['chargeable', 'not-offered'] },
			{ level: 'chargeable' },
			`${at('condition')}: an extra that is chargeable for the ${tierName} needs a condition saying on what terms`,
		],
	])('%s', (_what, extras, level, message) => {
		expect(problemsIn(stanceCopy(extras, level))).toContain(message);
	});

	it('no tier receives the whole register of extras included', () => {
		const dir = copyContent();
		mutateEntries(
			dir,
			'tiers.yaml',
			(e) => (e[tierIndex]!.serviceStance = { ...(e[tierIndex]!.serviceStance as object), extras: { levels: ['included', 'chargeable'] } }),
		);
		mutateEntries(dir, 'services.yaml', (e) => {
			for (const service of e) {
				service.kind = 'extra';
				levelsOf(service)[tierId] = { level: 'included' };
			}
		});
		expect(problemsIn(dir)).toContain(
			`content/tiers.yaml › entry ${tierLabel} › field serviceStance.extras: the ${tierName} receives all ${services.length} extra services included – the whole register of special services; charge for some, offer some on request or not at all`,
		);
	});

	it('a stance that allows extras only as included is refused', () => {
		const dir = copyContent();
		mutateEntries(dir, 'tiers.yaml', (e) => (stanceOf(e).levels = ['included']));
		expect(problemsIn(dir)).toContain(
			`content/tiers.yaml › entry ${tierLabel} › field serviceStance.extras.levels: a stance that allows extras only as "included" gives every extra away; allow at least one other level`,
		);
	});

	it('a standard service is not held to the stance', () => {
		const dir = stanceCopy({ levels: ['chargeable', 'not-offered'] }, { level: 'included', condition: because });
		mutateEntries(dir, 'services.yaml', (e) => (e[0]!.kind = 'standard'));
		expect(problemsIn(dir)).not.toContain(`entry ${serviceLabel(0)}`);
	});
});

describe('facts are written once and used as {{tier.key}}', () => {
	const withFact = (value: { de: string; en: string }, use: { de: string; en: string }) => {
		const dir = copyContent();
		mutateEntries(dir, 'tiers.yaml', (e) => (e[tierIndex]!.facts = { ...(e[tierIndex]!.facts as object), rhythm: value }));
		mutateEntries(dir, 'services.yaml', (e) => (levelsOf(e[0]!)[tierId]!.condition = use));
		return dir;
	};

	it('fills the fact into every text that uses it, in its language', () => {
		const dir = withFact(
			text('alle zwei Monate', 'every two months'),
			text('{{' + tierId + '.rhythm}} im Review.', 'In the review {{' + tierId + '.rhythm}}.'),
		);
		expect(problemsIn(dir)).toBe('');
		const service = loadContent(dir).collections.services.find((s) => s.id === services[0]!.id)!;
		expect(service.levels[tierId]!.condition).toEqual(text('Alle zwei Monate im Review.', 'In the review every two months.'));
	});

	it.each([
		['a tier that does not exist', '{{platinum.review}}', '"{{platinum.review}}" names no tier'],
		[
			'a fact the tier does not have',
			`{{${tierId}.no-such-fact}}`,
			`"{{${tierId}.no-such-fact}}": tier "${tierId}" has no fact "no-such-fact"`,
		],
		['a placeholder without a tier', '{{review}}', '"{{review}}" is not a fact; write {{tier.key}}'],
	])('reports %s at the field that uses it', (_what, placeholder, message) => {
		const dir = withFact(text('monatlich', 'monthly'), text(`Review ${placeholder}.`, 'Review monthly.'));
		expect(problemsIn(dir)).toContain(`content/services.yaml › entry ${serviceLabel(0)} › field levels.${tierId}.condition.de: ${message}`);
	});
});

describe('a lean plan stays lean', () => {
	it(`reports a lean sales plan with more than ${LEAN_PLAN_MAX_SECTIONS} sections`, () => {
		const dir = copyContent();
		mutateEntries(dir, 'tiers.yaml', (e) => ((e[tierIndex]!.plan as Record<string, unknown>).approach = 'lean-sales-plan'));
		mutateEntries(dir, 'plan-sections.yaml', (e) => e.forEach((s) => ((s.depth as Record<string, string>)[tierId] = 'short')));
		const count = original('plan-sections.yaml').length;
		expect(count).toBeGreaterThan(LEAN_PLAN_MAX_SECTIONS);
		expect(problemsIn(dir)).toContain(
			`content/plan-sections.yaml › entry - › field depth.${tierId}: the ${tierName} (tiers.yaml ${tierLabel}) has a lean sales plan, which keeps at most ${LEAN_PLAN_MAX_SECTIONS} sections; it keeps ${count}`,
		);
	});
});

describe('accounts per key account manager', () => {
	it('accepts the shipped roles against the shipped limit', () => {
		const raw = readContentDir(contentDir());
		expect(settingsChecks(loadContent().ids, ACCOUNT_WARNING_RULES, raw.roles)).toEqual([]);
	});

	it('reports a role that plans more key accounts per person than the workspace allows', () => {
		const roles = original('roles.yaml');
		const index = roles.findIndex((r) => r.accountsPerPerson);
		roles[index]!.accountsPerPerson = { min: 1, max: ACCOUNT_WARNING_RULES.maxPerOwner + 1 };
		const message = formatProblems(settingsChecks(loadContent().ids, ACCOUNT_WARNING_RULES, { file: 'content/roles.yaml', data: roles }));
		expect(message).toContain(
			`content/roles.yaml › entry ${entryName(roles, index)} › field accountsPerPerson.max: ${ACCOUNT_WARNING_RULES.maxPerOwner + 1} key accounts per person is more than the ${ACCOUNT_WARNING_RULES.maxPerOwner} that src/config/account-warnings.ts (maxPerOwner) allows one key account manager`,
		);
	});
});

describe('one term per concept', () => {
	// A concept of the list under test with a variant to avoid in English, or one made up for the test.
	const listed = termsOf(original('terminology.yaml')).find((t) => (t.avoid.en ?? []).some((v) => !v.endsWith('*')));
	const concept = listed ?? { id: 'made-up', preferred: { de: 'Fachwort', en: 'term' }, avoid: { de: ['Unwort'], en: ['no-word'] } };
	const variant = concept.avoid.en!.find((v) => !v.endsWith('*'))!;
	const expected = `avoid "${variant}" – write "${concept.preferred.en}" (content/terminology.yaml "${concept.id}")`;

	it('reports a variant in the content with file, entry and field', () => {
		const dir = copyContent();
		if (!listed) mutateEntries(dir, 'terminology.yaml', (e) => e.push({ ...concept }));
		mutateEntries(dir, 'tiers.yaml', (e) => ((e[tierIndex]!.definition as Record<string, string>).en += ` Also a ${variant}.`));
		const raw = readContentDir(dir, 'content');
		const problems = terminologyProblems(termsOf(raw.terminology.data as unknown[]), contentTexts(raw, [raw.terminology.file]));
		expect(formatProblems(problems)).toContain(`content/tiers.yaml › entry ${tierLabel} › field definition.en: ${expected}`);
	});

	it('reports a variant in a prose page by line, but not in its code', () => {
		const docs = tempDir();
		mkdirSync(join(docs, 'en', 'guides'), { recursive: true });
		writeFileSync(
			join(docs, 'en', 'guides', 'demo.mdx'),
			[
				'---',
				`title: A ${variant} guide`,
				'---',
				'',
				`Prose with \`${variant}\` as code is fine.`,
				'',
				'```yaml',
				variant,
				'```',
				'',
				`But a ${variant} in prose is not.`,
			].join('\n'),
		);
		const problems = terminologyProblems([concept], proseTexts(docs, docs));
		expect(problems.map((p) => `${p.file} › ${p.entry} › ${p.field}`)).toEqual([
			'en/guides/demo.mdx › en/guides/demo › title',
			'en/guides/demo.mdx › en/guides/demo › line 11',
		]);
	});

	it('reports a variant in a UI string by its key', () => {
		const i18n = tempDir();
		writeFileSync(join(i18n, 'de.json'), JSON.stringify({ 'kam.demo': 'Nichts zu beanstanden' }));
		writeFileSync(join(i18n, 'en.json'), JSON.stringify({ 'kam.demo': `Pick a ${variant}`, 'kam.other': 'Fine' }));
		expect(terminologyProblems([concept], uiStringTexts(i18n, i18n))).toEqual([
			{ file: 'en.json', entry: '"kam.demo"', field: 'text', message: expected },
		]);
	});

	it('refuses words readers use when no place shows them', () => {
		const dir = copyContent();
		mutateEntries(dir, 'terminology.yaml', (e) =>
			e.push({ id: 'homeless', preferred: text('Wort', 'word'), alsoCalled: { de: ['Vokabel'], en: ['vocable'] } }),
		);
		const terms = readEntries(dir, 'terminology.yaml');
		expect(problemsIn(dir)).toContain(
			`content/terminology.yaml › entry ${entryName(terms, terms.length - 1)} › field alsoCalled: words in alsoCalled need a place to be shown: give a glossary id, a service id or pages`,
		);
	});

	it('refuses a place that does not exist', () => {
		const dir = copyContent();
		mutateEntries(dir, 'terminology.yaml', (e) =>
			e.push({ id: 'lost', preferred: text('Wort', 'word'), alsoCalled: { de: ['Vokabel'] }, pages: ['nowhere'] }),
		);
		expect(problemsIn(dir)).toMatch(
			/content\/terminology\.yaml › entry "lost" \(item \d+\) › field pages\.0: unknown page id "nowhere"; expected one of comparison, matrix, roles/,
		);
	});
});
