/** Export, import and reset of all user data. An import is validated in full before the database is touched. */
import {
	BACKUP_TABLES,
	createBackup,
	parseBackup,
	parseBackupText,
	type BackupData,
	type BackupFile,
	type BackupTable
} from '../domain/backup';
import { db } from './database';
import type {
	AssignmentRecord,
	CardRecord,
	MissRecord,
	QuizAttemptRecord,
	ResultRecord,
	ReviewRecord,
	SettingRecord
} from './records';

// The backup schema and the stored records must describe the same shapes: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Row<T extends BackupTable> = BackupData[T][number];
const shapesMatch: [
	Same<Row<'settings'>, SettingRecord>,
	Same<Row<'cards'>, CardRecord>,
	Same<Row<'reviews'>, ReviewRecord>,
	Same<Row<'misses'>, MissRecord>,
	Same<Row<'quizAttempts'>, QuizAttemptRecord>,
	Same<Row<'assignments'>, AssignmentRecord>,
	Same<Row<'results'>, ResultRecord>
] = [true, true, true, true, true, true, true];
void shapesMatch;

function tables() {
	const database = db();
	return BACKUP_TABLES.map((name) => database.table(name));
}

/** Every record of every table, read in one transaction so the copy is consistent. */
export async function exportAll(now: number): Promise<BackupFile> {
	const database = db();
	const data = await database.transaction('r', tables(), async () => {
		const entries = await Promise.all(
			BACKUP_TABLES.map(async (name) => [name, await database.table(name).toArray()] as const)
		);
		return Object.fromEntries(entries) as BackupData;
	});
	return createBackup(data, now);
}

/** The backup as the text of a `.json` file. */
export async function exportJson(now: number): Promise<string> {
	return JSON.stringify(await exportAll(now));
}

export type ImportResult = { ok: true; counts: Record<BackupTable, number> } | { ok: false; error: string };

/**
 * Replaces all user data with a backup (file text or parsed JSON). The backup is checked completely first;
 * a refused file changes nothing, and the replacement happens in one transaction.
 */
export async function importAll(input: string | unknown): Promise<ImportResult> {
	const parsed = typeof input === 'string' ? parseBackupText(input) : parseBackup(input);
	if (!parsed.ok) return parsed;
	const { data } = parsed.backup;
	const database = db();
	await database.transaction('rw', tables(), async () => {
		for (const name of BACKUP_TABLES) await database.table(name).clear();
		for (const name of BACKUP_TABLES) await database.table(name).bulkAdd(data[name]);
	});
	const counts = Object.fromEntries(BACKUP_TABLES.map((name) => [name, data[name].length]));
	return { ok: true, counts: counts as Record<BackupTable, number> };
}

/** Deletes all user data (settings included), in one transaction. */
export async function resetAll(): Promise<void> {
	const database = db();
	await database.transaction('rw', tables(), async () => {
		for (const table of tables()) await table.clear();
	});
}
