import { describe, expect, it } from 'vitest';
import { translator } from '#src/lib/format.ts';
import type { ServiceValues } from '#src/schemas/service-values.ts';
import { valuesFor, withValueColumns } from './service-values.ts';

const text = translator<string>({
	'kam.serviceValues.within.hours': 'within {{count}} hours',
	'kam.serviceValues.within.hours.one': 'within 1 hour',
	'kam.serviceValues.within.business-days': 'within {{count}} business days',
	'kam.serviceValues.within.business-days.one': 'within 1 business day',
	'kam.serviceValues.within.minutes': 'within {{count}} minutes',
	'kam.serviceValues.within.minutes.one': 'within 1 minute',
	'kam.serviceValues.hours': '{{days}} {{from}}–{{to}}',
	'kam.serviceValues.aroundTheClock': 'around the clock',
	'kam.serviceValues.days.mon-fri': 'Mon–Fri',
	'kam.serviceValues.days.mon-sat': 'Mon–Sat',
	'kam.serviceValues.days.every-day': 'every day',
	'kam.programme.rhythm.monthly': 'Monthly',
	'kam.programme.rhythm.quarterly': 'Quarterly',
	'kam.serviceValues.csvColumn': '{{tier}}: service values',
});
const l = (en: string) => ({ de: en, en });

const hotline: ServiceValues = {
	id: 'hotline',
	values: [
		{
			measure: 'hotline-hours',
			label: l('Hotline staffed'),
			tiers: { strategic: { days: 'every-day', from: '00:00', to: '24:00' }, key: { days: 'mon-fri', from: '07:00', to: '18:00' } },
		},
		{
			measure: 'response-time',
			label: l('Call-back'),
			tiers: { strategic: { within: 30, unit: 'minutes' }, key: { within: 1, unit: 'hours' } },
		},
	],
};
const report: ServiceValues = {
	id: 'report',
	values: [
		{ measure: 'report-frequency', label: l('Delivery report'), tiers: { key: { every: 'quarterly' }, smart: { every: 'monthly' } } },
	],
};

describe('valuesFor', () => {
	it('writes each value of a tier in words, in the data order', () => {
		expect(valuesFor(hotline, 'key', 'en', text)).toEqual([
			{ label: 'Hotline staffed', value: 'Mon–Fri 07:00–18:00' },
			{ label: 'Call-back', value: 'within 1 hour' },
		]);
		expect(valuesFor(hotline, 'strategic', 'en', text)).toEqual([
			{ label: 'Hotline staffed', value: 'around the clock' },
			{ label: 'Call-back', value: 'within 30 minutes' },
		]);
	});
	it('leaves out a tier without a value, and a service without values', () => {
		expect(valuesFor(hotline, 'smart', 'en', text)).toEqual([]);
		expect(valuesFor(undefined, 'key', 'en', text)).toEqual([]);
		expect(valuesFor(report, 'smart', 'en', text)).toEqual([{ label: 'Delivery report', value: 'Monthly' }]);
	});
});

describe('withValueColumns', () => {
	it('adds one column per tier, matched to each row by the service id in its first cell', () => {
		const rows = [
			['ID', 'Service'],
			['report', 'Delivery reporting'],
			['training', 'Training'],
			['hotline', 'Hotline'],
		];
		const tiers = [
			{ id: 'key', name: l('Key Account') },
			{ id: 'smart', name: l('Smart Key Account') },
		];
		expect(withValueColumns(rows, new Map([report, hotline].map((v) => [v.id, v])), tiers, 'en', text)).toEqual([
			['ID', 'Service', 'Key Account: service values', 'Smart Key Account: service values'],
			['report', 'Delivery reporting', 'Delivery report: Quarterly', 'Delivery report: Monthly'],
			['training', 'Training', '', ''],
			['hotline', 'Hotline', 'Hotline staffed: Mon–Fri 07:00–18:00; Call-back: within 1 hour', ''],
		]);
	});
});
