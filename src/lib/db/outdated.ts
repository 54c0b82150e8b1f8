/**
 * Who to tell when a newer version of the app, in another tab, upgrades the database. Apart from database.ts so a
 * page can listen without loading Dexie: a page that never opens the database (Today reads in a worker) has
 * nothing to be told until it does.
 */
const listeners = new Set<() => void>();

/** Calls `listener` when a newer version of the app upgrades the database; returns the way to stop. */
export function onDatabaseOutdated(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Dexie closed this tab's connection so that another tab could upgrade the database. */
export function databaseOutdated(): void {
	for (const listener of listeners) listener();
}
