import { describe, expect, it } from 'vitest';
import { translator } from './format.ts';

describe('translator', () => {
	const t = translator({ plain: 'Plan', fill: 'Template: {{tier}} ({{ n }})' });

	it('returns plain strings and fills placeholders verbatim', () => {
		expect(t('plain')).toBe('Plan');
		expect(t('fill', { tier: 'Account P&L <Smart>', n: 3 })).toBe('Template: Account P&L <Smart> (3)');
	});

	it('fails loudly on a missing key or value', () => {
		expect(() => t('nope')).toThrow(/"nope" is missing/);
		expect(() => t('fill', { tier: 'Smart' })).toThrow(/needs a value for \{\{n\}\}/);
	});
});
