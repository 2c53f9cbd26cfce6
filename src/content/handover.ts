// Astro runs the config with Node and the content config through Vite: two module graphs in one process. Without
// this handover Vite transforms and runs the content pipeline (its 35 modules: schemas, rules, validation) again
// for the collections, and once more when pages render, on every build (about 0.3 s of a 3.5 s build, measured
// with `npm run bench`). This module imports nothing at run time, so the content config can ask for the pipeline
// without loading it.
import type { Pipeline } from './pipeline.ts';

const KEY = Symbol.for('kam-playbook.pipeline');
type Store = typeof globalThis & { [KEY]?: Pipeline };

/** Called by astro.config.mjs with the pipeline it has loaded. */
export function handOver(pipeline: Pipeline): void {
	(globalThis as Store)[KEY] = pipeline;
}

/** The pipeline the config handed over in this process, if any. */
export function handedOver(): Pipeline | undefined {
	return (globalThis as Store)[KEY];
}
