import { describe, expect, it } from 'vitest';
import type { TerminologyEntry } from '#src/schemas/terminology.ts';
import { otherNames, pageKey } from './terminology.ts';

const entry = (id: string, place: Partial<TerminologyEntry>, en: string[]): TerminologyEntry => ({
	id,
	preferred: { de: `${id}-de`, en: `${id}-en` },
	alsoCalled: { de: [], en },
	...place,
});
const list = [
	entry('framework-agreement', { glossary: 'framework-agreement' }, ['frame contract', 'master agreement']),
	entry('express-delivery', { service: 'express-deliveries', pages: ['departments/logistics'] }, ['rush order']),
	entry('role-profile', { pages: ['roles'] }, ['job description']),
	entry('silent', { glossary: 'framework-agreement' }, []),
];

describe('other names of the terms explained at a place', () => {
	it.each([
		[{ glossary: 'framework-agreement' }, [{ term: 'framework-agreement-en', names: ['frame contract', 'master agreement'] }]],
		[{ service: 'express-deliveries' }, [{ term: 'express-delivery-en', names: ['rush order'] }]],
		[{ page: 'departments/logistics' }, [{ term: 'express-delivery-en', names: ['rush order'] }]],
		[{ page: 'roles' }, [{ term: 'role-profile-en', names: ['job description'] }]],
		[{ page: 'roles/kam' }, []],
	] as const)('%j', (place, expected) => {
		expect(otherNames(list, place, 'en')).toEqual(expected);
	});

	it('leaves out a term whose readers know no other word in that language', () => {
		expect(otherNames(list, { glossary: 'framework-agreement' }, 'de')).toEqual([]);
	});
});

describe('the page key of a site path', () => {
	it.each([
		['/de/roles/', '/', 'de', 'roles'],
		['/kam/en/departments/logistics/', '/kam/', 'en', 'departments/logistics'],
		['/kam/en/departments/logistics', '/kam', 'en', 'departments/logistics'],
		['/en/', '/', 'en', ''],
		['/en/plans/smart/', '/', 'en', 'plans/smart'],
	] as const)('%s under base %s in %s is "%s"', (pathname, base, lang, key) => {
		expect(pageKey(pathname, base, lang)).toBe(key);
	});
});
