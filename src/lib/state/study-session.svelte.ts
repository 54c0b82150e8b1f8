/**
 * One study session: today's queue for the chosen filter, the card on screen, its four rating outcomes, and
 * answer/undo. Nothing about the session's position is kept in memory only: the queue is derived from the
 * stored card states and today's review log, so a reload or a reopened tab continues where the learner was;
 * the filter and typed-answer mode are saved in the `settings` table.
 */
import { pack as appPack } from '$lib/content/pack';
import type { CardRecord } from '$lib/db/records';
import type { matchAnswer } from '$lib/domain/answer';
import { KIND_LABELS, TYPE_LABELS } from '$lib/domain/card-labels';
import type { Card, Pack } from '$lib/domain/pack';
import { isTypeable } from '$lib/domain/quiz/eligibility';
import {
	ALL_CARDS,
	EMPTY_DAY,
	buildQueue,
	matchesFilter,
	type QueueFilter,
	type QueueItem,
	type StudyDay
} from '$lib/domain/queue';
import { resumeHolds, resumePoint } from '$lib/domain/resume';
import type { FsrsState, Scheduler } from '$lib/domain/scheduler';
import { AGAIN, GOOD, NEW, REVIEW, type Rating } from '$lib/domain/scheduler-values';
import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/settings';
import { localDay } from '$lib/domain/time';
import { describeStorageError } from '$lib/db/storage-errors';
import { deviceResume, type ResumeHint, type ResumeStore } from './resume-hint';
import { rememberReturning } from './returning';

/** The database code, loaded on first use (see study-storage.ts). */
const loadStudyStorage = () => import('./study-storage');

/** Answer checking, loaded when typed answers are first used: most study is done by revealing. */
const loadAnswerMatching = () => import('$lib/domain/answer');

/** The app's scheduler (ts-fsrs, fuzz on), loaded with the learner's data: the first paint does not need it. */
async function loadAppScheduler(): Promise<(settings: Settings) => Scheduler> {
	const { createScheduler } = await import('$lib/domain/scheduler');
	return (settings) =>
		createScheduler({
			desiredRetention: settings.desiredRetention,
			maximumInterval: settings.maximumInterval,
			enableFuzz: true
		});
}

export interface StudySessionOptions {
	/** The clock (tests pass a fake one). */
	clock?: () => number;
	/** Builds the scheduler from the settings; the app's (loaded on first read) has fuzz on, tests turn it off. */
	schedulerFor?: (settings: Settings) => Scheduler;
	/** Where the learner's next card is kept between visits (the app's is localStorage). */
	resume?: ResumeStore;
	/** Runs work that can wait until the page is idle (tests run it at once). */
	whenIdle?: (task: () => void) => void;
}

/** After the frame that shows the next card, so saving the hint never delays it. */
const appWhenIdle = (task: () => void) =>
	typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task);

/** At most this many other answers of the same card type are compared against a typed answer. */
const MAX_COMPETITORS = 2000;

export class StudySession {
	/**
	 * The stored state has been read. Until then the session is what a first visit sees — every card new, the
	 * default settings — so the page is prerendered with the real first card for a newcomer.
	 */
	confirmed = $state(false);
	/** Reading again after a failed read. */
	loading = $state(false);
	/** A message when reading or saving failed. */
	error = $state<string | null>(null);
	/** An answer or undo is being saved: the rating buttons wait. */
	busy = $state(false);
	/** Which cards to study (kept across reloads). */
	// Raw, not a deep proxy: it is saved to IndexedDB, which cannot clone a Proxy.
	filter = $state.raw<QueueFilter>(ALL_CARDS);
	/** Type answers instead of revealing them (kept across reloads). */
	typedMode = $state(false);
	/** The answer side is showing. */
	revealed = $state(false);
	/** What the learner typed for the current card. */
	typed = $state('');
	settings = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
	/** The instant the queue was built for; `refresh()` moves it on. */
	now = $state(0);
	/** Answers given in this visit. */
	answeredCount = $state(0);

