// Markdown/MDX plugin: prefixes root-relative links in prose pages with the site's base path.
import type { satteri } from '@astrojs/markdown-satteri';

/** `/de/matrix/` → `/kam/de/matrix/` for base `/kam/`; other links (external, relative, already prefixed) stay. */
export function withBase(href: string, base: string): string {
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
	if (prefix === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}

/** A HAST plugin as Astro's default Markdown processor (Sätteri) takes it. */
export type HastPlugin = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];

/** A HAST plugin for Sätteri that applies `withBase` to every <a>. */
export function baseLinksPlugin(base: string) {
	return {
		name: 'kam-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				if (typeof href !== 'string') return;
				const next = withBase(href, base);
				if (next !== href) ctx.setProperty(node, 'href', next);
			},
		},
	} satisfies HastPlugin;
}
