// Unit tests: pure TypeScript beside the code it tests, plus content tests; no browser.
import { defineConfig } from 'vitest/config';
import { sampleTestsEnabled } from './tests/sample/sample-content.ts';

// Tests that pin the shipped sample's facts run only while content/ is that sample (see tests/sample/).
const sample = sampleTestsEnabled() ? ['tests/sample/unit/**/*.test.ts'] : [];

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', ...sample],
		testTimeout: 60_000,
	},
});