	/**
	 * Stored card states by id. Changed in place, not copied: copying a 20,000-card collection on every answer
	 * (and collecting the garbage) cost a few milliseconds of the frame budget. Not reactive itself:
	 * `#statesChanged` tells the derived values when to look again.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- reactivity comes from #statesChanged
	#states = new Map<string, CardRecord>();
	/** Counts changes to `#states`; read by everything derived from it. */
	#statesChanged = $state(0);
	#day = $state.raw<StudyDay>(EMPTY_DAY);
	/** A card an undo put back: shown first. */
	#front = $state<string | undefined>(undefined);
	/** Pair key of the card just answered: the next card must not share it. */
	#lastPair = $state<string | undefined>(undefined);
	/** Review ids answered in this visit, latest last. */
	#undoStack = $state.raw<number[]>([]);
	#shownAt = 0;
	/** Settles when the latest `load()` is done; null before the first. */
	#reading: Promise<void> | null = null;
	/** Settles when the answer or undo being stored is done; null while nothing is. */
	#inFlight: Promise<void> | null = null;
	/** Answers per card type, built on first use (not reactive: the pack never changes). */
	#answersByType: Record<string, string[]> | null = null;
	/** The card saved as next at the learner's last visit: shown until the stored data is read. */
	#resumed = $state.raw<QueueItem | null>(null);
	/** Checks a typed answer; null until typed answers are first used (then loaded). */
	#matchAnswer = $state.raw<typeof matchAnswer | null>(null);
	/** A hint save is waiting for the page to be idle. */
	#resumeSavePending = false;
	readonly #pack: Pick<Pack, 'cards' | 'version'>;
	readonly #clock: () => number;
	/** Builds the scheduler; null until the app's is loaded by the first read. */
	#schedulerFor = $state.raw<((settings: Settings) => Scheduler) | null>(null);
	readonly #resume: ResumeStore;
	readonly #whenIdle: (task: () => void) => void;

