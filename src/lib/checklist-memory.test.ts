import { describe, expect, it } from 'vitest';
import { itemKey, readTicks, withTicks } from './checklist-memory.ts';

describe('checklist memory', () => {
	it('round-trips ticks per list', () => {
		const ticks = withTicks(withTicks({}, '/en/onboarding/#week1', ['Read the overview', 'Read the tiers']), '/de/onboarding/#week2', [
			'X',
		]);
		expect(readTicks(JSON.stringify(ticks))).toEqual({
			'/en/onboarding/#week1': ['Read the overview', 'Read the tiers'],
			'/de/onboarding/#week2': ['X'],
		});
	});
	it('removes a list whose ticks are cleared', () => {
		expect(withTicks({ a: ['x'], b: ['y'] }, 'a', [])).toEqual({ b: ['y'] });
	});
	it('identifies an item by its text with whitespace collapsed', () => {
		expect(itemKey('  Read\n the   overview ')).toBe('Read the overview');
		expect(withTicks({}, 'a', ['x ', ' x'])).toEqual({ a: ['x'] });
	});
	it.each([
		['broken JSON', '{"a":['],
		['an array', '[1,2]'],
		['null', 'null'],
		['not a string', 42],
		['nothing stored', null],
	])('treats %s as nothing ticked', (_name, stored) => {
		expect(readTicks(stored)).toEqual({});
	});
	it('drops entries of the wrong shape and keeps the rest', () => {
		expect(readTicks(JSON.stringify({ a: ['ok', 3, { x: 1 }, 'x'.repeat(301)], b: 'no', c: [] }))).toEqual({ a: ['ok'] });
	});
	it('does not let a stored key reach the object prototype', () => {
		const ticks = readTicks('{"__proto__":["x"],"constructor":["y"]}');
		expect(Object.getPrototypeOf(ticks)).toBeNull();
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});
