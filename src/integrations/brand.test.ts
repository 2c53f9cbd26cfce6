import { describe, expect, it } from 'vitest';
import { brandCss, checkBrandColours, contrast, mix, parseHex } from './brand.ts';

describe('colour helpers', () => {
	it('parses short and long hex colours and rejects anything else', () => {
		expect(parseHex('#fff')).toEqual([255, 255, 255]);
		expect(parseHex('#1d4e89')).toEqual([29, 78, 137]);
		expect(parseHex('blue')).toBeUndefined();
		expect(parseHex('#12345')).toBeUndefined();
	});
	it('computes WCAG contrast ratios', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
	it('mixes towards a second colour', () => {
		expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
		expect(mix('#1d4e89', '#1d4e89', 0.3)).toBe('#1d4e89');
	});
});

describe('checkBrandColours', () => {
	it('accepts the default colours', () => {
		expect(checkBrandColours({ light: '#1d4e89', dark: '#7fb0ee' })).toEqual([]);
	});
	it('names the setting when a colour is too pale to read', () => {
		const problems = checkBrandColours({ light: '#8fc1ff', dark: '#7fb0ee' });
		expect(problems.join('\n')).toMatch(/colours\.light as link colour on white: contrast \d\.\d\d:1/);
	});
	it('names a colour that is not a colour', () => {
		expect(checkBrandColours({ light: 'navy', dark: '#7fb0ee' })).toEqual(['colours.light: "navy" is not a #rrggbb colour']);
	});
});

describe('brandCss', () => {
	it('sets the accent shades for the dark (root) and light themes', () => {
		const css = brandCss({ light: '#1d4e89', dark: '#7fb0ee' });
		expect(css).toContain(":root[data-theme='light']{--sl-color-accent-low:");
		expect(css).toContain('--sl-color-accent:#1d4e89;');
		expect(css).toContain('--sl-color-accent:#7fb0ee;');
	});
});
