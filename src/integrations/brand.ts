// Turns the company's two accent colours into Starlight's colour variables and checks they stay readable.

/** The accent colour for the light and the dark theme, as #rrggbb. */
export interface BrandColours {
	light: string;
	dark: string;
}

type Rgb = [number, number, number];

/** Parses #rgb or #rrggbb; undefined for anything else. */
export function parseHex(hex: string): Rgb | undefined {
	const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) return undefined;
	const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** Mixes `a` towards `b` by `t` (0 = a, 1 = b) in sRGB. */
export function mix(a: string, b: string, t: number): string {
	const [x, y] = [parseHex(a)!, parseHex(b)!];
	return toHex(x.map((v, i) => v + (y[i]! - v) * t) as Rgb);
}

function luminance(hex: string): number {
	const channel = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const [r, g, b] = parseHex(hex)!.map(channel) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
	const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (l1 + 0.05) / (l2 + 0.05);
}

// Starlight's page backgrounds: white in the light theme, near-black (hsl 224 10% 10%) in the dark theme.
const LIGHT_BG = '#ffffff';
const DARK_BG = '#17181c';

/** The three accent shades per theme, derived from the two configured colours. */
export function accentShades(colours: BrandColours) {
	return {
		light: { low: mix(colours.light, '#ffffff', 0.85), base: colours.light, high: mix(colours.light, '#000000', 0.45) },
		dark: { low: mix(colours.dark, '#000000', 0.7), base: colours.dark, high: mix(colours.dark, '#ffffff', 0.7) },
	};
}

/** Problems that would make text unreadable (WCAG AA, 4.5:1), each naming the setting to change. */
export function checkBrandColours(colours: BrandColours): string[] {
	const problems: string[] = [];
	for (const key of ['light', 'dark'] as const)
		if (!parseHex(colours[key])) problems.push(`colours.${key}: "${colours[key]}" is not a #rrggbb colour`);
	if (problems.length) return problems;
	const s = accentShades(colours);
	const need = (what: string, a: string, b: string) => {
		const ratio = contrast(a, b);
		if (ratio < 4.5) problems.push(`${what}: contrast ${ratio.toFixed(2)}:1, needs at least 4.5:1`);
	};
	need('colours.light as link colour on white', s.light.base, LIGHT_BG);
	need('colours.light as background of white text', s.light.base, '#ffffff');
	need('colours.dark (lightened) as link colour on the dark background', s.dark.high, DARK_BG);
	need('colours.dark (darkened) as text on its lightened shade', s.dark.low, s.dark.high);
	return problems;
}

/** CSS that sets Starlight's accent variables for both themes. */
export function brandCss(colours: BrandColours): string {
	const s = accentShades(colours);
	const vars = (x: { low: string; base: string; high: string }) =>
		`--sl-color-accent-low:${x.low};--sl-color-accent:${x.base};--sl-color-accent-high:${x.high};`;
	return `:root{${vars(s.dark)}}:root[data-theme='light']{${vars(s.light)}}`;
}
