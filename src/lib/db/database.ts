import Dexie, { type EntityTable } from 'dexie';
import type {
	AssignmentRecord,
	CardRecord,
	DraftRecord,
	MissRecord,
	PackCardRecord,
	PackEntityRecord,
	PackRecord,
	PackSourceRecord,
	QuizAttemptRecord,
	ResultRecord,
	ReviewRecord,
	SettingRecord
} from './records';
import { databaseOutdated } from './outdated';
import { DB_NAME } from './database-name';
import { SCHEMA, type SchemaVersion } from './schema';

/** Sourcedeck's IndexedDB: all user data lives here. */
export class SourcedeckDB extends Dexie {
	settings!: EntityTable<SettingRecord, 'key'>;
	cards!: EntityTable<CardRecord, 'id'>;
	reviews!: EntityTable<ReviewRecord, 'id'>;
	misses!: EntityTable<MissRecord, 'id'>;
	quizAttempts!: EntityTable<QuizAttemptRecord, 'id'>;
	assignments!: EntityTable<AssignmentRecord, 'id'>;
	results!: EntityTable<ResultRecord, 'id'>;
	packs!: EntityTable<PackRecord, 'id'>;
	packSources!: EntityTable<PackSourceRecord, 'id'>;
	packEntities!: EntityTable<PackEntityRecord, 'id'>;
	packCards!: EntityTable<PackCardRecord, 'id'>;
	drafts!: EntityTable<DraftRecord, 'id'>;

	/** `versions` lets tests open the database as an older release of the app wrote it. */
	constructor(name = DB_NAME, versions: SchemaVersion[] = SCHEMA) {
		super(name);
		for (const v of versions) {
			const version = this.version(v.version).stores(v.stores);
			if (v.upgrade) version.upgrade(v.upgrade);
		}
	}
}

let instance: SourcedeckDB | undefined;

/** The app's one database connection, opened on first use (in the browser only). */
export function db(): SourcedeckDB {
	if (!instance) {
		instance = new SourcedeckDB();
		// Another tab is upgrading the schema: Dexie closes this connection (so the upgrade is not blocked), and
		// this tab, running older code, must reload before it can save anything again.
		instance.on('versionchange', databaseOutdated);
	}
	return instance;
}

/** Tests swap in a fresh database. */
export function useDatabase(database: SourcedeckDB): void {
	instance = database;
}
