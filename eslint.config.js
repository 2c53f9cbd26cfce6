// ESLint: JavaScript's and TypeScript's recommended rules, and Astro's for .astro files. Formatting is Prettier's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'bench-results/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Unused values are mistakes, except names starting with "_" that are left out on purpose.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
			// Build-time data from validated content is typed; "!" marks what the schema already guarantees.
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
);
