/** The IndexedDB database all user data lives in. Kept apart from the Dexie class so a page can name it without loading Dexie. */
export const DB_NAME = 'sourcedeck';

/** The database the automatic copies (snapshots) live in, apart from the data they copy. */
export const SNAPSHOT_DB_NAME = 'sourcedeck-snapshots';
