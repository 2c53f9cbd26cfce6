// Astro imports astro.config.mjs with Node first and falls back to loading it through Vite. Only Node's import lets
// the content collections take over the content pipeline the config has loaded (src/content/handover.ts) instead of
// transforming and running it again; a module Node cannot load (a JSON import without `with { type: 'json' }`, say)
// would make every build slower without a word.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('astro.config.mjs', () => {
	it('loads with Node alone and hands the content pipeline over', () => {
		const script = [
			"await import('./astro.config.mjs');",
			"const { handedOver } = await import('./src/content/handover.ts');",
			'console.log(typeof handedOver()?.loadContent);',
		].join('\n');
		const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toBe('function');
	}, 30_000);
});
