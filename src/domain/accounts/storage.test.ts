import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '#src/domain/assessment/link.ts';
import {
	cleanQuick,
	emptyState,
	MAX_ACCOUNTS,
	mergeStates,
	newAccountId,
	normaliseTimestamp,
	parseAccounts,
	parseStored,
	revert,
	serialiseAccounts,
	stampChanges,
	type AccountsState,
	type Names,
	type SavedAccount,
} from './storage.ts';

const account = (over: Partial<SavedAccount> = {}): SavedAccount => ({
	id: 'a1b2c3',
	name: 'Acme Medical',
	tier: 'strategic',
	scope: 'global',
	answers: 'v2.1k3x9qz.yyy.554432211111.global.3.Acme%20Medical',
	assessedAt: '2025-03-14T09:30:00.000Z',
	...over,
});
const names: Names = {
	tiers: { strategic: ['Strategic Key Account'], key: ['Key Account'], smart: ['Smart Key Account'] },
	scopes: { national: ['National'], global: ['Global'] },
	notKey: ['Not a key account', 'Kein Key Account'],
};
const read = (value: unknown, withNames?: Names) => {
	const r = parseStored(JSON.stringify(value), withNames);
	if (!r.ok) throw new Error('unreadable');
	return r.state;
};
const state = (accounts: SavedAccount[], removed: Record<string, string> = {}): AccountsState => ({
	...emptyState(),
	accounts,
	removed,
});

