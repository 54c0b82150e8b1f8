/**
 * The automatic safety net, as Anki keeps: before an action destroys user data, `takeSnapshot` keeps a copy of
 * everything on the device (the backup export's JSON) in its own database; the last few are kept, within a size
 * bound, and any can be restored from Settings. Call `takeSnapshot(reason)` first in every destructive action.
 */
import { BACKUP_TABLES, countBackup, parseBackupText } from '../domain/backup';
import {
	SNAPSHOT_LIMITS,
	snapshotsToDrop,
	type SnapshotLimits,
	type SnapshotReason
} from '../domain/snapshots';
import { exportAll, importAll, type ImportResult } from './backup';
import { snapshotDb, type SnapshotRecord } from './snapshot-database';

export type { SnapshotRecord };

export interface TakeSnapshotOptions {
	/** What the action is about, shown beside the reason (a file name, a pack's title). */
	detail?: string;
	now?: number;
	limits?: SnapshotLimits;
}

/**
 * Keeps a restorable copy of all user data, then forgets the oldest copies beyond the limits. Resolves to the
 * copy kept, or null when there is nothing to keep (every table empty). Throws when the copy cannot be stored
 * (a full disk): the caller must then not go on with the destructive action.
 */
export async function takeSnapshot(
	reason: SnapshotReason,
	options: TakeSnapshotOptions = {}
): Promise<SnapshotRecord | null> {
	const now = options.now ?? Date.now();
	const backup = await exportAll(now);
	const counts = countBackup(backup.data);
	// A pack imported or made but never studied is something to lose too.
	if (BACKUP_TABLES.every((table) => counts[table] === 0) && !counts.packs) return null;
	const json = JSON.stringify(backup);
	const record: SnapshotRecord = { takenAt: now, reason, chars: json.length, counts };
	if (options.detail) record.detail = options.detail;
	const database = snapshotDb();
	return database.transaction('rw', [database.snapshots, database.bodies], async () => {
		const id = (await database.snapshots.add(record)) as number;
		await database.bodies.add({ id, json });
		const all = await database.snapshots.toArray();
		const drop = snapshotsToDrop(
			all.map((s) => ({ id: s.id!, takenAt: s.takenAt, chars: s.chars })),
			options.limits ?? SNAPSHOT_LIMITS
		);
		await database.snapshots.bulkDelete(drop);
		await database.bodies.bulkDelete(drop);
		return { ...record, id };
	});
}

/** The copies kept, newest first (without their data). */
export async function listSnapshots(): Promise<SnapshotRecord[]> {
	const all = await snapshotDb().snapshots.toArray();
	return all.sort((a, b) => b.takenAt - a.takenAt || b.id! - a.id!);
}

/**
 * Puts a copy's data back in place of the current data. What is there now is kept as a copy first (so a restore
 * can be undone by restoring that one). The copy is checked like any backup file before anything is replaced.
 */
export async function restoreSnapshot(id: number, now = Date.now()): Promise<ImportResult> {
	const body = await snapshotDb().bodies.get(id);
	if (!body)
		return { ok: false, error: { kind: 'damaged', message: 'That copy is no longer kept on this device.' } };
	const parsed = parseBackupText(body.json);
	if (!parsed.ok)
		return {
			ok: false,
			error: {
				...parsed.error,
				message: `That copy is damaged and cannot be restored. ${parsed.error.message}`
			}
		};
	await takeSnapshot('restore', { now });
	return importAll(parsed.backup);
}
