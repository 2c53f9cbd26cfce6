// Types for the two modules the search imports that come without them.

declare module '@pagefind/default-ui' {
	/** Pagefind's ready-made search interface, rendered into `element`. */
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		/** Searches for `term` as if it had been typed into the field. */
		triggerSearch(term: string): void;
	}
}

declare module 'virtual:starlight/pagefind-config' {
	/** The `pagefind` options given to Starlight in astro.config.mjs (ranking and the like). */
	export const pagefindUserConfig: Record<string, unknown>;
}
