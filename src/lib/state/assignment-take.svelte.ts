/**
 * A student taking a teacher's assignment from its link: the link is read (and refused with the codec's own
 * message when damaged), the set is kept on the device, the quiz runs (and resumes) through `QuizRun` from the
 * packs the link names, and at the end a result code is made to hand back. Nothing is stored for a link that
 * does not decode; a set whose packs this library lacks is kept, and the student told which pack to get.
 */
import { listAssignments, markDone, saveStudentAssignment, type StoredAssignment } from '$lib/db/assignments';
import { latestUnfinished } from '$lib/db/quiz-attempts';
import type { QuizSpec } from '$lib/domain/quiz';
import { assignmentSpec, decodeAssignment, type AssignmentSet } from '$lib/domain/share/assignment-codec';
import { makeResultCode } from '$lib/domain/share/result-codec';
import type { ShareError } from '$lib/domain/share/share-error';
import type { QuizLibrary } from '$lib/state/library-content';
import type { PickedPackFile } from '$lib/state/library-page.svelte';
import { QuizRun } from '$lib/state/quiz-run.svelte';
import { AssignmentPacks, type PacksOutcome } from './assignment-packs.svelte';
import { resultOf } from './assignment-result';
import { errorMessage } from './problem';

/** This device's library, its code loaded when first asked (the page paints before the library is read). */
const lazyDeviceLibrary: QuizLibrary = {
	installed: async () => (await import('./library-content')).deviceLibrary.installed(),
	packFor: async (spec) => (await import('./library-content')).quizPackFor(spec),
	install: async (url) => (await import('./library-content')).deviceLibrary.install!(url),
	installFile: async (bytes, accept) =>
		(await import('./library-content')).deviceLibrary.installFile!(bytes, accept)
};
export type TakePhase = 'loading' | 'paste' | 'refused' | 'missing' | 'intro' | 'running' | 'done';

export class AssignmentTake {
	phase = $state<TakePhase>('loading');
	/** Why the link was refused (its message is for the student). */
	refusal = $state.raw<ShareError | null>(null);
	/** A storage or quiz problem, as a sentence. */
	error = $state<string | null>(null);
	record = $state.raw<StoredAssignment | null>(null);
	studentName = $state('');
	/** The name was submitted empty. */
	nameMissing = $state(false);
	run = $state.raw<QuizRun | null>(null);
	resultCode = $state<string | null>(null);
	busy = $state(false);
	/** The packs the set is made from, checked against this library (phase 'missing' while one lacks). */
	readonly packs: AssignmentPacks;

	readonly library: QuizLibrary;
	readonly clock: () => number;

	constructor(library: QuizLibrary = lazyDeviceLibrary, clock: () => number = Date.now) {
		this.library = library;
		this.clock = clock;
		this.packs = new AssignmentPacks(library);
	}

	/** The assignment as the teacher set it. */
	readonly set: AssignmentSet | null = $derived(this.record?.set ?? null);
	/** The quiz the set makes, from its packs. */
	readonly spec: QuizSpec | null = $derived(this.set ? assignmentSpec(this.set) : null);
	/** Due and already past. */
	readonly overdue = $derived(this.#overdue());

	#overdue(): boolean {
		return this.set?.dueAt !== undefined && this.set.dueAt < this.clock();
	}

	/** Opens the assignment in `hash` (the page's fragment); `origin` makes the link kept with it. */
	async open(hash: string, origin: string): Promise<void> {
		this.phase = 'loading';
		this.refusal = null;
		this.error = null;
		const token = hash.replace(/^#/, '').replace(/\s+/g, '');
		if (!token) {
			this.phase = 'paste';
			return;
		}
		const decoded = decodeAssignment(token);
		if (!decoded.ok) {
			this.refusal = decoded.error;
			this.phase = 'refused';
			return;
		}
		try {
			const link = `${origin}/assign/take#${token}`;
			this.record = await saveStudentAssignment(decoded.set, link, this.clock());
			if (!(await this.packs.check(decoded.set))) {
				this.phase = 'missing';
				return;
			}
			await this.#resume(this.record);
		} catch (error) {
			this.error = `This assignment could not be kept on your device: ${errorMessage(error)}`;
			this.phase = 'intro';
		}
	}

	/** Installs the missing packs from the addresses the link carries, then opens the quiz. */
	async installMissing(): Promise<void> {
		const record = this.record;
		if (!record) return;
		this.error = null;
		await this.#afterInstall(record, await this.packs.installMissing(record.set));
	}

	/** Installs a pack file the teacher sent with the link, then opens the quiz once nothing is missing. */
	async installFile(file: PickedPackFile): Promise<void> {
		const record = this.record;
		if (!record) return;
		this.error = null;
		await this.#afterInstall(record, await this.packs.installFile(record.set, file));
	}

	async #afterInstall(record: StoredAssignment, outcome: PacksOutcome): Promise<void> {
		if (!outcome.ready) {
			this.error = outcome.error;
			return;
		}
		try {
			await this.#resume(record);
		} catch (error) {
			this.error = `The quiz could not be opened: ${errorMessage(error)}`;
		}
	}

