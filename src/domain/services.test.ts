import { describe, expect, it } from 'vitest';
import type { Department } from '#src/schemas/departments.ts';
import type { Service } from '#src/schemas/services.ts';
import type { Tier } from '#src/schemas/tiers.ts';
import { catalogueByDepartment, csvLabelsFrom, levelOf, serviceCsvRows, servicesByLevel } from './services.ts';

const text = (de: string, en = de) => ({ de, en });
const department = (id: string, order: number, de: string, en: string) =>
	({ id, order, name: text(de, en), summary: text('Zusammenfassung', 'Summary'), questions: [text('Frage?', 'Question?')] }) as Department;
const service = (id: string, dept: string, de: string, en: string, levels: Service['levels']) =>
	({ id, department: dept, name: text(de, en), description: text(`Beschreibung ${de}`, `Description ${en}`), levels }) as Service;
const tier = (id: string, order: number, name: string) => ({ id, order, name: text(name) }) as unknown as Tier;

const departments = [department('logistics', 2, 'Logistik', 'Logistics'), department('finance', 1, 'Finanzen', 'Finance')];
const tiers = [tier('smart', 3, 'Smart Key Account'), tier('strategic', 1, 'Strategic Key Account'), tier('key', 2, 'Key Account')];
const services = [
	service('vmi', 'logistics', 'VMI und Konsignationslager', 'VMI and consignment stock', {
		strategic: { level: 'included' },
		key: { level: 'chargeable', condition: text('Gegen Handling-Gebühr', 'Against a handling fee') },
		smart: { level: 'not-offered' },
	}),
	service('express', 'logistics', 'Eil- und Sonderlieferungen', 'Express and special deliveries', {
		strategic: { level: 'included' },
		key: { level: 'chargeable', condition: text('Zum Selbstkostenpreis', 'At cost') },
		smart: { level: 'chargeable', condition: text('Zu Kosten plus Zuschlag', 'At cost plus a surcharge') },
	}),
	service('tco', 'finance', 'TCO-Studie', 'TCO study', {
		strategic: { level: 'included' },
		key: { level: 'on-request', condition: text('Gegen Rahmenvertrag', 'Against a frame contract') },
		smart: { level: 'not-offered' },
	}),
];

describe('catalogueByDepartment', () => {
	it('orders departments by their order and services by name in the page language', () => {
		const de = catalogueByDepartment(departments, services, 'de');
		expect(de.map((d) => d.department.id)).toEqual(['finance', 'logistics']);
		expect(de[1]!.services.map((s) => s.id)).toEqual(['express', 'vmi']);
		const en = catalogueByDepartment(departments, services, 'en');
		expect(en[1]!.services.map((s) => s.id)).toEqual(['express', 'vmi']);
	});

	it('keeps a department without services, with an empty list', () => {
		const result = catalogueByDepartment([...departments, department('marketing', 3, 'Marketing', 'Marketing')], services, 'en');
		expect(result.at(-1)).toMatchObject({ department: { id: 'marketing' }, services: [] });
	});
});

describe('servicesByLevel', () => {
	it('groups one tier’s services from included to not offered and leaves out empty levels', () => {
		const groups = servicesByLevel(services, 'key').map((g) => [g.level, g.services.map((s) => s.id)]);
		expect(groups).toEqual([
			['chargeable', ['vmi', 'express']],
			['on-request', ['tco']],
		]);
		expect(servicesByLevel(services, 'smart').map((g) => g.level)).toEqual(['chargeable', 'not-offered']);
	});

	it('refuses a tier the service has no level for', () => {
		expect(() => levelOf(services[0]!, 'platinum')).toThrow('service "vmi" has no level for tier "platinum"');
	});
});

describe('serviceCsvRows', () => {
	const labels = csvLabelsFrom({
		'kam.services.csv.id': 'ID',
		'kam.services.csv.department': 'Department',
		'kam.services.csv.service': 'Service',
		'kam.services.csv.description': 'Description',
		'kam.services.csv.level': '{{tier}}: level',
		'kam.services.csv.condition': '{{tier}}: condition',
		'kam.services.level.included': 'Included',
		'kam.services.level.chargeable': 'Chargeable',
		'kam.services.level.on-request': 'On request',
		'kam.services.level.not-offered': 'Not offered',
	});

	it('writes a header with two columns per tier in tier order, then one row per service', () => {
		const rows = serviceCsvRows(catalogueByDepartment(departments, services, 'en'), tiers, 'en', labels);
		expect(rows[0]).toEqual([
			'ID',
			'Department',
			'Service',
			'Description',
			'Strategic Key Account: level',
			'Strategic Key Account: condition',
			'Key Account: level',
			'Key Account: condition',
			'Smart Key Account: level',
			'Smart Key Account: condition',
		]);
		expect(rows.slice(1).map((r) => r[0])).toEqual(['tco', 'express', 'vmi']);
		expect(rows[3]).toEqual([
			'vmi',
			'Logistics',
			'VMI and consignment stock',
			'Description VMI and consignment stock',
			'Included',
			'',
			'Chargeable',
			'Against a handling fee',
			'Not offered',
			'',
		]);
	});

	it('names the missing UI string instead of writing a raw key', () => {
		expect(() => csvLabelsFrom({})).toThrow('UI string "kam.services.csv.id" is missing');
	});
});
