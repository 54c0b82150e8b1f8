/**
 * The packs a student's assignment is made from, checked against this library: which are missing (or here in
 * another version than the teacher's), and adding them, from the address the link carries or from a pack file
 * the teacher sent. Once none is missing, how many questions the set makes here.
 */
import { generateQuiz } from '$lib/domain/quiz';
import type { AssignmentSet } from '$lib/domain/share/assignment-codec';
import {
	assignmentSpec,
	builtInVersionDiffers,
	missingPacks,
	missingPacksMessage,
	type MissingPack
} from '$lib/domain/share/assignment-codec';
import type { QuizLibrary } from '$lib/state/library-content';
import type { PickedPackFile } from '$lib/state/library-page.svelte';
import { errorMessage } from './problem';

/** After an install: the quiz can open, or why not (null when the message about missing packs says it). */
export type PacksOutcome = { ready: true } | { ready: false; error: string | null };

export class AssignmentPacks {
	/** The packs the set needs that this library lacks (or has in another version). */
	missing = $state.raw<MissingPack[]>([]);
	/**
	 * A link made before the library, on another version of the built-in pack than this device's: questions may
	 * differ from classmates' (a link that names its packs is only taken with those versions).
	 */
	contentDiffers = $state(false);
	/** How many questions the quiz has (fewer than asked when the selection is small). */
	questionCount = $state(0);
	/** A missing pack is being added. */
	installing = $state(false);

	readonly #library: QuizLibrary;

	constructor(library: QuizLibrary) {
		this.#library = library;
	}

	/** Why the quiz cannot be taken here, in plain words. */
	readonly missingMessage = $derived(this.missing.length ? missingPacksMessage(this.missing) : '');
	/** The missing packs this device can install from the addresses the link gives. */
	readonly installable: MissingPack[] = $derived(this.#installable());

	#installable(): MissingPack[] {
		return this.#library.install ? this.missing.filter((p) => p.url) : [];
	}

	/** Whether this library can make the teacher's questions; counts them when it can. */
	async check(set: AssignmentSet): Promise<boolean> {
		const installed = await this.#library.installed();
		this.missing = missingPacks(set, installed);
		if (this.missing.length > 0) return false;
		this.contentDiffers = builtInVersionDiffers(set, installed);
		const spec = assignmentSpec(set);
		this.questionCount = generateQuiz(await this.#library.packFor(spec), spec).length;
		return true;
	}

	/**
	 * Installs the missing packs from where the teacher installed them. A pack that is still not the teacher's
	 * version afterwards loses its address (installing again would fetch the same file).
	 */
	async installMissing(set: AssignmentSet): Promise<PacksOutcome> {
		const install = this.#library.install;
		if (!install || this.installing || this.installable.length === 0) return { ready: false, error: null };
		this.installing = true;
		try {
			const tried: string[] = [];
			for (const pack of this.installable) {
				const result = await install(pack.url!);
				if (!result.ok) return { ready: false, error: result.message };
				tried.push(pack.id);
			}
			if (await this.check(set)) return { ready: true };
			this.missing = this.missing.map(({ url, ...pack }) =>
				tried.includes(pack.id) ? pack : { ...pack, url }
			);
			return { ready: false, error: null };
		} catch (error) {
			return { ready: false, error: `The pack could not be installed: ${errorMessage(error)}` };
		} finally {
			this.installing = false;
		}
	}

	/**
	 * Installs a pack file the teacher sent with the link. A file of another pack is refused before anything is
	 * added to the library: the install reads the file once and checks its pack before writing.
	 */
	async installFile(set: AssignmentSet, file: PickedPackFile): Promise<PacksOutcome> {
		const installFile = this.#library.installFile;
		if (!installFile || this.installing) return { ready: false, error: null };
		this.installing = true;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const held = { id: '', title: '' };
			const result = await installFile(bytes, ({ id, title }) => {
				Object.assign(held, { id, title });
				return this.missing.some((pack) => pack.id === id)
					? null
					: `“${file.name}” holds “${title}”, not the pack this assignment needs. Nothing was added.`;
			});
			if (!result.ok) return { ready: false, error: result.message };
			if (await this.check(set)) return { ready: true };
			const stillOther = this.missing.some((pack) => pack.id === held.id);
			return {
				ready: false,
				error: stillOther
					? `“${file.name}” holds another version of “${held.title}” than your teacher used: ask them for its pack file again.`
					: null
			};
		} catch (error) {
			return { ready: false, error: `“${file.name}” could not be added: ${errorMessage(error)}` };
		} finally {
			this.installing = false;
		}
	}
}
