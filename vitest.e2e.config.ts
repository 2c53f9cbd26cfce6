// Browser tests: real Chromium against the production build in dist/. One server and one browser serve the whole
// run (tests/e2e/global-setup.ts); each file opens its own browser context on them.
import { defineConfig } from 'vitest/config';
import { sampleTestsEnabled } from './tests/sample/sample-content.ts';

export default defineConfig({
	test: {
		// The tests in tests/sample/ pin facts of the shipped sample content and run only while content/ is that sample.
		include: ['tests/e2e/**/*.test.ts', ...(sampleTestsEnabled() ? ['tests/sample/e2e/**/*.test.ts'] : [])],
		globalSetup: ['tests/e2e/global-setup.ts'],
		// Measured on 2 cores: the run is CPU-bound (pages.test.ts already audits three pages at a time), so two files
		// at a time were no faster (190 s against 177 s); one worker for all files instead of a fresh one per file
		// saves loading the same modules for every file (~14 s).
		fileParallelism: false,
		isolate: false,
		// Per test case: one page or one interaction, so a minute means something hangs, not that the machine is busy.
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
