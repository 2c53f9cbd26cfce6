import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, withBase } from './base-links.ts';

describe('withBase', () => {
	it.each([
		['/de/matrix/', '/kam/', '/kam/de/matrix/'],
		['/de/matrix/#cluster', '/kam', '/kam/de/matrix/#cluster'],
		['/de/', '/', '/de/'],
		['/kam/de/', '/kam/', '/kam/de/'],
		['/kampagne/', '/kam/', '/kam/kampagne/'],
		['https://example.com/', '/kam/', 'https://example.com/'],
		['//cdn.example.com/x', '/kam/', '//cdn.example.com/x'],
		['#anchor', '/kam/', '#anchor'],
		['../x/', '/kam/', '../x/'],
	])('%s with base %s → %s', (href, base, expected) => {
		expect(withBase(href, base)).toBe(expected);
	});
});

describe('baseLinksPlugin', () => {
	it('sets the prefixed href on links and leaves the others untouched', () => {
		const plugin = baseLinksPlugin('/kam/');
		const set: [string, unknown][] = [];
		type Visit = typeof plugin.element.visit;
		const ctx = { setProperty: (_n: unknown, name: string, value: unknown) => set.push([name, value]) } as unknown as Parameters<Visit>[1];
		const link = (properties: Record<string, unknown>) =>
			({ type: 'element', tagName: 'a', properties, children: [] }) as unknown as Parameters<Visit>[0];
		plugin.element.visit(link({ href: '/en/tiers/key/' }), ctx);
		plugin.element.visit(link({ href: 'https://example.com/' }), ctx);
		plugin.element.visit(link({}), ctx);
		expect(set).toEqual([['href', '/kam/en/tiers/key/']]);
		expect(plugin.element.filter).toEqual(['a']);
	});
});
