/**
 * One quiz being taken: its questions (regenerated from the stored spec, so nothing but the spec and the
 * answers is saved), the question on screen, the answers and their scores, and the clock. Every answer is
 * stored as it is given, so a reload, a closed tab or a dead battery resumes at the first unanswered question.
 * Used by /quiz and, with `assignmentId`, by a student's assignment.
 */
import * as v from 'valibot';
import { finishAttempt, loadAttempt, saveAnswer, startAttempt } from '$lib/db/quiz-attempts';
import type { QuizAttemptRecord } from '$lib/db/records';
import type { Pack } from '$lib/domain/pack';
import {
	canonicalAnswer,
	generateQuiz,
	isQuizPoolReady,
	scoreAnswer,
	type Question,
	type QuestionScore,
	type QuizAnswer,
	type QuizSpec
} from '$lib/domain/quiz';
import { QuizSpecSchema } from '$lib/domain/share/quiz-spec';
import { libraryCache } from './library-cache.svelte';
import { quizMisses } from './quiz-misses';
import { errorMessage } from './problem';

export { cardsToReview, describeAnswer, misplacedItems, quizMisses } from './quiz-misses';
export { isQuizPoolReady };
export { warmQuizPool } from './quiz-pool-warmup';

export interface QuizRunOptions {
	/** The teacher's assignment this attempt belongs to. */
	assignmentId?: string;
	/** Resume this stored attempt (its own spec is used). */
	attemptId?: string;
	/**
	 * The question on screen when the attempt was left (0-based), shown again if it was reached: a reload comes
	 * back to the answer just given, with its feedback. Without it, the first question not yet answered.
	 */
	question?: number;
	/** The clock (tests pass a fake one). */
	clock?: () => number;
}

/**
 * What a quiz is made from: a pack, or a way to read the right one for a spec (a resumed attempt's spec is only
 * known once it is read).
 */
export type QuizPackSource = Pack | ((spec: QuizSpec) => Promise<Pack>);

export class QuizRun {
	/** True until the attempt is read or started. */
	loading = $state(true);
	/** A message when the quiz could not be made, read or saved. */
	error = $state<string | null>(null);
	/** Finishing is being saved. */
	busy = $state(false);
	/** The stored attempt (its id, start and, once finished, end and score). */
	attempt = $state.raw<QuizAttemptRecord | null>(null);
	/** The quiz's recipe: the given one, or the stored one when resuming. */
	spec = $state.raw<QuizSpec | null>(null);
	/** The pack the questions were made from (a place's other names are looked up in it). */
	pack = $state.raw<Pack | null>(null);
	questions = $state.raw<Question[]>([]);
	/** Answers given so far, in question order (null: skipped or out of time). */
	answers = $state.raw<(QuizAnswer | null)[]>([]);
	/** The question on screen. */
	index = $state(0);
	/** The clock's last reading: `tick()` moves it on. */
	now = $state(0);

	readonly #pack: QuizPackSource;
	readonly #options: QuizRunOptions;
	readonly #clock: () => number;

	// Each answered question's score, in order.
	readonly results = $derived<QuestionScore[]>(
		this.answers.map((a, i) => scoreAnswer(this.questions[i]!, a))
	);
	// The question on screen, or null before loading.
	readonly current = $derived<Question | null>(this.questions[this.index] ?? null);
	// Whether the question on screen has been answered (its feedback can show).
	readonly answered = $derived(this.index < this.answers.length);
	// The score of the question on screen, once answered.
	readonly currentResult = $derived<QuestionScore | null>(this.results[this.index] ?? null);
	// How many questions have an answer.
	readonly answeredCount = $derived(this.answers.length);
	// Whether the attempt is over (its score stored).
	readonly finished = $derived(this.attempt?.finishedAt !== undefined);
	// Points so far: partial credit counts (a timeline half in order earns 0.5). Unrounded: it is shown through
	// domain/points.ts, the one rounding rule a teacher's gradebook uses too.
	readonly score = $derived(this.results.reduce((sum, r) => sum + r.score, 0));
	// One point per question.
	readonly maxScore = $derived(this.questions.length);
	// Questions answered fully right.
	readonly correctCount = $derived(this.results.filter((r) => r.correct).length);
	// Time since the start (until the end once finished).
	readonly elapsedMs = $derived(
		this.attempt ? Math.max(0, (this.attempt.finishedAt ?? this.now) - this.attempt.startedAt) : 0
	);
	// The time limit, when the spec sets one.
	readonly timeLimitMs = $derived(this.spec?.timeLimitSec ? this.spec.timeLimitSec * 1000 : null);
	// Time left on the timer; null for an untimed quiz.
	readonly timeLeftMs = $derived(
		this.timeLimitMs === null ? null : Math.max(0, this.timeLimitMs - this.elapsedMs)
	);
	// The question on screen is the last one.
	readonly isLast = $derived(this.index >= this.questions.length - 1);