	async #resume(record: StoredAssignment): Promise<void> {
		this.studentName = record.studentName ?? (await this.#lastName());
		if (record.status === 'done' && record.resultCode) this.resultCode = record.resultCode;
		// An attempt started but not yet linked (the tab closed in between) is picked up too.
		const attemptId =
			record.attemptId ?? (await latestUnfinished({ assignmentId: record.set.id }))?.id ?? undefined;
		if (!attemptId || !record.studentName) {
			this.phase = record.status === 'done' ? 'done' : 'intro';
			return;
		}
		const run = new QuizRun((spec) => this.library.packFor(spec), null, {
			assignmentId: record.set.id,
			attemptId,
			clock: this.clock
		});
		await run.load();
		this.run = run;
		if (run.error && !run.attempt) {
			this.error = run.error;
			this.phase = record.status === 'done' ? 'done' : 'intro';
			return;
		}
		if (run.finished) await this.complete();
		else this.phase = 'running';
	}

	/** The name the student gave last time, to save typing it again. */
	async #lastName(): Promise<string> {
		const named = (await listAssignments('student')).find((row) => row.studentName);
		return named?.studentName ?? '';
	}

	/** Starts the quiz under the student's name (required). */
	async start(): Promise<void> {
		const record = this.record;
		const name = this.studentName.trim();
		this.nameMissing = name === '';
		if (!record || this.nameMissing || this.busy || this.packs.missing.length > 0) return;
		this.busy = true;
		this.error = null;
		try {
			const run = new QuizRun((spec) => this.library.packFor(spec), assignmentSpec(record.set), {
				assignmentId: record.set.id,
				clock: this.clock
			});
			await run.load();
			if (!run.attempt) {
				this.error = run.error ?? 'The quiz could not be started.';
				return;
			}
			this.record = await saveStudentAssignment(record.set, record.link, this.clock(), {
				studentName: name,
				attemptId: run.attempt.id
			});
			this.run = run;
			this.phase = 'running';
		} catch (error) {
			this.error = `The quiz could not be started: ${errorMessage(error)}`;
		} finally {
			this.busy = false;
		}
	}

	/** After the last question: makes the result code and takes the assignment off the open list. */
	async complete(): Promise<void> {
		const record = this.record;
		const run = this.run;
		if (!record || !run) return;
		const result = resultOf(run, record.set.id, record.studentName ?? this.studentName);
		if (!result) return;
		try {
			// A code already handed out stays the same, whatever changed since. The short format is made when the
			// teacher's app will regenerate the same questions: this app has the content the set was built on (the
			// pack versions a link names are checked before the quiz starts).
			const sameQuestions = record.set.packs
				? this.packs.missing.length === 0
				: record.set.packVersion !== undefined && !this.packs.contentDiffers;
			const quiz = sameQuestions
				? { assignmentId: record.set.id, createdAt: record.set.createdAt, questions: run.questions }
				: undefined;
			this.resultCode = record.resultCode ?? makeResultCode({ result, answers: run.answers, quiz });
			if (record.status !== 'done') {
				await markDone(record.id, this.resultCode, this.clock());
				this.record = { ...record, status: 'done', resultCode: this.resultCode };
			}
		} catch (error) {
			this.error = `Your result could not be saved: ${errorMessage(error)}`;
		}
		this.phase = 'done';
	}
}
