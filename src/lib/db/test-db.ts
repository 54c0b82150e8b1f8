/** For specs and benches: a database of its own for every test, made the app's current one. */
import type { DBCore } from 'dexie';
import { SourcedeckDB, useDatabase } from './database';

export function freshDatabase(label: string): SourcedeckDB {
	const database = new SourcedeckDB(`${label}-${crypto.randomUUID()}`);
	useDatabase(database);
	return database;
}

/** Writes seen on a database since the counter was made or last reset. */
export interface WriteCounter {
	/** Rows created, updated or deleted (Dexie's creating/updating/deleting hooks, every table). */
	readonly rows: number;
	/** Write requests of any kind reaching IndexedDB, `clear()` included (which fires no row hook). */
	readonly requests: number;
	/** The tables written to, for a failure message. */
	readonly tables: ReadonlySet<string>;
	reset(): void;
}

/**
 * Counts every write to `database`, on every table: Dexie's row hooks, and a DBCore middleware under them for
 * the writes no hook sees (a whole-table `clear()`). Call before the database is first used.
 */
export function countWrites(database: SourcedeckDB): WriteCounter {
	let rows = 0;
	let requests = 0;
	const tables = new Set<string>();
	const seen = (table: string) => {
		rows++;
		tables.add(table);
	};
	for (const table of database.tables) {
		table.hook('creating', () => seen(table.name));
		table.hook('updating', () => seen(table.name));
		table.hook('deleting', () => seen(table.name));
	}
	database.use({
		stack: 'dbcore',
		name: 'count-writes',
		create: (down: DBCore): DBCore => ({
			...down,
			table(name) {
				const table = down.table(name);
				return {
					...table,
					mutate(request) {
						requests++;
						tables.add(name);
						return table.mutate(request);
					}
				};
			}
		})
	});
	return {
		get rows() {
			return rows;
		},
		get requests() {
			return requests;
		},
		get tables() {
			return tables;
		},
		reset() {
			rows = 0;
			requests = 0;
			tables.clear();
		}
	};
}
