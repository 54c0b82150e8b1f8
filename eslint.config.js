import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers, lowest first: domain ← db / content ← state ← components / routes. Each layer lists what it may
 * not import. `paths` are import strings (glob patterns, as no-restricted-imports takes them; '**' also covers
 * '../'); `dynamic` is the same as one regular expression, for import() calls, which that rule does not see.
 */
const LAYERING = 'Imports flow domain ← db/content ← state ← components/routes.';
const UI_MAY_NOT = {
	paths: ['dexie', '$lib/db/*', '**/lib/db/*'],
	dynamic: String.raw`^(?:dexie|\$lib/db/.*|.*/lib/db/.*)$`
};
const STATE_MAY_NOT = {
	paths: ['dexie', '$lib/components/**', '**/lib/components/**', '../components/**', '**/routes/**'],
	dynamic: String.raw`^(?:dexie|\$lib/components/.*|(?:.*/)?components/.*|.*/routes/.*)$`
};
const DATA_MAY_NOT = {
	paths: [
		'$lib/components/**',
		'**/lib/components/**',
		'../components/**',
		'**/routes/**',
		'$lib/state/*',
		'**/state/*',
		'svelte',
		'svelte/*',
		'$app/*'
	],
	dynamic: String.raw`^(?:\$lib/components/.*|(?:.*/)?components/.*|.*/routes/.*|\$lib/state/.*|.*/state/.*|svelte(?:/.*)?|\$app/.*)$`
};
const DOMAIN_MAY_NOT = {
	paths: [...DATA_MAY_NOT.paths, 'dexie', '$lib/db/*', '**/db/*', '$lib/content/**', '**/content/**'],
	dynamic: String.raw`^(?:dexie|\$lib/(?:db|content|state|components)/.*|.*/(?:db|content|state|components|routes)/.*|svelte(?:/.*)?|\$app/.*)$`
};

/** Pure domain code: no clock and no randomness of its own. */
const DOMAIN_SYNTAX = [
	{
		selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
		message: 'Pass `now` in.'
	},
	{ selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in.' },
	{
		selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
		message: 'Pass a seed in.'
	}
];

/**
 * Every layer: no Intl object made at module load. A page's first one loads the locale data, tens of ms of its
 * start-up on a phone, even where nothing is formatted yet.
 */
const APP_SYNTAX = [
	{
		selector:
			":matches(Program, ExportNamedDeclaration) > VariableDeclaration > VariableDeclarator > NewExpression[callee.object.name='Intl']",
		message: 'Make Intl objects on first use (madeOnFirstUse in domain/made-on-first-use.ts).'
	}
];

/** The rules that keep one layer from importing what it may not, statically or with import(). */
function layerRules({ paths, dynamic }, syntax = []) {
	return {
		'no-restricted-imports': ['error', { patterns: [{ group: paths, message: LAYERING }] }],
		'no-restricted-syntax': [
			'error',
			...APP_SYNTAX,
			...syntax,
			{
				selector: `ImportExpression[source.value=/${dynamic.replaceAll('/', String.raw`\/`)}/]`,
				message: `${LAYERING} (import() too)`
			}
		]
	};
}

const NOT_TESTS = ['**/*.spec.ts', '**/*.bench.ts', '**/test-*.ts'];

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
		ignores: NOT_TESTS,
		rules: layerRules(DOMAIN_MAY_NOT, DOMAIN_SYNTAX)
	},
	{
		// The database and the content readers sit below the state layer.
		files: ['src/lib/db/**/*.ts', 'src/lib/content/**/*.ts'],
		ignores: NOT_TESTS,
		rules: layerRules(DATA_MAY_NOT)
	},
	{
		files: ['src/lib/state/**/*.ts'],
		ignores: NOT_TESTS,
		rules: layerRules(STATE_MAY_NOT)
	},
	{
		// Pages and components reach stored data through the state layer only.
		files: [
			'src/routes/**/*.ts',
			'src/routes/**/*.svelte',
			'src/lib/components/**/*.ts',
			'src/lib/components/**/*.svelte'
		],
		ignores: NOT_TESTS,
		rules: layerRules(UI_MAY_NOT)
	},
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			// The floor is a project of its own (its own SvelteKit config), outside this one's TypeScript project.
			'scripts/perf/floor/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'src/lib/content/generated/'
		]
	}
);
