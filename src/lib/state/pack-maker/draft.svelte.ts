/**
 * The pack being made, kept as the person works: one reactive draft, written to IndexedDB shortly after every
 * change (and at once on `flush`, which the page calls when it is hidden), so closing the tab loses nothing.
 * The sources, review and compile states change the draft through this one owner.
 */
import { deleteDraft, latestDraft, saveDraft } from '$lib/db/drafts';
import { emptyDraft, type PackDraft } from '$lib/domain/pack-draft/types';
import { problemOf, type ShownProblem } from '../problem';

/** Where drafts are kept (IndexedDB in the app; specs may pass their own). */
export interface DraftStore {
	latest(): Promise<PackDraft | undefined>;
	save(draft: PackDraft): Promise<void>;
	remove(id: string): Promise<void>;
}

export const indexedDbDrafts: DraftStore = { latest: latestDraft, save: saveDraft, remove: deleteDraft };

export interface DraftStateOptions {
	store?: DraftStore;
	clock?: () => number;
	newId?: () => string;
	/** Milliseconds between a change and its save: typing saves once per pause, not per key. */
	saveDelay?: number;
}

export const SAVE_FAILED =
	'Your latest changes could not be kept on this device (is storage full?). Keep this tab open and try again.';

export class PackDraftState {
	/** The draft; null until read. */
	draft = $state<PackDraft | null>(null);
	/**
	 * Whether the latest change is written ('saved'), waiting ('pending') or failed; 'blank' for a new draft
	 * nothing was typed into yet (there is nothing to save).
	 */
	saveStatus = $state<'blank' | 'saved' | 'pending' | 'failed'>('blank');
	problem = $state.raw<ShownProblem | null>(null);

	readonly #store: DraftStore;
	readonly #clock: () => number;
	readonly #newId: () => string;
	readonly #delay: number;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing: Promise<void> = Promise.resolve();

	constructor(options: DraftStateOptions = {}) {
		this.#store = options.store ?? indexedDbDrafts;
		this.#clock = options.clock ?? Date.now;
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		this.#delay = options.saveDelay ?? 400;
	}

	/** Opens the draft last worked on, or starts a new one (not saved until something is typed). */
	async load(): Promise<void> {
		try {
			const latest = await this.#store.latest();
			this.draft = latest ?? emptyDraft(this.#newId(), this.#clock());
			this.saveStatus = latest ? 'saved' : 'blank';
		} catch (error) {
			this.problem = problemOf('The draft could not be read from this device.', error);
			this.draft = emptyDraft(this.#newId(), this.#clock());
		}
	}

	/** The draft, for callers that run only once it is read. */
	get current(): PackDraft {
		if (!this.draft) throw new Error('The draft is not read yet.');
		return this.draft;
	}

	/** Records that the draft changed: it is saved after a short pause. */
	changed(): void {
		if (!this.draft) return;
		this.draft.updatedAt = this.#clock();
		this.saveStatus = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delay);
	}

	/** Writes a pending change now (the page is being hidden, or a spec wants it). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (this.saveStatus !== 'pending' || !this.draft) return this.#writing;
		const snapshot = $state.snapshot(this.draft) as PackDraft;
		this.#writing = this.#writing.then(async () => {
			try {
				await this.#store.save(snapshot);
				if (this.draft?.updatedAt === snapshot.updatedAt) this.saveStatus = 'saved';
				this.problem = null;
			} catch (error) {
				this.saveStatus = 'failed';
				this.problem = problemOf(SAVE_FAILED, error);
			}
		});
		return this.#writing;
	}

	/** Throws the draft away and starts an empty one (after a pack is saved, or on request). */
	async discard(): Promise<void> {
		clearTimeout(this.#timer);
		const id = this.draft?.id;
		await this.#writing;
		if (id) await this.#store.remove(id);
		this.draft = emptyDraft(this.#newId(), this.#clock());
		this.saveStatus = 'blank';
	}
}
