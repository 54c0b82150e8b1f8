/**
 * The /library page: the packs in the library with the learner's progress on each, turning a pack on or off
 * for Today and Study (one always stays on), installing a pack from a file or a link (a snapshot first when it
 * replaces an installed version), exporting a pack file, and removing a pack (confirmed, a snapshot first).
 */
import { exportJson } from '$lib/db/backup';
import { listPacks, packProgress, removePack, setPackEnabled, type PackProgress } from '$lib/db/library';
import type { PackRecord } from '$lib/db/records';
import { takeSnapshot } from '$lib/db/snapshots';
import type { PackFileProblem } from '$lib/domain/pack-file';
import type { SnapshotReason } from '$lib/domain/snapshots';
import { localDay } from '$lib/domain/time';
import { libraryCache } from './library-cache.svelte';
import { packFileOf, type SavedFile } from './pack-file-export';
import { installPackFile, installPackFromUrl, type InstallResult } from './pack-install';
import { parseLink } from './pack-link';
import { problemOf, type ShownProblem } from './problem';
import { forgetResumeHint } from './resume-hint';

/** A pack as the page lists it. */
export interface LibraryItem {
	pack: PackRecord;
	progress: PackProgress;
}

/** A file the learner picked (a `File` fits). */
export interface PickedPackFile {
	name: string;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export interface LibraryPageOptions {
	clock?: () => number;
	/** Keeps a restorable copy of all data before a removal or an upgrade (the app's is `takeSnapshot`). */
	snapshot?: (reason: SnapshotReason, detail: string) => Promise<unknown>;
	/** Fetches a pack at a link (tests pass their own). */
	fetch?: typeof fetch;
}

export const ONE_PACK_STAYS_ON =
	'At least one pack stays on: turn another pack on before turning this one off.';

export class LibraryPageState {
	/** The packs, in the order they were installed; null until read. */
	items = $state.raw<LibraryItem[] | null>(null);
	/** What the latest action did, for the page's status line. */
	status = $state('');
	/** Why the latest action was refused or failed: nothing was changed. */
	problem = $state.raw<ShownProblem | null>(null);
	/** A pack the learner asked to remove, waiting for the confirmation. */
	pendingRemoval = $state.raw<PackRecord | null>(null);
	/** An install, export or removal is running. */
	working = $state(false);

	/** How many packs are on for Today and Study. */
	readonly enabledCount = $derived(this.items?.filter((item) => item.pack.enabled).length ?? 0);

	readonly #clock: () => number;
	readonly #snapshot: (reason: SnapshotReason, detail: string) => Promise<unknown>;
	readonly #fetch: typeof fetch | undefined;

