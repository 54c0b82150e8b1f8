/**
 * The learner's data as a whole, on the settings page: export to a backup file, import one (validated in full,
 * confirmed, all or nothing) and reset everything, each destructive step after a restorable copy is kept.
 */
import type { ImportResult } from '$lib/db/backup';
import { isQuotaError } from '$lib/db/storage-errors';
import type { BackupCounts, BackupFile, BackupProblem, BackupTable } from '$lib/domain/backup';
import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/settings';
import type { SnapshotReason } from '$lib/domain/snapshots';
import { localDay } from '$lib/domain/time';
import { formatNumber, plural } from './format';
import { errorMessage, problemOf, type ShownProblem } from './problem';
import { forgetResumeHint } from './resume-hint';
import { forgetGivenAnswers } from './study/given-answers';

/** A file the learner picked (a `File` fits). */
export interface PickedFile {
	name: string;
	text(): Promise<string>;
}

export interface LearnerDataOptions {
	clock?: () => number;
	/** Replaces all data with a validated backup (tests pass one that fails like a full disk). */
	importBackup?: (backup: BackupFile) => Promise<ImportResult>;
	/** Keeps a restorable copy of all data before an import or a reset (the app's is `takeSnapshot`). */
	snapshot?: (reason: SnapshotReason, detail?: string) => Promise<unknown>;
	/** The data was replaced (imported or reset): these are the settings now stored. */
	onReplaced?: (settings: Settings) => void;
}

const TABLE_WORDS: Record<BackupTable, [string, string]> = {
	reviews: ['review', 'reviews'],
	cards: ['card state', 'card states'],
	misses: ['missed answer', 'missed answers'],
	quizAttempts: ['quiz attempt', 'quiz attempts'],
	assignments: ['assignment', 'assignments'],
	results: ['student result', 'student results'],
	settings: ['setting', 'settings']
};
const TABLE_ORDER = Object.keys(TABLE_WORDS) as BackupTable[];

/** The database side, and the backup file's checks, load only when first used. */
const storage = () => import('./settings-storage');
const backupFiles = () => import('$lib/domain/backup');

export class LearnerDataState {
	/** A backup file checked and waiting for the learner to confirm the replacement. */
	pending = $state.raw<{ fileName: string; backup: BackupFile; counts: BackupCounts } | null>(null);
	/** Why the chosen file was refused, or what went wrong while importing: nothing was changed. */
	importError = $state.raw<ShownProblem | null>(null);
	/** What the latest import restored: rows per table, and the packs installed or made on the device it came from. */
	imported = $state.raw<BackupCounts | null>(null);
	/** Why the latest export failed. */
	exportError = $state.raw<ShownProblem | null>(null);
	/** Why the latest reset failed. */
	resetError = $state.raw<ShownProblem | null>(null);
	/** An export, import or reset is running. */
	working = $state(false);

	readonly #clock: () => number;
	readonly #importBackup: (backup: BackupFile) => Promise<ImportResult>;
	readonly #snapshot: (reason: SnapshotReason, detail?: string) => Promise<unknown>;
	readonly #onReplaced: (settings: Settings) => void;

	// What the pending backup holds, in words ("1,234 reviews, 300 card states, …").
	readonly pendingSummary = $derived(this.pending ? countsText(this.pending.counts) : '');
	// What the latest import restored, in words.
	readonly importedSummary = $derived(this.imported ? countsText(this.imported) : '');

