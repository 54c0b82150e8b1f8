/** For specs and benches: a database of its own for every test, made the app's current one. */
import { SourcedeckDB, useDatabase } from './database';

export function freshDatabase(label: string): SourcedeckDB {
	const database = new SourcedeckDB(`${label}-${crypto.randomUUID()}`);
	useDatabase(database);
	return database;
}
