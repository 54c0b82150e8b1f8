/**
 * The settings page's list of automatic copies (taken before an import, a reset or a restore) and restoring one:
 * confirmed first, and itself preceded by a copy of what it replaces.
 */
import { isQuotaError } from '$lib/db/storage-errors';
import type { SnapshotRecord } from '$lib/db/snapshots';
import type { ImportResult } from '$lib/db/backup';
import { SNAPSHOT_REASON_LABELS } from '$lib/domain/snapshots';
import { countsText } from './learner-data.svelte';
import { forgetResumeHint } from './resume-hint';
import { forgetGivenAnswers } from './study/given-answers';
import { madeOnFirstUse } from '$lib/domain/made-on-first-use';

export interface SnapshotsStateOptions {
	clock?: () => number;
	/** Restores a copy (tests pass one that fails). */
	restore?: (id: number, now: number) => Promise<ImportResult>;
}

/** A copy as the page lists it. */
export interface SnapshotItem {
	id: number;
	/** "Before deleting everything", "Before importing a backup (“x.json”)" */
	label: string;
	takenAt: number;
	/** "12 reviews, 10 card states and 2 settings" */
	holds: string;
	/** Its Restore button's name, told apart from every other copy's (when and why it was taken). */
	restoreName: string;
}

const times = madeOnFirstUse(
	() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
);

/** The database side loads only when first used (settings-storage.ts). */
const storage = () => import('./settings-storage');

/** "21 Nov 2026, 14:02" in the device's time zone. */
export const formatTakenAt = (at: number): string => times().format(at);

export class SnapshotsState {
	/** The copies kept, newest first; null until read. */
	items = $state.raw<SnapshotItem[] | null>(null);
	/** A copy the learner asked to restore, waiting for the confirmation. */
	pending = $state.raw<SnapshotItem | null>(null);
	/** A restore is running. */
	working = $state(false);
	/** What the latest restore did. */
	restored = $state<string | null>(null);
	/** Why reading or restoring failed. */
	error = $state<string | null>(null);

	readonly #clock: () => number;
	readonly #restore: (id: number, now: number) => Promise<ImportResult>;

	constructor(options: SnapshotsStateOptions = {}) {
		this.#clock = options.clock ?? (() => Date.now());
		this.#restore = options.restore ?? (async (id, now) => (await storage()).restoreSnapshot(id, now));
	}

	/** On a device with nothing stored: no copies, with nothing to read. */
	nothingStored(): void {
		this.items = [];
	}

	/** Reads the list again (after an import, a reset or a restore added a copy). */
	async load(): Promise<void> {
		try {
			this.items = namedApart((await (await storage()).listSnapshots()).map(toItem));
		} catch (error) {
			this.items = [];
			this.error = `Could not read the automatic copies: ${(error as Error).message}`;
		}
	}

	ask(item: SnapshotItem): void {
		this.restored = null;
		this.error = null;
		this.pending = item;
	}

	cancel(): void {
		this.pending = null;
	}

	/** Restores the pending copy; true when the data was replaced. */
	async confirm(): Promise<boolean> {
		const item = this.pending;
		if (!item) return false;
		this.pending = null;
		this.working = true;
		try {
			const result = await this.#restore(item.id, this.#clock());
			if (!result.ok) {
				this.error = `Nothing was changed. ${result.error.message}`;
				return false;
			}
			// Another study state: the study page's saved next card no longer holds.
			forgetResumeHint();
			forgetGivenAnswers();
			this.restored = `Restored the copy of ${formatTakenAt(item.takenAt)}: ${countsText(result.counts)}.`;
			return true;
		} catch (error) {
			this.error = isQuotaError(error)
				? 'The device is out of storage space, so nothing was restored and your data is as it was. Free some space, then try again.'
				: `Nothing was restored, and your data is as it was: ${(error as Error).message}`;
			return false;
		} finally {
			this.working = false;
			await this.load();
		}
	}
}

function toItem(record: SnapshotRecord): SnapshotItem {
	const reason = SNAPSHOT_REASON_LABELS[record.reason] ?? 'Before a change';
	const label = record.detail ? `${reason} (“${record.detail}”)` : reason;
	return {
		id: record.id!,
		label,
		takenAt: record.takenAt,
		holds: countsText(record.counts),
		restoreName: `Restore the copy of ${formatTakenAt(record.takenAt)}, ${label.charAt(0).toLowerCase()}${label.slice(1)}`
	};
}

/**
 * Copies taken in the same minute for the same reason (two imports of one file) would have Restore buttons of one
 * name: each such name says which of them it is, newest first as listed.
 */
function namedApart(items: SnapshotItem[]): SnapshotItem[] {
	return items.map((item) => {
		const alike = items.filter((other) => other.restoreName === item.restoreName);
		if (alike.length === 1) return item;
		const nth = alike.indexOf(item) + 1;
		return { ...item, restoreName: `${item.restoreName} (${nth} of ${alike.length}, newest first)` };
	});
}