	constructor(options: LibraryPageOptions = {}) {
		this.#clock = options.clock ?? (() => Date.now());
		this.#snapshot =
			options.snapshot ?? ((reason, detail) => takeSnapshot(reason, { detail, now: this.#clock() }));
		this.#fetch = options.fetch;
	}

	/** Reads the packs and the progress on each (again after a change). */
	async load(): Promise<void> {
		try {
			const packs = await listPacks();
			this.items = await Promise.all(
				packs.map(async (pack) => ({ pack, progress: await packProgress(pack.id) }))
			);
		} catch (error) {
			this.items ??= [];
			this.problem = problemOf('The library could not be read. Reload the page to try again.', error);
		}
	}

	/** True when turning this pack off would leave no pack on. */
	isLastOn(id: string): boolean {
		return this.enabledCount === 1 && this.items?.find((item) => item.pack.id === id)?.pack.enabled === true;
	}

	/** Turns a pack on or off for Today and Study; the last pack on stays on. */
	async setEnabled(id: string, enabled: boolean): Promise<boolean> {
		this.#clear();
		const item = this.items?.find((i) => i.pack.id === id);
		if (!item) return false;
		if (!enabled && this.isLastOn(id)) {
			this.problem = { message: ONE_PACK_STAYS_ON };
			return false;
		}
		try {
			await setPackEnabled(id, enabled);
		} catch (error) {
			this.problem = problemOf(`“${item.pack.title}” could not be turned ${enabled ? 'on' : 'off'}.`, error);
			return false;
		}
		this.status = enabled
			? `“${item.pack.title}” is on: Today and Study use its cards.`
			: `“${item.pack.title}” is off: Today and Study leave its cards out. Your progress on it is kept.`;
		await this.#changed();
		return true;
	}

	/** Installs a pack file the learner picked (JSON or gzipped JSON). */
	async installFile(file: PickedPackFile): Promise<boolean> {
		this.#clear();
		this.working = true;
		try {
			let bytes: Uint8Array;
			try {
				bytes = new Uint8Array(await file.arrayBuffer());
			} catch (error) {
				this.problem = problemOf(`“${file.name}” could not be read. Choose it again.`, error);
				return false;
			}
			return await this.#finish(
				await installPackFile(bytes, {
					origin: 'file',
					now: this.#clock(),
					beforeUpgrade: this.#beforeUpgrade
				})
			);
		} finally {
			this.working = false;
		}
	}

	/**
	 * Installs the pack at an https link. A SHA-256 may come in the field or in the link's `#sha256=…`: the
	 * file must then match it.
	 */
	async installLink(link: string, sha256 = ''): Promise<boolean> {
		this.#clear();
		const parsed = parseLink(link.trim(), sha256.trim());
		if ('message' in parsed) {
			this.problem = parsed;
			return false;
		}
		this.working = true;
		try {
			return await this.#finish(
				await installPackFromUrl(parsed.url, {
					origin: 'link',
					now: this.#clock(),
					expectedHash: parsed.sha256,
					beforeUpgrade: this.#beforeUpgrade,
					fetch: this.#fetch
				})
			);
		} finally {
			this.working = false;
		}
	}

	/** A pack as a pack file, to save: `<pack-id>-<version>.sourcedeck-pack.json`; null (and `problem`) if not. */
	async exportPack(id: string): Promise<SavedFile | null> {
		this.#clear();
		try {
			const file = await packFileOf(id);
			this.status = `Saved “${file.fileName}” to your downloads.`;
			return file;
		} catch (error) {
			this.problem = problemOf('The pack file could not be made. Nothing was changed; try again.', error);
			return null;
		}
	}

	/** Everything on the device as a backup file, offered before a removal. */
	async backup(): Promise<SavedFile | null> {
		try {
			const now = this.#clock();
			return { fileName: `sourcedeck-backup-${localDay(now)}.json`, text: await exportJson(now) };
		} catch (error) {
			this.problem = problemOf('The backup could not be made. Nothing was changed; try again.', error);
			return null;
		}
	}

	askRemove(id: string): void {
		this.#clear();
		const pack = this.items?.find((item) => item.pack.id === id)?.pack;
		if (pack && pack.origin !== 'built-in') this.pendingRemoval = pack;
	}

	cancelRemove(): void {
		this.pendingRemoval = null;
	}

	/** Removes the pending pack and the learner's work on it, after keeping a snapshot. */
	async confirmRemove(): Promise<boolean> {
		const pack = this.pendingRemoval;
		if (!pack) return false;
		this.pendingRemoval = null;
		this.#clear();
		this.working = true;
		try {
			try {
				await this.#snapshot('pack-removal', pack.title);
			} catch (error) {
				this.problem = problemOf(
					`“${pack.title}” was not removed: a copy of your current data could not be kept first. Free some space or export a backup, then try again.`,
					error
				);
				return false;
			}
			// The last pack on going away leaves the built-in pack on, so Today and Study still have cards.
			if (pack.enabled && this.enabledCount === 1) {
				const builtIn = this.items?.find((item) => item.pack.origin === 'built-in');
				if (builtIn) await setPackEnabled(builtIn.pack.id, true);
			}
			await removePack(pack.id);
			this.status = `“${pack.title}” removed. A copy of your data from before is kept under Settings → Automatic copies.`;
			return true;
		} catch (error) {
			this.problem = problemOf(`“${pack.title}” could not be removed. Nothing was changed.`, error);
			return false;
		} finally {
			await this.#changed();
			this.working = false;
		}
	}

	readonly #beforeUpgrade = (installed: PackRecord) => this.#snapshot('pack-upgrade', installed.title);

	async #finish(result: InstallResult): Promise<boolean> {
		if (!result.ok) {
			this.problem = shownPackProblem(result.problem);
			return false;
		}
		this.status = result.outcome.summary;
		if (result.outcome.status !== 'unchanged') await this.#changed();
		return true;
	}

	/** The library changed: every screen reads it again, and the saved next card no longer holds. */
	async #changed(): Promise<void> {
		libraryCache.forget();
		forgetResumeHint();
		await this.load();
	}

	#clear(): void {
		this.status = '';
		this.problem = null;
	}
}

/** A refused pack file as the page shows it: the plain message, the details behind "Details". */
export function shownPackProblem(problem: PackFileProblem): ShownProblem {
	return problem.details.length > 0
		? { message: problem.message, detail: problem.details.join('\n') }
		: { message: problem.message };
}
