/** For specs: a copies database of its own, made the app's current one. */
import { SnapshotDB, useSnapshotDatabase } from './snapshot-database';

export function freshSnapshotDatabase(label: string): SnapshotDB {
	const database = new SnapshotDB(`${label}-snapshots-${crypto.randomUUID()}`);
	useSnapshotDatabase(database);
	return database;
}
