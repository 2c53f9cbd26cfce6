// Astro's incremental build (astro.config.mjs) keeps each page it renders in its cache as soon as the page is
// written, but records which copy belongs to which code and content only when the build finishes. A build that
// stops half-way leaves copies the record does not describe: were the edit that broke it undone, the next build
// would restore pages of the broken edit. So a build that did not finish makes the next one render every page.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** The file in Astro's cache directory in which the incremental build records its copies (Astro 7). */
const INCREMENTAL_RECORD = 'incremental-build.json';
/** The file in Astro's cache directory that stands for a build under way. */
export const UNFINISHED_MARK = 'kam-build-unfinished';

export function unfinishedBuild(): AstroIntegration {
	let cacheDir: URL;
	return {
		name: 'kam-unfinished-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
			},
			'astro:build:start': ({ logger }) => {
				const mark = new URL(UNFINISHED_MARK, cacheDir);
				if (existsSync(mark)) {
					rmSync(new URL(INCREMENTAL_RECORD, cacheDir), { force: true });
					logger.info('The last build did not finish: every page is rendered again.');
				}
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(mark, '');
			},
			'astro:build:done': () => {
				rmSync(new URL(UNFINISHED_MARK, cacheDir), { force: true });
			},
		},
	};
}