describe('reading the stored list', () => {
	it('reads back what older versions stored, unchanged', () => {
		const list = [
			account(),
			account({ id: 'x', tier: null, scope: null, name: '', answers: 'v2.1k3x9qz.n--.------------...' }),
			account({ id: 'w', owner: 'Eva Meier', revenue: '2.4 M€', notes: 'Renewal in May', sponsor: true, answers: '' }),
		];
		expect(parseAccounts(JSON.stringify(list))).toEqual(list);
		expect(read(list)).toMatchObject({ held: [], repaired: 0 });
	});

	it('reads no stored value as an empty list', () => {
		expect(parseStored(null)).toEqual({ ok: true, state: emptyState() });
	});

	it.each([
		[
			'a missing closing bracket',
			'[{"id":"a1","name":"Acme","tier":"key","scope":"global","answers":"","assessedAt":"2024-01-01T00:00:00.000Z"}',
		],
		['not JSON', '{oops'],
		['an object instead of a list', '{"id":"a"}'],
		['a number', '42'],
	])('calls text with %s unreadable instead of reading it as an empty list', (_what, text) => {
		expect(parseStored(text)).toEqual({ ok: false });
	});

	it.each([
		['a double space in the name', { name: 'Acme  GmbH' }, { name: 'Acme GmbH' }],
		['a leading space in the name', { name: ' Acme' }, { name: 'Acme' }],
		['a timestamp with an offset', { assessedAt: '2024-01-01T10:00:00+01:00' }, { assessedAt: '2024-01-01T09:00:00.000Z' }],
		['a timestamp with seven digits', { assessedAt: '2024-01-01T00:00:00.1234567Z' }, { assessedAt: '2024-01-01T00:00:00.123Z' }],
		['a tier written as its name', { tier: 'Key Account' }, { tier: 'key' }],
		['a scope written as its name', { scope: 'global ' }, { scope: 'global' }],
		['"not a key account" as the tier', { tier: 'Kein Key Account', scope: null }, { tier: null }],
		['an owner with a line break', { owner: 'Eva\nMeier' }, { owner: 'Eva Meier' }],
		['revenue as a number', { revenue: 42 }, { revenue: '42' }],
		['no answers', { answers: undefined }, { answers: '' }],
		['a review date written the German way', { nextReview: '1.3.2027' }, { nextReview: '2027-03-01' }],
		['a rating as text with a decimal comma', { attractiveness: '3,5' }, { attractiveness: 3.5 }],
		[
			'a history with tier names, out of order',
			{
				history: [
					{ from: 'Key Account', to: 'Strategic Key Account', date: '2026-05-01' },
					{ from: 'smart', to: 'key', date: '2025-01-01' },
				],
			},
			{
				history: [
					{ from: 'smart', to: 'key', date: '2025-01-01' },
					{ from: 'key', to: 'strategic', date: '2026-05-01' },
				],
			},
		],
	])('repairs an entry with %s and keeps it', (_what, bad, repaired) => {
		const got = read([account({ id: 'good' }), { ...account(), ...bad }], names);
		expect(got.accounts).toEqual([account({ id: 'good' }), expect.objectContaining({ ...repaired, id: 'a1b2c3' })]);
		expect(got.repaired).toBe(1);
	});

	it('gives an over-long or odd id one of its own, the same in every tab', () => {
		const long = 'x'.repeat(41);
		const first = read([account({ id: long })]).accounts[0]!;
		expect(first.id).toMatch(/^r[a-z0-9]{2,26}$/);
		expect(read([account({ id: long })]).accounts[0]!.id).toBe(first.id);
		expect(read([account({ id: 'a b' })]).accounts[0]!.id).not.toBe(first.id);
	});

	it.each([
		['a name over 80 characters', { name: 'x'.repeat(81) }, ['name']],
		['notes over 500 characters', { notes: 'x'.repeat(501) }, ['notes']],
		['an unknown tier name', { tier: 'Gold Partner' }, ['tier']],
		['a date that is not a date', { assessedAt: 'yesterday' }, ['assessedAt']],
		['a missing date', { assessedAt: undefined }, ['assessedAt']],
		['answers that are not text', { answers: 5 }, ['answers']],
		['a sponsor that is neither yes nor no', { sponsor: 'maybe' }, ['sponsor']],
	])('holds an entry with %s, unchanged, and writes it back as it was', (_what, bad, problems) => {
		const entry = JSON.parse(JSON.stringify({ ...account({ id: 'held' }), ...bad }));
		const got = read([account(), entry], names);
		expect(got.accounts.map((a) => a.id)).toEqual(['a1b2c3']);
		expect(got.held).toMatchObject([{ raw: entry, problems }]);
		expect(JSON.parse(serialiseAccounts(got))).toEqual([account(), entry]);
	});

	it('keeps the review date, the ratings and the history, and holds an entry whose new fields are unreadable', () => {
		const full = account({
			nextReview: '2027-03-01',
			attractiveness: 4.2,
			strength: 2,
			history: [{ from: 'key', to: 'strategic', date: '2026-05-01', reason: 'Joint development' }],
		});
		expect(read([full])).toEqual({ ...emptyState(), accounts: [full] });
		const broken = [
			{ ...account({ id: 'r1' }), nextReview: 'soon' },
			{ ...account({ id: 'r2' }), attractiveness: 7, strength: 'high' },
			{ ...account({ id: 'r3' }), history: [{ from: 'key', to: 'Gold Tier!', date: '2026-05-01' }] },
		];
		expect(read(broken, names).held.map((h) => h.problems)).toEqual([['nextReview'], ['attractiveness', 'strength'], ['history']]);
	});

	it('holds entries that are no account at all', () => {
		const got = read([7, null, 'text', [1]]);
		expect(got.held.map((h) => h.raw)).toEqual([7, null, 'text', [1]]);
		expect(new Set(got.held.map((h) => h.key)).size).toBe(4);
	});

	it('keeps two different entries under one id, and one of two identical ones', () => {
		const got = read([account(), account({ name: 'Other' }), account()]);
		expect(got.accounts.map((a) => a.name)).toEqual(['Acme Medical', 'Other']);
		expect(got.accounts[1]!.id).not.toBe('a1b2c3');
	});

	it('keeps every entry above the limit: nothing is evicted', () => {
		const many = Array.from({ length: MAX_ACCOUNTS + 3 }, (_, i) => account({ id: `id${i}`, answers: `code${i}` }));
		const got = read(many);
		expect(got.accounts).toHaveLength(MAX_ACCOUNTS + 3);
		expect(got.accounts[0]!.id).toBe('id0');
	});

	it('never throws, and what it writes reads back the same', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify([v, account()])),
					fc
						.array(fc.record({ id: fc.string(), name: fc.string(), tier: fc.constantFrom('key', 'Key Account', null, 5) }))
						.map((v) => JSON.stringify(v.map((e) => ({ ...account(), ...e })))),
				),
				(text) => {
					const first = parseStored(text, names);
					if (!first.ok) return;
					const again = parseStored(serialiseAccounts(first.state), names);
					expect(again.ok && again.state.accounts).toEqual(first.state.accounts);
					expect(again.ok && again.state.held.map((h) => h.key)).toEqual(first.state.held.map((h) => h.key));
					expect(again.ok && again.state.repaired).toBe(0);
				},
			),
		);
	});
});

describe('cleaning text quickly', () => {
	it('cleans exactly as cleanText does', () => {
		const tricky = fc.array(fc.constantFrom(' ', 'a', '\u00a0', '\t', '\ud800', '\udc00', '\u202e', 'ä', '\u0085', '😀'), {
			maxLength: 12,
		});
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 30 }),
					tricky.map((a) => a.join('')),
				),
				fc.integer({ min: 1, max: 40 }),
				(text, max) => {
					expect(cleanQuick(text, max)).toBe(cleanText(text, max));
				},
			),
			{ numRuns: 2000 },
		);
	});
});

