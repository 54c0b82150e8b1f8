/**
 * Whether this device may hold study data, asked without opening (and so creating) the database and without
 * loading Dexie: a page that shows a first visit's numbers where nothing is stored needs no database code.
 */
import { DB_NAME, SNAPSHOT_DB_NAME } from './database-name';

/**
 * False only when the browser lists its databases and ours is not among them; true where it cannot say (no
 * `indexedDB.databases()`, or the call failed), so that stored data is always read.
 */
export async function mayHoldStudyData(
	factory: IDBFactory | undefined = globalThis.indexedDB,
	name = DB_NAME
): Promise<boolean> {
	if (typeof factory?.databases !== 'function') return true;
	try {
		return (await factory.databases()).some((database) => database.name === name);
	} catch {
		return true;
	}
}

/** Whether this device may hold study data or automatic copies of it (Settings lists both). */
export async function mayHoldDataOrCopies(
	factory: IDBFactory | undefined = globalThis.indexedDB
): Promise<boolean> {
	const held = await Promise.all([DB_NAME, SNAPSHOT_DB_NAME].map((name) => mayHoldStudyData(factory, name)));
	return held.some(Boolean);
}
