/**
 * The last step of making a pack: compile the reviewed draft with the built-in pack's rules, list what stops it,
 * preview its cards, save it to the library (a 'made' pack, studied and assigned like any other; saving again
 * updates it and keeps progress) and export its file.
 */
import { installPack, type InstallOutcome } from '$lib/db/library';
import { loadSessionPrefs, saveSessionPrefs } from '$lib/db/study';
import type { Pack } from '$lib/domain/pack';
import type { DraftCompilation } from '$lib/domain/pack-draft/compile';
import { libraryCache } from '../library-cache.svelte';
import { problemOf, type ShownProblem } from '../problem';
import { forgetResumeHint } from '../resume-hint';
import type { PackDraftState } from './draft.svelte';

export interface CompileStateOptions {
	clock?: () => number;
	install?: (pack: Pack, now: number) => Promise<InstallOutcome>;
}

export class PackCompileState {
	/** The latest compilation; null until asked. */
	result = $state.raw<DraftCompilation | null>(null);
	/** The pack as saved to the library; null until saved. */
	saved = $state.raw<InstallOutcome | null>(null);
	/** What the latest compilation found. */
	status = $state('');
	/** What the latest save or export did: said beside their buttons, a long preview below the status above. */
	outcome = $state('');
	/** Why the pack could not be saved. */
	problem = $state.raw<ShownProblem | null>(null);
	working = $state(false);

	readonly #draft: PackDraftState;
	readonly #clock: () => number;
	readonly #install: (pack: Pack, now: number) => Promise<InstallOutcome>;

	constructor(draft: PackDraftState, options: CompileStateOptions = {}) {
		this.#draft = draft;
		this.#clock = options.clock ?? Date.now;
		this.#install = options.install ?? ((pack, now) => installPack(pack, { origin: 'made', now }));
	}

	async compile(): Promise<DraftCompilation> {
		// The card generator and the pack-file checks load when first asked: kept out of the chunks other pages
		// share (Rollup merges small shared chunks, and they had landed in the first page's).
		const { compileDraft } = await import('$lib/domain/pack-draft/compile');
		const result = compileDraft($state.snapshot(this.#draft.current), this.#clock());
		this.result = result;
		this.saved = null;
		this.problem = null;
		this.outcome = '';
		this.status = result.pack
			? `Ready: ${result.cards.length} card${result.cards.length === 1 ? '' : 's'} from ${result.pack.entities.length} entr${result.pack.entities.length === 1 ? 'y' : 'ies'}.`
			: `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} to fix before the pack can be made.`;
		return result;
	}

	/** Saves the compiled pack to the library. */
	async save(): Promise<void> {
		const pack = this.result?.pack;
		if (!pack || this.working) return;
		this.working = true;
		try {
			const outcome = await this.#install(pack, this.#clock());
			libraryCache.forget();
			this.saved = outcome;
			this.problem = null;
			this.outcome = `${outcome.summary} Study it, or assign a quiz from it.`.replace(
				/^“[^”]*” is already installed\./,
				`“${pack.title}” is already in the library, unchanged.`
			);
		} catch (error) {
			this.problem = problemOf(
				'The pack could not be saved to the library. Nothing was changed; try again.',
				error
			);
		} finally {
			this.working = false;
		}
	}

	/**
	 * Makes Study show the saved pack's cards only (the filter a learner picks under Cards), so a teacher who wants
	 * to try the pack meets its cards, not the library's first ones; the choice stays theirs to change there.
	 */
	async studySaved(): Promise<void> {
		const pack = this.saved?.pack;
		if (!pack) return;
		const { typedAnswers } = await loadSessionPrefs();
		await saveSessionPrefs({ filter: { by: 'pack', pack: pack.id }, typedAnswers });
		forgetResumeHint();
	}

	/** The pack file to save, or null before a pack is compiled. */
	async exportFile(): Promise<{ fileName: string; text: string } | null> {
		const pack = this.result?.pack;
		if (!pack) return null;
		const { toPackFile } = await import('$lib/domain/pack-file');
		const fileName = `${pack.id}-${pack.version}.sourcedeck-pack.json`;
		this.outcome = `Saved “${fileName}” to your downloads.`;
		return { fileName, text: JSON.stringify(toPackFile(pack), null, '\t') };
	}
}
