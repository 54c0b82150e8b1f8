/**
 * Automatic safety copies of the learner's data, kept on the device before an action that destroys data (an
 * import that replaces everything, a reset, and later a pack's removal or upgrade): why each was taken, and
 * which to keep. Pure: the db layer stores them (src/lib/db/snapshots.ts).
 */

/** What was about to happen when a copy was taken. */
export type SnapshotReason = 'import' | 'reset' | 'restore' | 'pack-removal' | 'pack-upgrade';

/** How the settings page names each reason. */
export const SNAPSHOT_REASON_LABELS: Readonly<Record<SnapshotReason, string>> = {
	import: 'Before importing a backup',
	reset: 'Before deleting everything',
	restore: 'Before restoring a copy',
	'pack-removal': 'Before removing a pack',
	'pack-upgrade': 'Before updating a pack'
};

export interface SnapshotLimits {
	/** Copies kept at most (the newest). */
	count: number;
	/** Characters of backup JSON kept at most, all copies together. */
	chars: number;
}

/** The last five, within 120 million characters (a heavy year of study is a backup of about 90 million). */
export const SNAPSHOT_LIMITS: Readonly<SnapshotLimits> = Object.freeze({ count: 5, chars: 120_000_000 });

/** What retention needs to know of a stored copy. */
export interface SnapshotSize {
	id: number;
	takenAt: number;
	chars: number;
}

/**
 * The copies to delete so that what is left fits the limits: the oldest go first. The newest is always kept,
 * whatever its size: it is the one that covers the action about to happen.
 */
export function snapshotsToDrop(snapshots: readonly SnapshotSize[], limits: SnapshotLimits): number[] {
	const newestFirst = [...snapshots].sort((a, b) => b.takenAt - a.takenAt || b.id - a.id);
	const drop: number[] = [];
	let chars = 0;
	newestFirst.forEach((snapshot, index) => {
		chars += snapshot.chars;
		if (index > 0 && (index >= limits.count || chars > limits.chars)) drop.push(snapshot.id);
	});
	return drop;
}
