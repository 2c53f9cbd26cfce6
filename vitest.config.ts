// Unit tests: pure TypeScript beside the code it tests, plus content tests; no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
