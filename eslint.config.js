import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Every string from a link, a backup or content is rendered as text.
			'svelte/no-at-html-tags': 'error',
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		// Pure domain code: no clock, no DOM, no storage, no Svelte.
		files: ['src/lib/domain/**/*.ts'],
		ignores: ['**/*.spec.ts', '**/*.bench.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'Pass `now` in.'
				},
				{ selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in.' },
				{
					selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
					message: 'Pass a seed in.'
				}
			],
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'dexie',
						'svelte',
						'svelte/*',
						'$app/*',
						'$lib/db/*',
						'$lib/state/*',
						'$lib/components/*'
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'src/lib/content/generated/'
		]
	}
);