	// Today's queue for the filter, rebuilt from the stored states after every answer.
	readonly queue = $derived(
		buildQueue(this.cards, this.#readStates(), this.#day, this.settings, this.now, {
			filter: this.filter,
			front: this.#front,
			afterPair: this.#lastPair
		})
	);
	// The card on screen, or null when nothing is left.
	readonly current = $derived(this.#resumed ?? this.queue.items[0] ?? null);
	// Showing the card saved at the last visit, before the stored data confirms it.
	readonly resuming = $derived(this.#resumed !== null);
	// The current card's stored FSRS state; null for a card never seen.
	readonly currentState = $derived(this.#stateOf(this.current?.card.id));
	// The scheduler the settings ask for; null until it is loaded with the learner's data.
	readonly scheduler = $derived(this.#schedulerFor?.(this.settings) ?? null);
	// What each rating would do to the current card, with the interval for its button.
	readonly previews = $derived(
		this.current && this.scheduler ? this.scheduler.preview(this.currentState, this.now) : null
	);
	// Whether the current card is answered by typing (sentences and map cards are always revealed).
	readonly typing = $derived(this.typedMode && this.current !== null && isTypeable(this.current.card));
	// The typed answer checked against every accepted spelling, once revealed.
	readonly verdict = $derived(
		this.typing && this.revealed && this.current && this.#matchAnswer
			? this.#check(this.#matchAnswer, this.current.card, this.typed)
			: null
	);
	// The rating a typed answer points to: Good when right, Again when wrong.
	readonly suggestedRating = $derived<Rating | null>(
		this.verdict ? (this.verdict.correct ? GOOD : AGAIN) : null
	);
	// Cards left: new, learning and review.
	readonly remaining = $derived(this.queue.counts);
	// All cards left in the queue.
	readonly remainingTotal = $derived(this.queue.items.length);
	// Nothing left to study right now.
	readonly done = $derived(!this.loading && this.error === null && this.current === null);
	// When the next card falls due, for the "nothing due" screen; null when none is scheduled.
	readonly nextDueAt = $derived(this.queue.nextDue);
	// Due reviews left for tomorrow by the daily cap.
	readonly heldByCap = $derived(this.queue.heldByCap);
	// Whether an answer of this visit can be taken back.
	readonly canUndo = $derived(this.#undoStack.length > 0 && !this.busy);

	constructor(pack: Pick<Pack, 'cards' | 'version'> = appPack, options: StudySessionOptions = {}) {
		this.#pack = pack;
		this.#clock = options.clock ?? (() => Date.now());
		this.#schedulerFor = options.schedulerFor ?? null;
		this.#resume = options.resume ?? deviceResume;
		this.#whenIdle = options.whenIdle ?? appWhenIdle;
		this.now = this.#clock();
		this.#shownAt = this.now;
		this.#resumeFrom(this.#resume.read());
	}

	get cards(): readonly Card[] {
		return this.#pack.cards;
	}

	/** The content pack's version, which a saved next card must match (the page's inline script checks it). */
	get packVersion(): string {
		return this.#pack.version;
	}

	/** Reads settings, the saved filter and mode, and the card states. Call once when the page opens. */
	async load(): Promise<void> {
		this.loading = this.error !== null;
		this.error = null;
		let finish = () => {};
		this.#reading = new Promise<void>((resolve) => (finish = resolve));
		// The first-visit card may already be in the learner's hands (revealed, typed into): it stays if it is theirs.
		const shown = { id: this.current?.card.id, typing: this.typing };
		try {
			const now = this.#clock();
			const [{ getSettings, loadSessionPrefs, loadStudySnapshot }, schedulerFor] = await Promise.all([
				loadStudyStorage(),
				this.#schedulerFor ?? loadAppScheduler()
			]);
			const [settings, prefs, snapshot] = await Promise.all([
				getSettings(),
				loadSessionPrefs(),
				loadStudySnapshot(now)
			]);
			const typedMode = prefs.typedAnswers ?? settings.typedAnswers;
			if (typedMode) await this.#loadAnswerMatching();
			this.#schedulerFor = schedulerFor;
			this.settings = settings;
			this.filter = prefs.filter;
			this.typedMode = typedMode;
			this.#replaceStates(snapshot.states);
			this.#day = snapshot.day;
			this.now = now;
			this.#resumed = null;
			if (this.current?.card.id !== shown.id || this.typing !== shown.typing) this.#startCard();
			this.confirmed = true;
			rememberReturning(snapshot.states.size > 0);
			this.#saveResume();
		} catch (error) {
			this.#resumed = null;
			this.confirmed = false;
			this.error = `Could not read your study data: ${(error as Error).message}`;
		} finally {
			this.loading = false;
			finish();
		}
	}

	/** Moves the clock on: learning cards that came due join the queue; a new day starts fresh counts. */
	async refresh(): Promise<void> {
		const now = this.#clock();
		if (localDay(now) !== localDay(this.now)) {
			const snapshot = await (await loadStudyStorage()).loadStudySnapshot(now);
			this.#replaceStates(snapshot.states);
			this.#day = snapshot.day;
		}
		this.now = now;
		this.#saveResume();
	}

	reveal(): void {
		if (!this.current) return;
		this.revealed = true;
		// Typed before the stored data was read: the check shows once it is loaded.
		if (this.typing) void this.#loadAnswerMatching();
	}

	/**
	 * Grades the current card. The next card shows at once, in the same frame: the rating's outcome is already
	 * known from the preview. The answer is saved meanwhile in one transaction, and the session stays `busy` until
	 * it is stored: the next answer waits for it, an undo is not offered yet. If saving fails, the session goes back
	 * to how it was, the card on screen again, with the reason.
	 */
	async answer(rating: Rating): Promise<void> {
		const item = this.current;
		if (!item) return;
		// Nothing is stored over a guess: the first-visit card is answered once the stored data shows it is theirs.
		if (!this.confirmed) {
			await this.#reading;
			if (!this.confirmed || this.current?.card.id !== item.card.id) return;
		}
		// Loaded by the read just confirmed.
		const scheduler = this.scheduler;
		if (!scheduler) return;
		// A rating given while the answer before is still being stored (a few milliseconds) waits for it, and
		// is dropped if that one failed and put its own card back on screen.
		while (this.#inFlight) {
			await this.#inFlight;
			if (this.current?.card.id !== item.card.id) return;
		}
		const end = this.#begin();
		this.error = null;
		const now = this.#clock();
		const typed = this.typing ? this.typed : undefined;
		const before = this.currentState;
		const stored = this.#states.get(item.card.id) ?? null;
		const shown = {
			day: this.#day,
			lastPair: this.#lastPair,
			front: this.#front,
			now: this.now,
			typed: this.typed,
			revealed: this.revealed,
			shownAt: this.#shownAt
		};
		const expected = scheduler.preview(before, now)[rating].after;
		this.#putState(item.card.id, {
			...expected,
			id: item.card.id,
			introducedAt: stored?.introducedAt ?? now
		});
		this.#day = {
			...this.#day,
			introducedToday: this.#day.introducedToday + (before === null ? 1 : 0),
			reviewedToday: this.#day.reviewedToday + (before?.state === REVIEW ? 1 : 0)
		};
		this.#lastPair = item.card.pair;
		this.#front = undefined;
		this.answeredCount++;
		this.now = now;
		this.#startCard();
		try {
			const { answerCard } = await loadStudyStorage();
			const { card, review } = await answerCard(item.card.id, rating, now, now - shown.shownAt, typed, {
				scheduler
			});
			// What was stored wins (another tab may have answered this card meanwhile).
			this.#putState(card.id, card);
			this.#undoStack = [...this.#undoStack, review.id];
			rememberReturning(true);
			this.#saveResume();
		} catch (error) {
			this.#putState(item.card.id, stored);
			this.#day = shown.day;
			this.#lastPair = shown.lastPair;
			this.#front = shown.front;
			this.now = shown.now;
			this.answeredCount--;
			this.typed = shown.typed;
			this.revealed = shown.revealed;
			this.#shownAt = shown.shownAt;
			this.error = describeStorageError(error, 'your answer');
		} finally {
			end();
		}
	}

	/** Takes back the latest answer of this visit; that card comes back on screen. */
	async undo(): Promise<void> {
		const reviewId = this.#undoStack.at(-1);
		if (reviewId === undefined || this.busy) return;
		const end = this.#begin();
		this.error = null;
		try {
			const review = await (await loadStudyStorage()).undoLastAnswer(reviewId);
			if (!review) {
				// Something newer was answered elsewhere (another tab): start again from what is stored.
				this.#undoStack = [];
				this.error = 'That answer can no longer be taken back.';
				await this.#reload();
				return;
			}
			const existing = this.#states.get(review.cardId);
			this.#putState(
				review.cardId,
				review.before && {
					...review.before,
					id: review.cardId,
					introducedAt: existing?.introducedAt ?? review.at
				}
			);
			const sameDay = review.day === localDay(this.#clock());
			this.#day = {
				...this.#day,
				introducedToday: this.#day.introducedToday - (review.before === null && sameDay ? 1 : 0),
				reviewedToday: this.#day.reviewedToday - (review.before?.state === REVIEW && sameDay ? 1 : 0)
			};
			this.#undoStack = this.#undoStack.slice(0, -1);
			this.#front = review.cardId;
			this.#lastPair = undefined;
			this.answeredCount = Math.max(0, this.answeredCount - 1);
			this.now = this.#clock();
			this.#startCard();
			this.typed = review.typed ?? '';
			this.#saveResume();
		} catch (error) {
			this.error = describeStorageError(error, 'the undo');
		} finally {
			end();
		}
	}

	/** Studies only some cards from now on (saved for the next visit). */
	async setFilter(filter: QueueFilter): Promise<void> {
		this.filter = filter;
		this.#front = undefined;
		this.#startCard();
		await this.#savePrefs();
	}

	/** Switches typed answers on or off for this session (saved for the next visit). */
	async setTypedMode(on: boolean): Promise<void> {
		this.typedMode = on;
		this.revealed = false;
		await Promise.all([on ? this.#loadAnswerMatching() : null, this.#savePrefs()]);
	}

	/** Loads answer checking (once): typed answers are in use. */
	async #loadAnswerMatching(): Promise<void> {
		this.#matchAnswer ??= (await loadAnswerMatching()).matchAnswer;
	}

	#stateOf(id: string | undefined): FsrsState | null {
		const record = id === undefined ? undefined : this.#readStates().get(id);
		if (!record || record.state === NEW) return null;
		const { id: _id, introducedAt: _introducedAt, ...state } = record;
		return state;
	}

	/** Marks an answer or undo as being stored; the returned function marks it done. */
	#begin(): () => void {
		this.busy = true;
		let release = () => {};
		this.#inFlight = new Promise<void>((resolve) => (release = resolve));
		return () => {
			this.busy = false;
			this.#inFlight = null;
			release();
		};
	}

	/** The states, read so that whatever derives from them follows their changes. */
	#readStates(): ReadonlyMap<string, CardRecord> {
		void this.#statesChanged;
		return this.#states;
	}

	#replaceStates(states: ReadonlyMap<string, CardRecord>): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- see #states
		this.#states = new Map(states);
		this.#statesChanged++;
	}

	/** Puts one card's state (or removes it, for null: an undone first answer). */
	#putState(id: string, record: CardRecord | null): void {
		if (record) this.#states.set(id, record);
		else this.#states.delete(id);
		this.#statesChanged++;
	}

	#startCard(): void {
		this.revealed = false;
		this.typed = '';
		this.#shownAt = this.#clock();
	}

	async #reload(): Promise<void> {
		const now = this.#clock();
		const snapshot = await (await loadStudyStorage()).loadStudySnapshot(now);
		this.#replaceStates(snapshot.states);
		this.#day = snapshot.day;
		this.#front = undefined;
		this.now = now;
		this.#startCard();
	}

	async #savePrefs(): Promise<void> {
		try {
			await (
				await loadStudyStorage()
			).saveSessionPrefs({ filter: this.filter, typedAnswers: this.typedMode });
			this.#saveResume();
		} catch (error) {
			this.error = describeStorageError(error, 'your choice');
		}
	}

	/** Starts from the card saved at the last visit, if it is still the one a fresh queue would show now. */
	#resumeFrom(hint: ResumeHint | null): void {
		if (!hint || hint.pack !== this.#pack.version || !resumeHolds(hint, this.now)) return;
		const card = this.cards.find((c) => c.id === hint.cardId);
		if (!card || card.prompt !== hint.prompt || !matchesFilter(card, hint.filter)) return;
		this.#resumed = { card, kind: hint.kind, due: null };
		this.filter = hint.filter;
		this.typedMode = hint.typedMode;
	}

	/**
	 * Saves the card a reopened app would start with, once the page is idle: after every change to what is
	 * stored. A newcomer needs none (the page is prerendered with their first card).
	 */
	#saveResume(): void {
		if (this.#resumeSavePending) return;
		this.#resumeSavePending = true;
		this.#whenIdle(() => {
			this.#resumeSavePending = false;
			if (!this.confirmed) return;
			const now = this.#clock();
			const point =
				this.#states.size === 0
					? null
					: resumePoint(this.cards, this.#states, this.#day, this.settings, now, this.filter);
			this.#resume.write(
				point && {
					pack: this.#pack.version,
					cardId: point.card.id,
					kind: point.kind,
					from: point.from,
					until: point.until,
					filter: this.filter,
					typedMode: this.typedMode,
					prompt: point.card.prompt,
					kindName: KIND_LABELS[point.card.kind].one,
					typeName: TYPE_LABELS[point.card.type],
					typing: this.typedMode && isTypeable(point.card)
				}
			);
		});
	}

	#check(match: typeof matchAnswer, card: Card, typed: string) {
		const accepted = card.accepted.length > 0 ? card.accepted : [card.answer];
		return match(typed, accepted, { competitors: this.#competitorsFor(card) });
	}

	/** Answers of other cards of the same type: a typo closer to one of them is not forgiven. */
	#competitorsFor(card: Card): string[] {
		this.#answersByType ??= answersByType(this.cards);
		const own = card.accepted.map((a) => a.toLowerCase());
		return (this.#answersByType[card.type] ?? [])
			.filter((name) => !own.includes(name.toLowerCase()))
			.slice(0, MAX_COMPETITORS);
	}
}

/** Distinct answers per card type. */
function answersByType(cards: readonly Card[]): Record<string, string[]> {
	const byType: Record<string, string[]> = {};
	const seen: Record<string, true> = {};
	for (const card of cards) {
		const key = `${card.type}\u0000${card.answer}`;
		if (seen[key]) continue;
		seen[key] = true;
		(byType[card.type] ??= []).push(card.answer);
	}
	return byType;
}
