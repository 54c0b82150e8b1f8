import Dexie, { type EntityTable } from 'dexie';
import type {
	AssignmentRecord,
	CardRecord,
	MissRecord,
	QuizAttemptRecord,
	ResultRecord,
	ReviewRecord,
	SettingRecord
} from './records';
import { SCHEMA, type SchemaVersion } from './schema';

export const DB_NAME = 'sourcedeck';

/** Sourcedeck's IndexedDB: all user data lives here. */
export class SourcedeckDB extends Dexie {
	settings!: EntityTable<SettingRecord, 'key'>;
	cards!: EntityTable<CardRecord, 'id'>;
	reviews!: EntityTable<ReviewRecord, 'id'>;
	misses!: EntityTable<MissRecord, 'id'>;
	quizAttempts!: EntityTable<QuizAttemptRecord, 'id'>;
	assignments!: EntityTable<AssignmentRecord, 'id'>;
	results!: EntityTable<ResultRecord, 'id'>;

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
	instance ??= new SourcedeckDB();
	return instance;
}

/** Tests swap in a fresh database. */
export function useDatabase(database: SourcedeckDB): void {
	instance = database;
}