describe('timestamps', () => {
	it.each([
		['2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'],
		['2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z'],
		['2024-01-01T00:00Z', '2024-01-01T00:00:00.000Z'],
		['2024-01-01', '2024-01-01T00:00:00.000Z'],
		['2024-01-01 12:30:00', '2024-01-01T12:30:00.000Z'],
		['2024-06-30T23:30:00-02:00', '2024-07-01T01:30:00.000Z'],
		['2024-01-01T00:00:00.9999999+0000', '2024-01-01T00:00:00.999Z'],
	])('reads %s', (text, iso) => {
		expect(normaliseTimestamp(text)).toBe(iso);
	});

	it.each(['2024-02-30', '2024-13-01T00:00:00Z', '24-01-01', 'yesterday', '2024-01-01T25:00:00Z', '2024-01-01T00:00:00+15:00', 42])(
		'refuses %s',
		(text) => {
			expect(normaliseTimestamp(text)).toBeUndefined();
		},
	);
});

describe('merging two tabs', () => {
	const a = account({ id: 'a', name: 'A' });
	const b = account({ id: 'b', name: 'B' });
	const later = (x: SavedAccount, name: string, at: string) => ({ ...x, name, changedAt: at });

	it('keeps the accounts either tab added, in one order', () => {
		const one = mergeStates(state([a]), state([b]));
		const other = mergeStates(state([b]), state([a]));
		expect(one.accounts.map((x) => x.id)).toEqual(['b', 'a']);
		expect(mergeStates(state([a, b]), one).accounts.map((x) => x.id)).toEqual(['b', 'a']);
		expect(new Set(other.accounts)).toEqual(new Set(one.accounts));
	});

	it('keeps the later change of an account, whichever side has it', () => {
		const newer = later(a, 'A new', '2026-02-01T00:00:00.000Z');
		expect(mergeStates(state([a]), state([newer])).accounts).toEqual([newer]);
		expect(mergeStates(state([newer]), state([a])).accounts).toEqual([newer]);
	});

	it('leaves out what was removed after its last change, and brings back what changed after its removal', () => {
		const removed = { a: '2026-01-01T00:00:00.000Z' };
		expect(mergeStates(state([a, b]), state([b], removed)).accounts).toEqual([b]);
		const revived = later(a, 'A again', '2026-03-01T00:00:00.000Z');
		expect(mergeStates(state([revived, b]), state([b], removed)).accounts).toEqual([b, revived]);
	});

	it('stamps new and changed accounts and marks removed ones', () => {
		const before = state([a, b]);
		const edited = { ...b, name: 'B2' };
		const next = stampChanges(before, state([edited, account({ id: 'c' })]), Date.parse('2026-05-01T00:00:00.000Z'));
		expect(next.accounts.map((x) => [x.id, x.changedAt])).toEqual([
			['b', '2026-05-01T00:00:00.000Z'],
			['c', '2026-05-01T00:00:00.000Z'],
		]);
		expect(next.removed).toEqual({ a: '2026-05-01T00:00:00.000Z' });
		// Unchanged accounts keep their object and their time.
		expect(stampChanges(before, state([a, { ...b }]), 0).accounts[0]).toBe(a);
	});
});

describe('undoing a replace or a delete', () => {
	const a = account({ id: 'a', name: 'A' });
	const b = account({ id: 'b', name: 'B' });
	const imported = account({ id: 'i', name: 'Imported' });

	it('brings back what the change removed and takes out what it added', () => {
		const before = state([a, b]);
		const after = state([imported, { ...b, name: 'B from file' }]);
		expect(revert(before, after, after).accounts.map((x) => x.name)).toEqual(['B', 'A']);
	});

	it('leaves alone what changed since, in this tab or another', () => {
		const before = state([a]);
		const after = state([imported]);
		const since = state([{ ...imported, name: 'Imported, then edited' }, account({ id: 'n', name: 'New elsewhere' })]);
		expect(revert(before, after, since).accounts.map((x) => x.name)).toEqual(['Imported, then edited', 'New elsewhere', 'A']);
	});

	it('brings back held entries that a delete removed', () => {
		const held = read([7]).held;
		const before = { ...state([a]), held };
		expect(revert(before, state([]), state([])).held).toEqual(held);
	});
});

describe('new ids', () => {
	it('makes ids that a stored entry accepts', () => {
		const id = newAccountId();
		expect(id).toMatch(/^[a-z0-9]{12}$/);
		expect(read([account({ id })]).accounts[0]!.id).toBe(id);
		expect(newAccountId()).not.toBe(id);
	});
});
