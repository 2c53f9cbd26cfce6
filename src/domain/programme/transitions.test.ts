import { describe, expect, it } from 'vitest';
import type { PlanSection } from '#src/schemas/plan-sections.ts';
import type { ServiceLevel } from '#src/schemas/services.ts';
import { EXIT } from '#src/schemas/transitions.ts';
import { planChanges, serviceChanges, transitionsForDepartment, transitionsOfTier } from './transitions.ts';

const service = (id: string, strategic: ServiceLevel, key: ServiceLevel, smart: ServiceLevel) => ({
	id,
	levels: { strategic: { level: strategic }, key: { level: key }, smart: { level: smart } },
});
const catalogue = [
	service('hotline', 'included', 'included', 'not-offered'),
	service('vmi', 'included', 'chargeable', 'chargeable'),
	service('tender', 'on-request', 'included', 'included'),
	service('sponsor', 'included', 'on-request', 'not-offered'),
	service('edi', 'included', 'included', 'included'),
	service('workshop', 'included', 'not-offered', 'not-offered'),
];
const ids = (changes: { service: { id: string }; kind: string }[]) => changes.map((c) => `${c.service.id}:${c.kind}`);

describe('serviceChanges', () => {
	it('lists what starts and what changes when a Smart account becomes a Key Account, in catalogue order', () => {
		expect(ids(serviceChanges(catalogue, ['smart'], 'key'))).toEqual(['hotline:starts', 'sponsor:starts']);
	});
	it('lists what ends when a Key Account becomes a Smart account', () => {
		const changes = serviceChanges(catalogue, ['key'], 'smart');
		expect(ids(changes)).toEqual(['hotline:ends', 'sponsor:ends']);
		expect(changes[0]).toMatchObject({ from: { key: 'included' }, to: 'not-offered' });
	});
	it('calls a move between two offered levels a change', () => {
		expect(ids(serviceChanges(catalogue, ['strategic'], 'key'))).toEqual([
			'vmi:changes',
			'tender:changes',
			'sponsor:changes',
			'workshop:ends',
		]);
	});
	it('ends every service any of the tiers is offered when the account leaves the programme', () => {
		const changes = serviceChanges(catalogue, ['key', 'smart'], EXIT);
		expect(ids(changes)).toEqual(['hotline:ends', 'vmi:ends', 'tender:ends', 'sponsor:ends', 'edi:ends']);
		expect(changes.every((c) => c.to === undefined)).toBe(true);
		expect(changes[0]!.from).toEqual({ key: 'included', smart: 'not-offered' });
	});
	it('follows the catalogue: a new service appears in every move it affects', () => {
		const grown = [...catalogue, service('training', 'included', 'chargeable', 'not-offered')];
		expect(ids(serviceChanges(grown, ['smart'], 'key'))).toContain('training:starts');
		expect(ids(serviceChanges(grown, ['strategic'], 'key'))).toContain('training:changes');
	});
});

const section = (id: string, order: number, strategic: string, key: string, smart: string) =>
	({ id, order, depth: { strategic, key, smart } }) as unknown as PlanSection;

describe('planChanges', () => {
	const sections = [
		section('summary', 1, 'full', 'full', 'short'),
		section('relationships', 2, 'full', 'short', 'omitted'),
		section('tenders', 3, 'omitted', 'short', 'full'),
		section('budget', 4, 'full', 'full', 'full'),
	];
	it('names the sections a Smart plan gains, deepens and shortens on the way to Key Account', () => {
		const changes = planChanges(sections, 'smart', 'key');
		expect(changes.added.map((s) => s.id)).toEqual(['relationships']);
		expect(changes.deepened.map((s) => s.id)).toEqual(['summary']);
		expect(changes.shortened.map((s) => s.id)).toEqual(['tenders']);
		expect(changes.dropped).toEqual([]);
	});
	it('names the sections dropped on the way down, and nothing for the same tier', () => {
		expect(planChanges(sections, 'key', 'smart').dropped.map((s) => s.id)).toEqual(['relationships']);
		expect(planChanges(sections, 'key', 'key')).toEqual({ added: [], dropped: [], deepened: [], shortened: [] });
	});
});

describe('transitionsOfTier and transitionsForDepartment', () => {
	const moves = [
		{ id: 'a', from: ['smart'], to: 'key', departments: [{ department: 'logistics', action: 'x' }] },
		{ id: 'b', from: ['key'], to: 'smart', departments: [{ department: 'finance', action: 'y' }] },
		{ id: 'c', from: ['strategic', 'key', 'smart'], to: EXIT, departments: [{ department: 'logistics', action: 'z' }] },
	];
	it('splits the moves into those leaving a tier and those arriving', () => {
		const { leaving, arriving } = transitionsOfTier(moves, 'key');
		expect(leaving.map((t) => t.id)).toEqual(['b', 'c']);
		expect(arriving.map((t) => t.id)).toEqual(['a']);
	});
	it('finds the moves that tell a department, with its action', () => {
		expect(transitionsForDepartment(moves, 'logistics').map((m) => [m.transition.id, m.action])).toEqual([
			['a', 'x'],
			['c', 'z'],
		]);
		expect(transitionsForDepartment(moves, 'quality')).toEqual([]);
	});
});
