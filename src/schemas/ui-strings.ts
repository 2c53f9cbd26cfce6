// Our own UI strings (src/content/i18n/*.json): every key of the English file is required in every language.
import { z } from 'astro/zod';
// The import attribute lets Node load the config's module graph itself (src/content/handover.ts).
import en from '#src/content/i18n/en.json' with { type: 'json' };

/** A UI string key of ours, e.g. "kam.tier.signals". */
export type UiKey = keyof typeof en;

const keys = Object.keys(en) as UiKey[];

/** Extends Starlight's i18n schema so a missing or extra key in a language fails the build. */
export const uiStringsSchema = z.object(
	Object.fromEntries(keys.map((key) => [key, z.string().trim().min(1, `UI string "${key}" is missing or empty`)])) as {
		[K in UiKey]: z.ZodString;
	},
);
