import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAccount, isSavedAccount, MAX_ACCOUNTS, newAccountId, parseAccounts, type SavedAccount } from './storage.ts';

const account = (over: Partial<SavedAccount> = {}): SavedAccount => ({
	id: 'a1b2c3',
	name: 'Acme Medical',
	tier: 'strategic',
	scope: 'global',
	answers: 'v2.1k3x9qz.yyy.554432211111.global.3.Acme%20Medical',
	assessedAt: '2025-03-14T09:30:00.000Z',
	...over,
});

describe('stored accounts', () => {
	it('reads back what was stored', () => {
		const list = [account(), account({ id: 'x', tier: null, scope: null, name: '', answers: 'v2.1k3x9qz.n--.------------...' })];
		expect(parseAccounts(JSON.stringify(list))).toEqual(list);
	});

	it.each([
		['no stored value', null],
		['not JSON', '{oops'],
		['not a list', '{"id":"a"}'],
		['a number', '42'],
	])('reads %s as an empty list', (_what, text) => {
		expect(parseAccounts(text)).toEqual([]);
	});

	it.each([
		['markup as tier', { tier: '<script>' }],
		['an id with spaces', { id: 'a b' }],
		['a name with a line break', { name: 'Acme\nGmbH' }],
		['a name over 80 characters', { name: 'x'.repeat(81) }],
		['a missing date', { assessedAt: undefined }],
		['a date that is not ISO 8601', { assessedAt: 'yesterday' }],
		['answers that are not text', { answers: 5 }],
	])('drops an entry with %s and keeps the others', (_what, bad) => {
		const text = JSON.stringify([account({ id: 'good' }), { ...account(), ...bad }]);
		expect(parseAccounts(text).map((a) => a.id)).toEqual(['good']);
	});

	it('drops unknown fields and keeps at most the newest 5,000 entries', () => {
		const many = Array.from({ length: MAX_ACCOUNTS + 3 }, (_, i) => ({ ...account({ id: `id${i}`, answers: `code${i}` }), extra: 'x' }));
		const parsed = parseAccounts(JSON.stringify(many));
		expect(parsed).toHaveLength(MAX_ACCOUNTS);
		expect(parsed[0]!.id).toBe('id3');
		expect(Object.keys(parsed[0]!)).not.toContain('extra');
	});

	it('never throws and returns only valid entries, whatever is stored', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify([v, account()])),
				),
				(text) => {
					expect(parseAccounts(text).every(isSavedAccount)).toBe(true);
				},
			),
		);
	});
});

describe('adding an account', () => {
	it('appends a new one', () => {
		const { list, outcome } = addAccount([account()], account({ id: 'b', answers: 'other' }));
		expect(outcome).toBe('added');
		expect(list.map((a) => a.id)).toEqual(['a1b2c3', 'b']);
	});

	it('does not store the same answers twice', () => {
		const before = [account()];
		const { list, outcome } = addAccount(before, account({ id: 'b' }));
		expect(outcome).toBe('duplicate');
		expect(list).toEqual(before);
	});

	it('refuses when the list is full', () => {
		const full = Array.from({ length: MAX_ACCOUNTS }, (_, i) => account({ id: `id${i}`, answers: `c${i}` }));
		expect(addAccount(full, account({ id: 'new', answers: 'new' })).outcome).toBe('full');
	});

	it('makes ids that a stored entry accepts', () => {
		const id = newAccountId();
		expect(id).toMatch(/^[a-z0-9]{12}$/);
		expect(isSavedAccount(account({ id }))).toBe(true);
		expect(newAccountId()).not.toBe(id);
	});
});

describe('fields added by the accounts workspace', () => {
	it('keeps clean optional fields and entries without them', () => {
		const full = account({ owner: 'Eva Meier', revenue: '2.4 M€', notes: 'Renewal in May', sponsor: true, answers: '' });
		expect(parseAccounts(JSON.stringify([full, account({ id: 'b' })]))).toEqual([full, account({ id: 'b' })]);
	});

	it.each([
		['an owner with a line break', { owner: 'Eva\nMeier' }],
		['a number as revenue', { revenue: 42 }],
		['notes longer than 500 characters', { notes: 'x'.repeat(501) }],
		['an empty owner', { owner: '' }],
		['a sponsor that is not true', { sponsor: 'yes' }],
	])('drops %s but keeps the entry', (_what, extra) => {
		expect(parseAccounts(JSON.stringify([{ ...account(), ...extra }]))).toEqual([account()]);
	});
});
