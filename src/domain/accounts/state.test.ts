import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import {
	accountsToCsv,
	accountsToJson,
	accountWarnings,
	addEntry,
	applyImport,
	cellCounts,
	editEntry,
	importCsv,
	importJson,
	MAX_IMPORT_CHARS,
	reclassify,
	removeEntry,
	type AccountInput,
	type Catalogue,
	type CsvVocabulary,
} from './state.ts';
import { encodeAnswers } from '#src/domain/assessment/link.ts';
import { scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import { parseCsv } from '#src/lib/csv.ts';
import { parseAccounts, type SavedAccount } from './storage.ts';

// A questionnaire written for the tests, shaped like the playbook's (three gates, twelve statements, national and global).
const model = QUESTIONNAIRE;
const catalogue: Catalogue = { tiers: ['strategic', 'key', 'smart'], scopes: ['national', 'global'], model };
const vocabulary: CsvVocabulary = {
	headers: {
		name: ['Name', 'Name'],
		tier: ['Tier', 'Kategorie'],
		scope: ['Scope', 'Reichweite'],
		owner: ['Owner', 'Verantwortlich'],
		revenue: ['Revenue', 'Umsatz'],
		sponsor: ['Executive sponsor', 'Executive Sponsor'],
		notes: ['Notes', 'Notizen'],
		answers: ['Assessment code', 'Einschätzungscode'],
	},
	tiers: { strategic: ['Strategic Key Account'], key: ['Key Account'], smart: ['Smart Key Account'] },
	scopes: { national: ['National'], global: ['Global'] },
	notKey: ['Not a key account', 'Kein Key Account'],
	yes: ['yes', 'ja'],
	no: ['no', 'nein'],
};
const NOW = '2026-01-01T00:00:00.000Z';
const input = (over: Partial<AccountInput> = {}): AccountInput => ({
	name: 'Acme',
	tier: 'key',
	scope: 'national',
	owner: '',
	revenue: '',
	notes: '',
	sponsor: false,
	answers: '',
	...over,
});
let n = 0;
const newId = () => `id${++n}`;
const build = (inputs: Partial<AccountInput>[]): SavedAccount[] =>
	inputs.reduce<SavedAccount[]>((list, i) => {
		const r = addEntry(list, input(i), catalogue, newId(), NOW);
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		return r.list;
	}, []);

describe('add, edit, reclassify, remove', () => {
	it.each([
		['a key account', {}, []],
		['not a key account without scope', { tier: '', scope: '' }, []],
		['no name', { name: '  ' }, ['name-missing']],
		['unknown tier', { tier: 'gold' }, ['tier-unknown']],
		['unknown scope', { scope: 'mars' }, ['scope-unknown']],
		['key account without scope', { scope: '' }, ['scope-missing']],
		['broken assessment code', { answers: 'v1.zz' }, ['answers-invalid']],
	] as const)('%s', (_what, over, errors) => {
		const r = addEntry([], input(over), catalogue, 'x', NOW);
		expect(r.ok ? [] : r.errors).toEqual(errors);
	});

	it('keeps optional fields, edits, reclassifies and removes', () => {
		const list = build([
			{ name: 'A', owner: ' Eva  Meier ', revenue: '2 M€', notes: 'x', sponsor: true, tier: 'strategic', scope: 'global' },
			{ name: 'B' },
		]);
		expect(list[0]).toMatchObject({ owner: 'Eva Meier', revenue: '2 M€', notes: 'x', sponsor: true });
		const edited = editEntry(list, list[1]!.id, input({ name: 'B2', owner: 'Jo' }), catalogue);
		expect(edited.ok && edited.list[1]).toMatchObject({ name: 'B2', owner: 'Jo', id: list[1]!.id });
		const moved = reclassify(list, list[0]!.id, '', '', catalogue);
		expect(moved.ok && moved.list[0]).toMatchObject({ tier: null, scope: null, owner: 'Eva Meier' });
		expect(removeEntry(list, list[0]!.id).map((a) => a.name)).toEqual(['B']);
		expect(editEntry(list, 'nope', input(), catalogue).ok).toBe(false);
		expect(parseAccounts(JSON.stringify(list))).toEqual(list);
	});

	it('counts per cell', () => {
		const list = build([{}, {}, { tier: 'smart', scope: 'global' }, { tier: '', scope: '' }]);
		const c = cellCounts(list, catalogue);
		expect(c.cells['key national']).toBe(2);
		expect(c.cells['smart global']).toBe(1);
		expect(c.cells['strategic global']).toBe(0);
		expect([c.keyAccounts, c.notKey, c.unplaced]).toEqual([3, 1, 0]);
	});
});

describe('warnings', () => {
	const kinds = (list: SavedAccount[]) => accountWarnings(list, ACCOUNT_WARNING_RULES, model).map((w) => w.kind);
	it.each([
		['35 key accounts', 35, 0],
		['36 key accounts', 36, 1],
	])('%s', (_w, count, warnings) => {
		expect(kinds(build(Array.from({ length: count }, () => ({})))).filter((k) => k === 'total').length).toBe(warnings);
	});

	it('owner with more accounts than the limit, case-insensitive; not-key accounts do not count', () => {
		const atLimit = Array.from({ length: ACCOUNT_WARNING_RULES.maxPerOwner }, () => ({ owner: 'Eva' }));
		expect(kinds(build([...atLimit, { owner: 'Eva', tier: '', scope: '' }]))).toEqual([]);
		const w = accountWarnings(build([...atLimit, { owner: 'eva' }]), ACCOUNT_WARNING_RULES, model);
		expect(w).toMatchObject([{ kind: 'owner', owner: 'Eva', count: ACCOUNT_WARNING_RULES.maxPerOwner + 1 }]);
	});

	it('Strategic without sponsor', () => {
		expect(kinds(build([{ tier: 'strategic', sponsor: true }]))).toEqual([]);
		expect(kinds(build([{ tier: 'strategic' }]))).toEqual(['sponsor']);
	});

	// Answers a key account manager might give, each clearly pointing to one tier (or failing a gate).
	const profiles: [string, Answers][] = [
		[
			'co-develops and shapes our range',
			{ gates: [true, true, true], ratings: [5, 5, 4, 5, 2, 2, 3, 2, 1, 1, 1, 1], scope: 'global', revenue: 1, name: '' },
		],
		[
			'pays for service under frame contracts',
			{ gates: [true, true, true], ratings: [2, 1, 2, 2, 5, 5, 4, 4, 2, 1, 1, 1], scope: 'national', revenue: 2, name: '' },
		],
		[
			'buys by tender at target price',
			{ gates: [true, true, true], ratings: [1, 1, 1, 1, 2, 1, 2, 1, 5, 5, 4, 4], scope: 'global', revenue: 3, name: '' },
		],
		[
			'unprofitable after cost to serve',
			{ gates: [true, false, true], ratings: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], scope: 'national', revenue: 3, name: '' },
		],
	];

	it.each(profiles)('hand-chosen tier that contradicts the stored answers: %s', (_what, answered) => {
		const result = scoreAssessment(model, answered);
		expect(result.borderline).toBe(false);
		const assessed = result.tier;
		const answers = encodeAnswers(model, answered);
		const right = assessed ?? '';
		const wrong = right === 'smart' ? 'key' : 'smart';
		const scope = answered.scope!;
		const sponsor = true;
		expect(kinds(build([{ tier: right, scope: right ? scope : '', answers, sponsor }]))).toEqual([]);
		expect(accountWarnings(build([{ tier: wrong, scope, answers, sponsor }]), ACCOUNT_WARNING_RULES, model)).toMatchObject([
			{ kind: 'contradiction', assessedTier: assessed },
		]);
	});

	it('the profiles cover every tier and "not a key account"', () => {
		expect(profiles.map(([, a]) => scoreAssessment(model, a).tier)).toEqual(['strategic', 'key', 'smart', null]);
	});
});

