/**
 * A student taking a teacher's assignment from its link: the link is read (and refused with the codec's own
 * message when damaged), the set is kept on the device, the quiz runs (and resumes) through `QuizRun` from the
 * packs the link names, and at the end a result code is made to hand back. Nothing is stored for a link that
 * does not decode; a set whose packs this library lacks is kept, and the student told which pack to get.
 */
import { listAssignments, markDone, saveStudentAssignment, type StoredAssignment } from '$lib/db/assignments';
import { latestUnfinished } from '$lib/db/quiz-attempts';
import { generateQuiz, type QuizSpec } from '$lib/domain/quiz';
import { decodeAssignment, type AssignmentSet } from '$lib/domain/share/assignment-codec';
import {
	assignmentSpec,
	builtInVersionDiffers,
	missingPacks,
	missingPacksMessage,
	type MissingPack
} from '$lib/domain/share/assignment-codec';
import {
	makeResultCode,
	type QuizAnswer as ResultAnswer,
	type QuizResult
} from '$lib/domain/share/result-codec';
import type { ShareError } from '$lib/domain/share/share-error';
import type { QuizLibrary } from '$lib/state/library-content';
import type { PickedPackFile } from '$lib/state/library-page.svelte';
import { QuizRun, describeAnswer } from '$lib/state/quiz-run.svelte';
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

export const MAX_NAME = 80;
/** What a student answered rides in a format-1 code for missed questions only, cut to this (keeps codes short). */
const MAX_GIVEN = 60;

/** The result to hand back, from a finished run. Unanswered questions count as missed. */
export function resultOf(run: QuizRun, assignmentId: string, student: string): QuizResult | null {
	const attempt = run.attempt;
	if (!attempt || attempt.finishedAt === undefined || run.questions.length === 0) return null;
	const answers = run.questions.map((question, index): ResultAnswer => {
		const credit = Math.min(1, Math.max(0, run.results[index]?.score ?? 0));
		const correct = credit >= 1 ? true : credit <= 0 ? false : credit;
		const given = run.answers[index];
		if (credit >= 1 || !given) return { correct };
		return { correct, given: describeAnswer(question, given).slice(0, MAX_GIVEN) };
	});
	const maxScore = run.questions.length;
	return {
		v: 1,
		assignmentId,
		student: student.trim().slice(0, MAX_NAME),
		startedAt: attempt.startedAt,
		finishedAt: Math.max(attempt.startedAt, attempt.finishedAt),
		answers,
		score: Math.min(maxScore, Math.max(0, attempt.score ?? run.score)),
		maxScore
	};
}

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
	/** The packs the set needs that this library lacks (or has in another version): phase 'missing'. */
	missing = $state.raw<MissingPack[]>([]);
	/**
	 * A link made before the library, on another version of the built-in pack than this device's: questions may
	 * differ from classmates' (a link that names its packs is only taken with those versions).
	 */
	contentDiffers = $state(false);
	/** How many questions the quiz has (fewer than asked when the selection is small). */
	questionCount = $state(0);
	/** The missing packs are being installed from the addresses the link gives. */
	installing = $state(false);

	readonly library: QuizLibrary;
	readonly clock: () => number;

	constructor(library: QuizLibrary = lazyDeviceLibrary, clock: () => number = Date.now) {
		this.library = library;
		this.clock = clock;
	}

	/** The assignment as the teacher set it. */
	readonly set: AssignmentSet | null = $derived(this.record?.set ?? null);
	/** The quiz the set makes, from its packs. */
	readonly spec: QuizSpec | null = $derived(this.set ? assignmentSpec(this.set) : null);
	/** Why the quiz cannot be taken here, in plain words (phase 'missing'). */
	readonly missingMessage = $derived(this.missing.length ? missingPacksMessage(this.missing) : '');
	/** Due and already past. */
	readonly overdue = $derived(this.#overdue());
	/** The missing packs this device can install from the addresses the link gives (phase 'missing'). */
	readonly installable: MissingPack[] = $derived(this.#installable());

	#installable(): MissingPack[] {
		return this.library.install ? this.missing.filter((p) => p.url) : [];
	}

	#overdue(): boolean {
		return this.set?.dueAt !== undefined && this.set.dueAt < this.clock();
	}

	/** Whether this library can make the teacher's questions; counts them when it can. */
	async #checkPacks(set: AssignmentSet): Promise<boolean> {
		const installed = await this.library.installed();
		this.missing = missingPacks(set, installed);
		if (this.missing.length > 0) return false;
		this.contentDiffers = builtInVersionDiffers(set, installed);
		const spec = assignmentSpec(set);
		this.questionCount = generateQuiz(await this.library.packFor(spec), spec).length;
		return true;
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
			if (!(await this.#checkPacks(decoded.set))) {
				this.phase = 'missing';
				return;
			}
			await this.#resume(this.record);
		} catch (error) {
			this.error = `This assignment could not be kept on your device: ${errorMessage(error)}`;
			this.phase = 'intro';
		}
	}

	/**
	 * Installs the missing packs from where the teacher installed them, then opens the quiz. A pack that is still
	 * not the teacher's version afterwards loses its address (installing again would fetch the same file).
	 */
	async installMissing(): Promise<void> {
		const record = this.record;
		const install = this.library.install;
		if (!record || !install || this.installing || this.installable.length === 0) return;
		this.installing = true;
		this.error = null;
		try {
			const tried: string[] = [];
			for (const pack of this.installable) {
				const result = await install(pack.url!);
				if (!result.ok) {
					this.error = result.message;
					return;
				}
				tried.push(pack.id);
			}
			if (await this.#checkPacks(record.set)) await this.#resume(record);
			else
				this.missing = this.missing.map(({ url, ...pack }) =>
					tried.includes(pack.id) ? pack : { ...pack, url }
				);
		} catch (error) {
			this.error = `The pack could not be installed: ${errorMessage(error)}`;
		} finally {
			this.installing = false;
		}
	}

	/**
	 * Installs a pack file the teacher sent with the link, then opens the quiz once nothing is missing. A file of
	 * another pack is refused before anything is added to the library.
	 */
	async installFile(file: PickedPackFile): Promise<void> {
		const record = this.record;
		const installFile = this.library.installFile;
		if (!record || !installFile || this.installing) return;
		this.installing = true;
		this.error = null;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			// The file is read once, by the install: the pack it holds is checked there, before anything is written.
			const held = { id: '', title: '' };
			const result = await installFile(bytes, ({ id, title }) => {
				Object.assign(held, { id, title });
				return this.missing.some((pack) => pack.id === id)
					? null
					: `“${file.name}” holds “${title}”, not the pack this assignment needs. Nothing was added.`;
			});
			if (!result.ok) {
				this.error = result.message;
				return;
			}
			if (await this.#checkPacks(record.set)) await this.#resume(record);
			else if (this.missing.some((pack) => pack.id === held.id))
				this.error = `“${file.name}” holds another version of “${held.title}” than your teacher used: ask them for its pack file again.`;
		} catch (error) {
			this.error = `“${file.name}” could not be added: ${errorMessage(error)}`;
		} finally {
			this.installing = false;
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
		if (!record || this.nameMissing || this.busy || this.missing.length > 0) return;
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
				? this.missing.length === 0
				: record.set.packVersion !== undefined && !this.contentDiffers;
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
