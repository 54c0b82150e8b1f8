/**
 * sql.js for the app and its Node tests. In the browser its WebAssembly is a built asset (Vite's `?url`, hashed
 * and precachable) fetched when an Anki file is first read or written; nothing of it loads with the first page,
 * since this module is itself only reached through a dynamic import. Under Node, sql.js reads the same .wasm
 * from its own folder. The command line uses scripts/formats/load-sql.ts, which needs no bundler.
 */
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { SqlJsStatic } from 'sql.js';
import type { LoadSql } from '../types';

let loading: Promise<SqlJsStatic> | undefined;

const inNode = () =>
	typeof window === 'undefined' && typeof process !== 'undefined' && !!process.versions?.node;

/** Loads sql.js once; later calls share the same instance. A failed load is retried on the next call. */
export const loadSqlFromAsset: LoadSql = () => {
	loading ??= import('sql.js')
		.then(({ default: initSqlJs }) => initSqlJs(inNode() ? {} : { locateFile: () => wasmUrl }))
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
};