	constructor(pack: QuizPackSource, spec: QuizSpec | null, options: QuizRunOptions = {}) {
		this.#pack = pack;
		this.spec = spec;
		this.#options = options;
		this.#clock = options.clock ?? (() => Date.now());
	}

	get id(): string | null {
		return this.attempt?.id ?? null;
	}

	/** Resumes the stored attempt, or makes the quiz and starts a new one. Call once. */
	async load(): Promise<void> {
		this.loading = true;
		this.error = null;
		try {
			this.now = this.#clock();
			const stored = this.#options.attemptId ? await loadAttempt(this.#options.attemptId) : undefined;
			if (this.#options.attemptId && !stored)
				throw new Error('That quiz is no longer stored on this device.');
			const parsed = v.safeParse(QuizSpecSchema, stored ? stored.spec : this.spec);
			if (!parsed.success) throw new Error('This quiz’s settings are not valid.');
			const spec = parsed.output as QuizSpec;
			const pack = typeof this.#pack === 'function' ? await this.#pack(spec) : this.#pack;
			const questions = generateQuiz(pack, spec);
			if (questions.length === 0) throw new Error('No questions can be made from this choice of topics.');
			const attempt =
				stored ?? (await startAttempt(spec, this.now, { assignmentId: this.#options.assignmentId }));
			this.spec = spec;
			// The feedback's source line looks the source's title up in the cache (one way to show a source).
			libraryCache.remember({ sources: pack.sources });
			this.pack = pack;
			this.questions = questions;
			this.answers = (attempt.answers as (QuizAnswer | null)[]).slice(0, questions.length);
			this.attempt = attempt;
			const reached = Math.min(this.answers.length, questions.length - 1);
			const left = this.#options.question;
			this.index =
				attempt.finishedAt !== undefined
					? 0
					: left !== undefined && Number.isInteger(left) && left >= 0
						? Math.min(left, reached)
						: reached;
			// Time ran out while the quiz was closed.
			if (!this.finished && this.timeLeftMs === 0) await this.finish();
		} catch (e) {
			this.error = errorMessage(e);
		} finally {
			this.loading = false;
		}
	}

	/** Reads the clock; ends a timed quiz whose time is up. The runner calls it every second. */
	tick(): void {
		this.now = this.#clock();
		if (this.timeLeftMs === 0 && !this.finished && !this.busy && this.attempt) void this.finish();
	}

	/** Answers the question on screen (once: a given answer is final) and stores it. */
	async answer(given: QuizAnswer | null): Promise<void> {
		if (!this.attempt || this.finished || this.answered || this.index !== this.answers.length) return;
		const index = this.index;
		this.tick();
		if (this.finished) return;
		// A component's reactive list or object (a proxy) cannot be stored in IndexedDB: keep a plain copy, a map
		// tap on the grid a result code carries exactly (canonical-answer.ts).
		const answer = canonicalAnswer($state.snapshot(given) as QuizAnswer | null);
		this.answers = [...this.answers, answer];
		try {
			await saveAnswer(this.attempt.id, index, answer);
		} catch (e) {
			this.error = `Your answer could not be saved: ${errorMessage(e)}`;
		}
	}

	/** On to the next question, once this one is answered. */
	next(): void {
		if (this.answered && this.index < this.questions.length - 1) this.index += 1;
	}

	/** Back to an earlier question, to read its feedback again. */
	previous(): void {
		if (this.index > 0) this.index -= 1;
	}

	/** Ends the quiz: stores the score and records the wrong answers as missed cards. */
	async finish(): Promise<void> {
		if (!this.attempt || this.finished || this.busy) return;
		this.busy = true;
		try {
			this.now = this.#clock();
			const misses = quizMisses(this.questions, this.answers);
			this.attempt = await finishAttempt(this.attempt.id, this.now, this.score, this.maxScore, misses);
			this.index = 0;
		} catch (e) {
			this.error = `The quiz could not be finished: ${errorMessage(e)}`;
		} finally {
			this.busy = false;
		}
	}
}
