import { describe, expect, it } from 'vitest';
import { format, stringsUnder, translator } from './format.ts';

describe('translator', () => {
	const t = translator<string>({ plain: 'Plan', fill: 'Template: {{tier}} ({{ n }})' });

	it('returns plain strings and fills placeholders verbatim', () => {
		expect(t('plain')).toBe('Plan');
		expect(t('fill', { tier: 'Account P&L <Smart>', n: 3 })).toBe('Template: Account P&L <Smart> (3)');
	});

	it('fails loudly on a missing key or value', () => {
		expect(() => t('nope')).toThrow(/"nope" is missing/);
		expect(() => t('fill', { tier: 'Smart' })).toThrow(/needs a value for \{\{n\}\}/);
	});
});

describe('format', () => {
	it('fills every placeholder, however often it occurs, and leaves other braces alone', () => {
		expect(format('{{a}} and {{a}}, {b} {{ c }}', { a: 'R&D', c: 0 })).toBe('R&D and R&D, {b} 0');
	});

	it('names what needs the missing value', () => {
		expect(() => format('Hello {{name}}', {}, 'greeting')).toThrow('greeting needs a value for {{name}}');
	});
});

describe('stringsUnder', () => {
	it('keeps the strings under a prefix, keyed without it', () => {
		expect(stringsUnder({ 'kam.a.one': '1', 'kam.a.two': '2', 'kam.b.one': 'x' }, 'kam.a.')).toEqual({ one: '1', two: '2' });
	});
});
