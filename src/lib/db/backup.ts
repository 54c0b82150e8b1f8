/**
 * Export, import and reset of all user data: the records of every table and the library's packs. An import is
 * validated in full before the database is touched, and replaces everything in one transaction.
 */
import {
	BACKUP_TABLES,
	countBackup,
	createBackup,
	parseBackup,
	parseBackupText,
	type BackupData,
	type BackupFile,
	type BackupCounts,
	type BackupProblem,
	type LibraryEntry
} from '../domain/backup';
import { toPackFile } from '../domain/pack-file';
import { db, type SourcedeckDB } from './database';
import { installPack, packHash, readPack, reconcileProgress } from './library';
import type {
	AssignmentRecord,
	CardRecord,
	MissRecord,
	PackRecord,
	QuizAttemptRecord,
	ResultRecord,
	ReviewRecord,
	SettingRecord
} from './records';

// The backup schema and the stored records must describe the same shapes: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Row<T extends keyof BackupData> = BackupData[T][number];
const shapesMatch: [
	Same<Row<'settings'>, SettingRecord>,
	Same<Row<'cards'>, CardRecord>,
	Same<Row<'reviews'>, ReviewRecord>,
	Same<Row<'misses'>, MissRecord>,
	Same<Row<'quizAttempts'>, QuizAttemptRecord>,
	Same<Row<'assignments'>, AssignmentRecord>,
	Same<Row<'results'>, ResultRecord>,
	Same<LibraryEntry['record'], PackRecord>
] = [true, true, true, true, true, true, true, true];
void shapesMatch;

function userTables(database: SourcedeckDB = db()) {
	return BACKUP_TABLES.map((name) => database.table(name));
}

function libraryTables(database: SourcedeckDB = db()) {
	return [database.packs, database.packSources, database.packEntities, database.packCards];
}

/**
 * Every record of every table, and the library: each pack's record, with its content unless it is the app's
 * built-in pack (which the app brings itself). Read in one transaction so the copy is consistent.
 */
export async function exportAll(now: number): Promise<BackupFile> {
	const database = db();
	const data = await database.transaction(
		'r',
		[...userTables(database), ...libraryTables(database)],
		async () => {
			const entries = await Promise.all(
				BACKUP_TABLES.map(async (name) => [name, await database.table(name).toArray()] as const)
			);
			const library: LibraryEntry[] = [];
			for (const { firstNewRank: _derived, ...record } of await database.packs.toArray()) {
				const pack = record.origin === 'built-in' ? null : await readPack(record.id);
				library.push(pack ? { record, pack: toPackFile(pack) } : { record });
			}
			return { ...(Object.fromEntries(entries) as Omit<BackupData, 'library'>), library };
		}
	);
	return createBackup(data, now);
}

/** The backup as the text of a `.json` file. */
export async function exportJson(now: number): Promise<string> {
	return JSON.stringify(await exportAll(now));
}

export type ImportResult = { ok: true; counts: BackupCounts } | { ok: false; error: BackupProblem };

/**
 * Replaces all user data with a backup (file text or parsed JSON). The backup is checked completely first;
 * a refused file changes nothing. The replacement happens in one transaction: the records, then the packs the
 * backup holds (the built-in pack stays as the app brings it), then every pack's new cards follow the restored
 * progress.
 */
export async function importAll(input: string | unknown, now = Date.now()): Promise<ImportResult> {
	const parsed = typeof input === 'string' ? parseBackupText(input) : parseBackup(input);
	if (!parsed.ok) return parsed;
	const { data } = parsed.backup;
	// Hashed before the transaction: IndexedDB transactions end while other promises are awaited.
	const hashes = await Promise.all(parsed.packs.map(({ pack }) => (pack ? packHash(pack) : null)));
	const database = db();
	await database.transaction('rw', [...userTables(database), ...libraryTables(database)], async () => {
		for (const name of BACKUP_TABLES) await database.table(name).clear();
		for (const name of BACKUP_TABLES) await database.table(name).bulkAdd(data[name]);
		const builtIn = (await database.packs.toArray()).filter((p) => p.origin === 'built-in').map((p) => p.id);
		for (const table of libraryTables(database))
			await table
				.filter((row) => !builtIn.includes((row as { pack?: string; id: string }).pack ?? row.id))
				.delete();
		for (const [i, { record, pack }] of parsed.packs.entries()) {
			if (pack) {
				await installPack(pack, { origin: record.origin, now, hash: hashes[i]!, url: record.url });
				await database.packs.put(record);
			} else if (builtIn.includes(record.id))
				await database.packs.update(record.id, { enabled: record.enabled });
		}
		for (const pack of await database.packs.toCollection().primaryKeys())
			await reconcileProgress(database, pack);
	});
	return { ok: true, counts: countBackup(data) };
}

/** Deletes all user data (settings included) and every pack but the built-in one, in one transaction. */
export async function resetAll(): Promise<void> {
	const database = db();
	await database.transaction('rw', [...userTables(database), ...libraryTables(database)], async () => {
		for (const table of userTables(database)) await table.clear();
		const builtIn = (await database.packs.toArray()).filter((p) => p.origin === 'built-in').map((p) => p.id);
		for (const table of libraryTables(database))
			await table
				.filter((row) => !builtIn.includes((row as { pack?: string; id: string }).pack ?? row.id))
				.delete();
		for (const pack of builtIn) await reconcileProgress(database, pack);
	});
}
