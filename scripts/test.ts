// `npm test`: lint and format check, type check, unit tests, production build, then browser tests against the built site.
// Prints one closing line "N passed, N failed" summing every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '#tests/e2e/chromium.ts';

const bin = (name: string) => join('node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'kam-test-'));
let passed = 0;
let failed = 0;

function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
	console.log(`\n▶ ${title}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
		finish(1);
	}
}

function vitest(title: string, config: string, name: string, env: Record<string, string> = {}) {
	const out = join(reports, `${name}.json`);
	console.log(`\n▶ ${title}`);
	const result = spawnSync(
		bin('vitest'),
		['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
		{
			stdio: 'inherit',
			env: { ...process.env, ...env },
		},
	);
	if (existsSync(out)) {
		const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
		passed += report.numPassedTests;
		failed += report.numFailedTests;
	}
	if (result.status !== 0) {
		console.error(`\n✖ ${title} failed.`);
		finish(1);
	}
}

function finish(code: number): never {
	rmSync(reports, { recursive: true, force: true });
	console.log(`\n${passed} passed, ${failed} failed`);
	process.exit(code || (failed > 0 ? 1 : 0));
}

step('Lint (ESLint)', bin('eslint'), ['.']);
step('Format check (Prettier)', bin('prettier'), ['--check', '.']);
step('Type check (astro check)', bin('astro'), ['check']);
vitest('Unit and content tests', 'vitest.config.ts', 'unit');
step('Production build (NODE_ENV=production, search enabled)', bin('astro'), ['build'], { NODE_ENV: 'production' });

const chromium = findChromium();
if (!chromium) {
	const notice = 'No Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium). Browser tests were NOT run.';
	if (process.env.CI === 'true') {
		console.error(`\n✖ ${notice} CI=true requires them: install Debian's chromium.`);
		finish(1);
	}
	console.warn(`\n${'!'.repeat(78)}\n! ${notice}\n! Install it with: apt-get install -y chromium\n${'!'.repeat(78)}`);
	finish(0);
}
vitest('Browser tests (Chromium against the built site on 127.0.0.1)', 'vitest.e2e.config.ts', 'e2e', { CHROMIUM_PATH: chromium });
finish(0);
