// Serves the company's accent colours to Starlight as a generated stylesheet, after checking they are readable.
import type { Plugin } from 'vite';
import { brandCss, checkBrandColours, type BrandColours } from './brand.ts';

/** Module id to list in Starlight's customCss. */
export const BRAND_CSS = 'virtual:kam-brand.css';

/** Vite plugin providing BRAND_CSS; throws at config load when a colour fails WCAG AA contrast. */
export function brandStyles(colours: BrandColours): Plugin {
	const problems = checkBrandColours(colours);
	if (problems.length > 0)
		throw new Error(`src/config/site.ts has colours that would be hard to read:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	const resolved = `\0${BRAND_CSS}`;
	return {
		name: 'kam-brand-css',
		resolveId: (id) => (id === BRAND_CSS ? resolved : undefined),
		load: (id) => (id === resolved ? brandCss(colours) : undefined),
	};
}