	constructor(options: LearnerDataOptions = {}) {
		this.#clock = options.clock ?? (() => Date.now());
		this.#importBackup = options.importBackup ?? (async (backup) => (await storage()).importAll(backup));
		this.#snapshot =
			options.snapshot ??
			(async (reason, detail) => (await storage()).takeSnapshot(reason, { detail, now: this.#clock() }));
		this.#onReplaced = options.onReplaced ?? (() => {});
	}

	/** Everything as a backup file: its name, text and size in words; null (and `exportError`) if it failed. */
	async exportBackup(): Promise<{ fileName: string; text: string; size: string } | null> {
		this.exportError = null;
		this.working = true;
		try {
			const now = this.#clock();
			const text = await (await storage()).exportJson(now);
			const size = `${formatNumber(Math.max(1, Math.round(text.length / 1024)))} KB`;
			return { fileName: `sourcedeck-backup-${localDay(now)}.json`, text, size };
		} catch (error) {
			this.exportError = problemOf(
				'The backup could not be made. Nothing was changed; please try again.',
				error
			);
			return null;
		} finally {
			this.working = false;
		}
	}

	/** Reads and checks a picked backup file; a good one waits for `confirmImport`, a bad one is refused. */
	async chooseImport(file: PickedFile): Promise<void> {
		this.importError = null;
		this.imported = null;
		this.pending = null;
		this.working = true;
		try {
			const [{ parseBackupText, countBackup }, text] = await Promise.all([backupFiles(), file.text()]);
			const parsed = parseBackupText(text);
			if (parsed.ok)
				this.pending = {
					fileName: file.name,
					backup: parsed.backup,
					counts: countBackup(parsed.backup.data)
				};
			else this.importError = refused(file.name, parsed.error);
		} catch (error) {
			this.importError = problemOf(
				`“${file.name}” could not be read. Choose it again, or another copy.`,
				error
			);
		} finally {
			this.working = false;
		}
	}

	cancelImport(): void {
		this.pending = null;
	}

	/** Replaces all data with the pending backup, in one transaction. */
	async confirmImport(): Promise<boolean> {
		const pending = this.pending;
		if (!pending) return false;
		this.working = true;
		this.pending = null;
		try {
			await this.#snapshot('import', pending.fileName);
		} catch (error) {
			this.importError = problemOf(
				`“${pending.fileName}” was not imported, and nothing was changed: ${snapshotFailure(error)}`,
				error
			);
			this.working = false;
			return false;
		}
		try {
			const result = await this.#importBackup(pending.backup);
			if (!result.ok) {
				this.importError = refused(pending.fileName, result.error);
				return false;
			}
			this.imported = result.counts;
			forgetResumeHint();
			forgetGivenAnswers();
			this.#onReplaced(await (await storage()).getSettings());
			return true;
		} catch (error) {
			this.importError = problemOf(
				isQuotaError(error)
					? `The device ran out of storage space while importing “${pending.fileName}”, so the import was undone and your data is as it was. Free some space — delete files or apps you no longer need, or clear other websites’ data in the browser’s settings — then import again.`
					: `“${pending.fileName}” could not be imported, and nothing was changed. Please try again.`,
				error
			);
			return false;
		} finally {
			this.working = false;
		}
	}

	/** Deletes every review, card state, missed answer, quiz, assignment and setting, and every pack but the built-in one. */
	async resetEverything(): Promise<boolean> {
		this.working = true;
		this.resetError = null;
		try {
			await this.#snapshot('reset');
		} catch (error) {
			this.resetError = problemOf(`Nothing was deleted: ${snapshotFailure(error)}`, error);
			this.working = false;
			return false;
		}
		try {
			await (await storage()).resetAll();
			forgetResumeHint();
			forgetGivenAnswers();
			this.imported = null;
			this.importError = null;
			this.#onReplaced({ ...DEFAULT_SETTINGS });
			return true;
		} catch (error) {
			this.resetError = problemOf(
				'Nothing was deleted: the data could not be cleared. Please try again.',
				error
			);
			return false;
		} finally {
			this.working = false;
		}
	}
}

/** "1,234 reviews, 300 card states, 5 settings and 2 packs" (empty tables left out). */
export function countsText(counts: BackupCounts): string {
	const parts = TABLE_ORDER.filter((t) => counts[t] > 0).map((t) =>
		plural(counts[t], TABLE_WORDS[t][0], TABLE_WORDS[t][1])
	);
	if (counts.packs) parts.push(plural(counts.packs, 'pack', 'packs'));
	if (parts.length === 0) return 'no data';
	return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** A refused file: the file's name, that nothing changed, and the reason as a person would say it. */
function refused(fileName: string, problem: BackupProblem): ShownProblem {
	const message = `“${fileName}” was not imported, and nothing was changed. ${problem.message}`;
	return problem.detail === undefined ? { message } : { message, detail: problem.detail };
}

/** Why a destructive action did not go ahead: the copy that would let the learner take it back failed. */
function snapshotFailure(error: unknown): string {
	const why = isQuotaError(error)
		? 'the device is out of storage space'
		: errorMessage(error) || 'an unknown error';
	return `a copy of your current data could not be kept first (${why}), so it could not be taken back. Free some space or export a backup, then try again.`;
}
