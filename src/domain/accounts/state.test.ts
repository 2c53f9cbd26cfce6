import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '#tests/fixtures/questionnaire.ts';
import { accountInput, buildAccounts, CATALOGUE, NOW, VOCABULARY } from '#tests/fixtures/account-inputs.ts';
import { ACCOUNT_WARNING_RULES } from '#src/config/account-warnings.ts';
import {
	accountWarnings,
	addEntry,
	cellCounts,
	editEntry,
	heldHistory,
	heldInput,
	reclassify,
	removeEntry,
	type AccountInput,
} from './state.ts';
import { encodeAnswers } from '#src/domain/assessment/link.ts';
import { scoreAssessment, type Answers } from '#src/domain/assessment/scoring.ts';
import { MAX_ACCOUNTS, parseAccounts, parseStored, type SavedAccount } from './storage.ts';

// A questionnaire written for the tests, shaped like the playbook's (three gates, twelve statements, national and global).
const model = QUESTIONNAIRE;
const catalogue = CATALOGUE;
const input = accountInput;
const build = (inputs: Partial<AccountInput>[]) => buildAccounts(inputs);
const TODAY = '2026-06-15';

describe('add, edit, reclassify, remove', () => {
	it.each([
		['a key account', {}, []],
		['not a key account without scope', { tier: '', scope: '' }, []],
		['no name', { name: '  ' }, ['name-missing']],
		['unknown tier', { tier: 'gold' }, ['tier-unknown']],
		['unknown scope', { scope: 'mars' }, ['scope-unknown']],
		['key account without scope', { scope: '' }, ['scope-missing']],
		['broken assessment code', { answers: 'v1.zz' }, ['answers-invalid']],
		['a review date that is no date', { nextReview: '31.02.2027' }, ['review-invalid']],
		['ratings off the scale', { attractiveness: '6', strength: '0,5' }, ['attractiveness-invalid', 'strength-invalid']],
		['a rating with three decimals', { strength: '3.125' }, ['strength-invalid']],
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
		const edited = editEntry(list, list[1]!.id, input({ name: 'B2', owner: 'Jo' }), catalogue, TODAY);
		expect(edited.ok && edited.list[1]).toMatchObject({ name: 'B2', owner: 'Jo', id: list[1]!.id });
		const moved = reclassify(list, list[0]!.id, { tier: '', scope: '' }, catalogue, TODAY);
		expect(moved.ok && moved.list[0]).toMatchObject({ tier: null, scope: null, owner: 'Eva Meier' });
		expect(removeEntry(list, list[0]!.id).map((a) => a.name)).toEqual(['B']);
		expect(editEntry(list, 'nope', input(), catalogue, TODAY).ok).toBe(false);
		expect(parseAccounts(JSON.stringify(list))).toEqual(list);
	});

	it('keeps the next review date and the ratings in the forms people write them', () => {
		const [a] = build([{ nextReview: '1.3.2027', attractiveness: '3,7', strength: '4' }]);
		expect(a).toMatchObject({ nextReview: '2027-03-01', attractiveness: 3.7, strength: 4 });
		const [b] = build([{ nextReview: '', attractiveness: '', strength: '' }]);
		expect(b).not.toHaveProperty('nextReview');
		expect(b).not.toHaveProperty('attractiveness');
		expect(parseAccounts(JSON.stringify([a, b]))).toEqual([a, b]);
	});

	it('records every change of tier with its date and reason, and none for other edits', () => {
		let list = build([{ name: 'A', tier: 'key' }]);
		const id = list[0]!.id;
		const step = (over: Partial<AccountInput>, today: string) => {
			const r = editEntry(list, id, input({ name: 'A', ...over }), catalogue, today);
			if (!r.ok) throw new Error(r.errors.join());
			list = r.list;
		};
		step({ tier: 'key', owner: 'Eva', reason: 'ignored: the tier stays' }, '2026-02-01');
		expect(list[0]!.history).toBeUndefined();
		step({ tier: 'strategic', reason: '  joint  development signed ' }, '2026-03-01');
		step({ tier: 'strategic', scope: 'global' }, '2026-04-01');
		const moved = reclassify(list, id, { tier: '', scope: '' }, catalogue, '2026-05-01');
		expect(moved.ok && moved.list[0]!.history).toEqual([
			{ from: 'key', to: 'strategic', date: '2026-03-01', reason: 'joint development signed' },
			{ from: 'strategic', to: null, date: '2026-05-01' },
		]);
		expect(parseAccounts(JSON.stringify(moved.list))).toEqual(moved.list);
	});

	it('keeps the readable history of a held entry when it is repaired', () => {
		const raw = {
			name: 'x'.repeat(200),
			tier: 'key',
			scope: 'national',
			answers: '',
			assessedAt: NOW,
			history: [{ from: 'Smart Key Account', to: 'key', date: '1.2.2026' }],
		};
		const read = parseStored(JSON.stringify([raw]), VOCABULARY);
		const held = read.ok ? read.state.held[0]! : undefined;
		expect(held?.problems).toEqual(['name']);
		expect(heldHistory(held!, VOCABULARY)).toEqual([{ from: 'smart', to: 'key', date: '2026-02-01' }]);
		expect(heldHistory({ ...held!, raw: { history: 'garbled' } }, VOCABULARY)).toEqual([]);
	});

	it('refuses a new account with a full list, and adds none beyond it', () => {
		const full = Array.from({ length: MAX_ACCOUNTS }, (_, i) => ({ ...build([{}])[0]!, id: `f${i}` }));
		expect(addEntry(full, input(), catalogue, 'new', NOW)).toMatchObject({ ok: false, errors: ['full'] });
		expect(addEntry(full.slice(1), input(), catalogue, 'new', NOW).ok).toBe(true);
	});

	it('fills the form with what can be read of a held entry', () => {
		const read = parseStored(
			JSON.stringify([{ id: 'h', name: ' Acme  Ltd ', tier: 'Key Account', scope: 'Global', notes: 'x'.repeat(600) }]),
		);
		if (!read.ok) throw new Error('unreadable');
		const names = { tiers: { key: ['Key Account'] }, scopes: { global: ['Global'] }, notKey: [] };
		expect(heldInput(read.state.held[0]!, names)).toMatchObject({ name: 'Acme Ltd', tier: 'key', scope: 'global', notes: 'x'.repeat(500) });
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
	const kinds = (list: SavedAccount[]) => accountWarnings(list, ACCOUNT_WARNING_RULES, model, TODAY).map((w) => w.kind);
	it.each([
		['35 key accounts', 35, 0],
		['36 key accounts', 36, 1],
	])('%s', (_w, count, warnings) => {
		expect(kinds(build(Array.from({ length: count }, () => ({})))).filter((k) => k === 'total').length).toBe(warnings);
	});

	it('owner with more accounts than the limit, case-insensitive; not-key accounts do not count', () => {
		const atLimit = Array.from({ length: ACCOUNT_WARNING_RULES.maxPerOwner }, () => ({ owner: 'Eva' }));
		expect(kinds(build([...atLimit, { owner: 'Eva', tier: '', scope: '' }]))).toEqual([]);
		const w = accountWarnings(build([...atLimit, { owner: 'eva' }]), ACCOUNT_WARNING_RULES, model, TODAY);
		expect(w).toMatchObject([{ kind: 'owner', owner: 'Eva', count: ACCOUNT_WARNING_RULES.maxPerOwner + 1 }]);
	});

	it('reviews whose date has come, earliest first; a review later than today is no warning', () => {
		const list = build([
			{ name: 'Later', nextReview: '2026-06-16' },
			{ name: 'Today', nextReview: TODAY },
			{ name: 'Overdue', nextReview: '2026-01-31' },
			{ name: 'None' },
		]);
		const w = accountWarnings(list, ACCOUNT_WARNING_RULES, model, TODAY);
		expect(w).toEqual([{ kind: 'review', ids: [list[2]!.id, list[1]!.id], dates: ['2026-01-31', TODAY] }]);
	});

	it('a change of tier is pointed out for tierChangeDays, latest first', () => {
		const days = ACCOUNT_WARNING_RULES.tierChangeDays;
		const daysAgo = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
		const list = build([{ name: 'Old' }, { name: 'Recent' }, { name: 'Newest' }]).map((a, i) => ({
			...a,
			history: [{ from: 'smart', to: 'key', date: daysAgo([days, days - 1, 0][i]!) }],
		}));
		const w = accountWarnings(list, ACCOUNT_WARNING_RULES, model, TODAY).filter((x) => x.kind === 'changed');
		expect(w.map((x) => x.ids[0])).toEqual([list[2]!.id, list[1]!.id]);
		expect(w[0]).toMatchObject({ change: { from: 'smart', to: 'key', date: TODAY } });
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
		expect(accountWarnings(build([{ tier: wrong, scope, answers, sponsor }]), ACCOUNT_WARNING_RULES, model, TODAY)).toMatchObject([
			{ kind: 'contradiction', assessedTier: assessed },
		]);
	});

	it('the profiles cover every tier and "not a key account"', () => {
		expect(profiles.map(([, a]) => scoreAssessment(model, a).tier)).toEqual(['strategic', 'key', 'smart', null]);
	});
});
