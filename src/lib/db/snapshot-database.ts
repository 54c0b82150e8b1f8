/**
 * The safety copies' own IndexedDB database, apart from the user data in `sourcedeck`: its schema evolves on its
 * own, a copy survives whatever happens to the main database, and deleting copies never touches user data.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { BackupCounts } from '../domain/backup';
import type { SnapshotReason } from '../domain/snapshots';
import { SNAPSHOT_DB_NAME } from './database-name';
import type { SchemaVersion } from './schema';

export { SNAPSHOT_DB_NAME };

/** What the settings page lists of a copy; the copy itself is in `bodies`, read only to restore it. */
export interface SnapshotRecord {
	id?: number;
	takenAt: number;
	reason: SnapshotReason;
	/** What the action was about ("backup-2025-05-01.json", a pack's title). */
	detail?: string;
	/** Length of the backup JSON. */
	chars: number;
	/** Rows per table in the copy, and its packs. */
	counts: BackupCounts;
}

/** A copy: the text of a backup file, exactly as Settings › Export a backup writes it. */
export interface SnapshotBody {
	id: number;
	json: string;
}

/** Every schema version of this database, oldest first. Never edit a shipped entry: add a new one. */
export const SNAPSHOT_SCHEMA: SchemaVersion[] = [
	{ version: 1, stores: { snapshots: '++id, takenAt', bodies: 'id' } }
];

export class SnapshotDB extends Dexie {
	snapshots!: EntityTable<SnapshotRecord, 'id'>;
	bodies!: EntityTable<SnapshotBody, 'id'>;

	constructor(name = SNAPSHOT_DB_NAME, versions: SchemaVersion[] = SNAPSHOT_SCHEMA) {
		super(name);
		for (const v of versions) {
			const version = this.version(v.version).stores(v.stores);
			if (v.upgrade) version.upgrade(v.upgrade);
		}
	}
}

let instance: SnapshotDB | undefined;

/** The app's connection to the copies, opened on first use. */
export function snapshotDb(): SnapshotDB {
	instance ??= new SnapshotDB();
	return instance;
}

/** Tests swap in a fresh database. */
export function useSnapshotDatabase(database: SnapshotDB): void {
	instance = database;
}
