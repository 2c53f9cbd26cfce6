import { describe, expect, it } from 'vitest';
import type { ApprovalStep } from '#src/schemas/service-exceptions.ts';
import { approvalBands, approverFor, formatMoney, formatPercent } from './service-exceptions.ts';

const step = (id: string, perCase?: number) => ({ id, perCase }) as ApprovalStep;
const route = [step('kam', 1000), step('head', 5000), step('sales', 25000), step('board')];

describe('the approval route', () => {
	it('gives each step the band above the step before', () => {
		expect(approvalBands(route).map((b) => [b.step.id, b.above, b.upTo])).toEqual([
			['kam', undefined, 1000],
			['head', 1000, 5000],
			['sales', 5000, 25000],
			['board', 25000, undefined],
		]);
	});
	it.each([
		[1, 'kam'],
		[1000, 'kam'],
		[1001, 'head'],
		[25000, 'sales'],
		[25001, 'board'],
		[10_000_000, 'board'],
	])('an exception worth %i is decided by %s', (value, id) => {
		expect(approverFor(route, value)?.id).toBe(id);
	});
});

describe('amounts and shares', () => {
	it('writes money and percentages as each language does', () => {
		expect(formatMoney(25000, 'EUR', 'de').replace(/\s/g, ' ')).toBe('25.000 €');
		expect(formatMoney(25000, 'EUR', 'en')).toBe('€25,000');
		expect(formatPercent(0.5, 'de').replace(/\s/g, ' ')).toBe('0,5 %');
		expect(formatPercent(1, 'en')).toBe('1%');
	});
});