describe('CSV', () => {
	it('round-trips, neutralises formulas and reads German headers and comma files', () => {
		const list = build([
			{
				name: '=HYPERLINK("x")',
				owner: '+49 170',
				notes: '@SUM(A1); "quoted", line',
				revenue: '-5',
				tier: 'strategic',
				scope: 'global',
				sponsor: true,
			},
			{ name: 'Plain', tier: '', scope: '' },
		]);
		const csv = accountsToCsv(list, vocabulary);
		const cells = parseCsv(csv);
		expect(cells[1]!.slice(0, 4)).toEqual(['\'=HYPERLINK("x")', 'Strategic Key Account', 'Global', "'+49 170"]);
		const back = importCsv(csv, vocabulary, catalogue);
		expect(back.ok && back.rows.map((r) => [r.input, r.errors])).toEqual(
			list.map((a) => [
				expect.objectContaining({ name: a.name, owner: a.owner ?? '', notes: a.notes ?? '', revenue: a.revenue ?? '', tier: a.tier ?? '' }),
				[],
			]),
		);
		const de = importCsv(
			'Name,Kategorie,Reichweite,Executive Sponsor\r\nB,Key Account,national,ja\r\nC,gold,,vielleicht\r\n',
			vocabulary,
			catalogue,
		);
		expect(de.ok && de.rows.map((r) => [r.line, r.input.tier, r.input.sponsor, r.errors])).toEqual([
			[2, 'key', true, []],
			[3, 'gold', false, ['sponsor-invalid', 'tier-unknown']],
		]);
	});

	it.each([
		['no name column', 'Tier;Scope\r\nkey;national\r\n', 'no-name-column'],
		['empty', '\uFEFF\r\n', 'empty'],
		['unclosed quote', 'Name\r\n"abc\r\n', 'unreadable'],
		['too large', 'Name\r\n' + 'x'.repeat(MAX_IMPORT_CHARS), 'too-large'],
		['too many rows', 'Name\n' + 'a\n'.repeat(5001), 'too-many-rows'],
	])('refuses a file with %s', (_w, text, problem) => {
		expect(importCsv(text, vocabulary, catalogue)).toMatchObject({ ok: false, problem });
	});

	it('never throws on arbitrary text (fuzz)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const r = importCsv(text, vocabulary, catalogue);
				if (r.ok) for (const row of r.rows) expect(row.errors.length > 0 || row.input.name.length > 0).toBe(true);
			}),
			{ numRuns: 500 },
		);
		fc.assert(
			fc.property(fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 9 }), { maxLength: 10 }), (rows) => {
				importCsv(rows.map((r) => r.join(';')).join('\r\n'), vocabulary, catalogue);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('JSON backup and applying an import', () => {
	it('round-trips with ids, merges and replaces', () => {
		const list = build([
			{ name: 'A', owner: 'Eva' },
			{ name: 'B', tier: '', scope: '' },
		]);
		const json = accountsToJson(list, NOW);
		expect(JSON.parse(json)).toMatchObject({ format: 'kam-accounts', version: 1 });
		const r = importJson(json, catalogue);
		if (!r.ok) throw new Error(r.problem);
		expect(applyImport([], r.rows, 'merge', newId, NOW).list).toEqual(list);
		const other = build([{ name: 'C' }]);
		const merged = applyImport(other, r.rows, 'merge', newId, NOW);
		expect([merged.list.map((a) => a.name), merged.added, merged.updated]).toEqual([['C', 'A', 'B'], 2, 0]);
		const again = applyImport(merged.list, r.rows, 'merge', newId, NOW);
		expect([again.list.length, again.updated]).toEqual([3, 2]);
		expect(applyImport(other, r.rows, 'replace', newId, NOW).list.map((a) => a.name)).toEqual(['A', 'B']);
	});

	it.each([
		['not JSON', '{', 'unreadable'],
		['another object', '{"a":1}', 'not-a-backup'],
		['a newer version', '{"format":"kam-accounts","version":2,"accounts":[]}', 'not-a-backup'],
		['no accounts', '[]', 'empty'],
	])('refuses %s', (_w, text, problem) => {
		expect(importJson(text, catalogue)).toMatchObject({ ok: false, problem });
	});

	it('reports per-entry errors and skips them', () => {
		const r = importJson('[{"name":"ok","tier":"key","scope":"global"},{"name":"","tier":"x"},7]', catalogue);
		if (!r.ok) throw new Error(r.problem);
		expect(r.rows.map((row) => row.errors)).toEqual([[], ['name-missing', 'tier-unknown'], ['name-missing']]);
		expect(applyImport([], r.rows, 'merge', newId, NOW)).toMatchObject({ added: 1, skipped: 2 });
	});

	it('never throws on arbitrary JSON (fuzz)', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				importJson(JSON.stringify(value), catalogue);
				importJson(JSON.stringify({ format: 'kam-accounts', version: 1, accounts: [value] }), catalogue);
			}),
			{ numRuns: 500 },
		);
	});
});
