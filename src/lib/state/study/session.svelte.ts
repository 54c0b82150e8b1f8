/**
 * One study session: today's queue for the chosen filter, the card on screen and its four rating outcomes; an
 * answer and an undo are written by Grading (grading.svelte.ts). The queue comes from a window of the library
 * read by indexed queries (db/study-window.ts), so neither its first card nor an answer costs more in a library
 * of 20,000 cards than in one of 600; the window is read again after every stored answer. Nothing about the
 * session's position is kept in memory only: a reload continues where the learner was; the filter and
 * typed-answer mode are saved in the `settings` table.
 */
import { describeStorageError } from '$lib/db/storage-errors';
import type { Card } from '$lib/domain/pack';
import { ALL_CARDS, type QueueFilter } from '$lib/domain/queue';
import type { Scheduler } from '$lib/domain/scheduler';
import type { Rating } from '$lib/domain/scheduler-values';
import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/settings';
import { ensureBuiltInPack } from '../library-installer';
import { deviceResume, type ResumeStore } from '../resume-hint';
import { rememberReturning } from '../returning';
import { whenIdle } from '../when-idle';
import { AnswerLog } from './answer-log.svelte';
import { CardOnScreen } from './card-on-screen.svelte';
import { Grading } from './grading.svelte';
import { deviceGivenAnswers, type GivenAnswers } from './given-answers';
import { ResumedCard } from './resumed-card.svelte';
import { SessionQueue } from './session-queue.svelte';
import { loadStudyStorage, readSessionStart, readStudyWindow } from './session-reads';

export interface StudySessionOptions {
	/** The clock (tests pass a fake one). */
	clock?: () => number;
	/** Builds the scheduler from the settings; the app's (loaded on first read) has fuzz on, tests turn it off. */
	schedulerFor?: (settings: Settings) => Scheduler;
	/** Where the learner's next card is kept between visits (the app's is localStorage). */
	resume?: ResumeStore;
	/** Runs work that can wait until the page is idle (tests run it at once). */
	whenIdle?: (task: () => void) => void;
	/** Makes sure the library holds its packs before the first read (the app installs its built-in pack). */
	prepareLibrary?: () => Promise<void>;
	/** New cards a first visit has (the built-in pack's size), for the counts shown before the first read. */
	firstVisitCards?: number;
	/** The other answers of a card type in a pack (tests pass their own). */
	answersOfType?: (pack: string, type: string) => Promise<string[]>;
	/** Where answers are kept until stored (the app's is localStorage: a reload cannot lose them). */
	givenAnswers?: GivenAnswers;
}

/** After the frame that shows the next card, so saving the hint never delays it. */
const appWhenIdle = (task: () => void) => whenIdle(() => task(), 2000);

export class StudySession {
	/**
	 * The stored state has been read. Until then the session is what a first visit sees — the prerendered first
	 * card, the default settings — or the card saved as next at the learner's last visit.
	 */
	confirmed = $state(false);
	/** Reading again after a failed read. */
	loading = $state(false);
	/** A message when reading or saving failed. */
	error = $state<string | null>(null);
	/**
	 * A new filter's cards are being read: the card on screen is about to be replaced, so it cannot be revealed
	 * (a reveal would be lost when the filter's first card takes its place).
	 */
	switching = $state(false);
	/** Which cards to study (kept across reloads). Raw: it is saved to IndexedDB, which cannot clone a Proxy. */
	filter = $state.raw<QueueFilter>(ALL_CARDS);
	/** Type answers instead of revealing them (kept across reloads). */
	typedMode = $state(false);
	settings = $state.raw<Settings>({ ...DEFAULT_SETTINGS });
	/** The instant the queue was built for; `refresh()` moves it on. */
	now = $state(0);

	/** The window read last and the card states as answered since (set in the constructor, read lazily). */
	readonly #queue: SessionQueue;
	/** The visit's writes: one at a time, and which answers can be taken back. */
	readonly #log = new AnswerLog();
	/** Settles when the latest `load()` is done; null before the first. */
	#reading: Promise<void> | null = null;
	/** The card saved as next at the learner's last visit: shown until the stored data is read. */
	readonly #resumed: ResumedCard;
	/** The card in the learner's hands: revealed, typed, checked (declared before what derives from it). */
	readonly onScreen: CardOnScreen;
	readonly #clock: () => number;
	/** Builds the scheduler; null until the app's is loaded by the first read. */
	#schedulerFor = $state.raw<((settings: Settings) => Scheduler) | null>(null);
	readonly #whenIdle: (task: () => void) => void;
	readonly #prepareLibrary: () => Promise<void>;
	readonly #given: GivenAnswers;
	/** Answers and undos: what they write, and how a failed write is rolled back. */
	readonly #grading: Grading;

	/** Today's queue for the filter, from the window and the states as answered since. */
	readonly queue = $derived.by(() => this.#queue.built);
	/** The card on screen, or null when nothing is left. */
	readonly current = $derived.by(() => this.#resumed.item ?? this.queue.items[0] ?? null);
	/** Showing the card saved at the last visit, before the stored data confirms it. */
	readonly resuming = $derived.by(() => this.#resumed.item !== null);
	/**
	 * Whether the card's answer can show when revealed: the saved card brings its answer and context, but a typed
	 * answer's check and a map need the stored data, and a contested card's answer shows only with who claims it.
	 */
	readonly answerReady = $derived.by(() => {
		const card = this.#resumed.item?.card;
		return !card || (!this.onScreen.typing && card.type !== 'place-map' && !card.contested);
	});
	/** The current card's stored FSRS state; null for a card never seen. */
	readonly currentState = $derived.by(() => this.#queue.stateOf(this.current?.card.id));
	/** The scheduler the settings ask for; null until it is loaded with the learner's data. */
	readonly scheduler = $derived(this.#schedulerFor?.(this.settings) ?? null);
	/** What each rating would do to the current card, with the interval for its button. */
	readonly previews = $derived(
		this.current && this.scheduler ? this.scheduler.preview(this.currentState, this.now) : null
	);
	/** Whether the counts are the library's; false for a moment after a large library's first read (lower bounds). */
	readonly counted = $derived.by(() => this.#queue.counted);
	/** Cards left: new, learning and review. */
	readonly remaining = $derived(this.queue.counts);
	/** All cards left today. */
	readonly remainingTotal = $derived(
		this.queue.counts.new + this.queue.counts.learning + this.queue.counts.review
	);
	/** Nothing left to study right now. */
	readonly done = $derived(!this.loading && this.error === null && this.current === null);
	/** When the next card falls due, for the "nothing due" screen; null when none is scheduled. */
	readonly nextDueAt = $derived(this.queue.nextDue);
	/** Due reviews left for tomorrow by the daily cap. */
	readonly heldByCap = $derived(this.queue.heldByCap);
	/** Whether an answer of this visit can be taken back. */
	readonly canUndo = $derived(this.#log.canUndo);

	constructor(firstCard: Card | null = null, options: StudySessionOptions = {}) {
		this.#queue = new SessionQueue(firstCard, options.firstVisitCards ?? (firstCard ? 1 : 0), () => ({
			settings: this.settings,
			now: this.now,
			filter: this.filter
		}));
		this.#clock = options.clock ?? (() => Date.now());
		this.#schedulerFor = options.schedulerFor ?? null;
		this.#whenIdle = options.whenIdle ?? appWhenIdle;
		this.#prepareLibrary = options.prepareLibrary ?? (() => ensureBuiltInPack());
		this.#given = options.givenAnswers ?? deviceGivenAnswers;
		this.now = this.#clock();
		this.#resumed = new ResumedCard(options.resume ?? deviceResume, this.#whenIdle, this.now);
		this.onScreen = new CardOnScreen(
			() => ({
				card: this.current?.card ?? null,
				typedMode: this.typedMode,
				resumedTyping: this.#resumed.typing
			}),
			this.#clock,
			options.answersOfType
		);
		this.#grading = new Grading(this, {
			queue: this.#queue,
			log: this.#log,
			onScreen: this.onScreen,
			given: this.#given,
			clock: this.#clock,
			reading: () => this.#reading,
			followStored: () => this.#followStored()
		});
		const saved = this.#resumed.prefs;
		if (saved) {
			this.filter = saved.filter;
			this.typedMode = saved.typedMode;
		}
	}

	/** An answer, an undo or a new filter is being stored or read: the rating buttons wait. */
	get busy(): boolean {
		return this.#log.busy;
	}

	/** Answers given in this visit. */
	get answeredCount(): number {
		return this.#grading.answeredCount;
	}

	/** What the page's inline script checks a saved next card against (see resume-keeper.ts). */
	get packVersion(): string {
		return this.#resumed.format;
	}

	/** Reads settings, the saved filter and mode, and the queue's window. Call once when the page opens. */
	async load(): Promise<void> {
		this.loading = this.error !== null;
		this.error = null;
		let finish = () => {};
		this.#reading = new Promise<void>((resolve) => (finish = resolve));
		// The first-visit card may already be in the learner's hands (revealed, typed into): it stays if it is theirs.
		const shown = { id: this.current?.card.id, typing: this.onScreen.typing };
		try {
			// The first card can be answered before the whole window is read and counted: that read is next.
			const { settings, filter, typedMode, window, schedulerFor, now } = await readSessionStart(
				this.#prepareLibrary,
				this.#schedulerFor,
				this.#clock,
				this.#given
			);
			this.#schedulerFor = schedulerFor;
			this.settings = settings;
			this.filter = filter;
			this.typedMode = typedMode;
			this.#queue.take(window);
			this.now = now;
			this.#resumed.giveWay();
			if (typedMode) await this.onScreen.prepareTyping(this.current?.card ?? null);
			if (this.current?.card.id !== shown.id || this.onScreen.typing !== shown.typing) this.onScreen.start();
			this.confirmed = true;
			rememberReturning(window.started);
			this.#saveResume();
			// Once the card is painted: the whole window comes back as many results, each a task of the main thread.
			if (!window.counted) this.#whenIdle(() => void this.#followStored({ keepCard: true }));
		} catch (error) {
			this.#resumed.giveWay();
			this.confirmed = false;
			this.error = `Could not read your study data: ${(error as Error).message}`;
		} finally {
			this.loading = false;
			finish();
		}
	}

	/**
	 * Moves the clock on and reads the window again: cards that came due join the queue; a new day starts fresh.
	 * With `keepCard`, the card on screen stays there if it is still to study.
	 */
	async refresh({ keepCard = false } = {}): Promise<void> {
		// A write being stored reads the window again once it is stored.
		if (!this.confirmed || this.#log.writing) return;
		const now = this.#clock();
		// A window read is stale if a write began while it was read: an answer shows (and counts) before it is
		// stored, so a read that ends before it is stored does not hold it.
		const begun = this.#log.begun;
		const filter = this.filter;
		const window = await readStudyWindow(filter, this.settings, now, { held: this.#queue.held() });
		// Stale when an answer, undo or filter began meanwhile (stored or not): the read after it wins.
		if (begun !== this.#log.begun || filter !== this.filter) return;
		this.#queue.take(window, { keepFirst: keepCard ? this.current?.card.id : undefined });
		this.now = now;
		this.#saveResume();
	}

	/**
	 * Shows the answer side. A card saved at the last visit holds only its front until the stored data is read:
	 * its answer shows then (the page says it is loading meanwhile).
	 */
	async reveal(): Promise<void> {
		if (!this.current || this.switching) return;
		this.onScreen.revealed = true;
		// Typed before the stored data was read: the check shows once it is loaded.
		if (this.onScreen.typing) void this.onScreen.prepareTyping(this.current.card);
	}

	/** Grades the current card: the next card shows at once, the answer is stored meanwhile (see Grading). */
	answer(rating: Rating): Promise<void> {
		return this.#grading.answer(rating);
	}

	/** Takes back the latest answer of this visit; that card comes back on screen. */
	undo(): Promise<void> {
		return this.#grading.undo();
	}

	/** Studies only some cards from now on (saved for the next visit). */
	async setFilter(filter: QueueFilter): Promise<void> {
		const end = this.#log.begin();
		this.switching = true;
		try {
			this.filter = filter;
			this.#queue.clearFront();
			const now = this.#clock();
			const window = await readStudyWindow(filter, this.settings, now, { held: this.#queue.held() });
			// Another filter chosen while this one was read: its read takes over.
			if (filter !== this.filter) return;
			this.#queue.take(window);
			this.now = now;
			this.onScreen.start();
			this.switching = false;
			await (await loadStudyStorage()).saveSessionPrefs({ filter, typedAnswers: this.typedMode });
			this.#saveResume();
		} catch (error) {
			if (filter === this.filter) this.error = describeStorageError(error, 'your choice');
		} finally {
			if (filter === this.filter) this.switching = false;
			end();
		}
	}

	/** Switches typed answers on or off for this session (saved for the next visit). */
	async setTypedMode(on: boolean): Promise<void> {
		this.typedMode = on;
		this.onScreen.revealed = false;
		try {
			await Promise.all([
				on ? this.onScreen.prepareTyping(this.current?.card ?? null) : null,
				(await loadStudyStorage()).saveSessionPrefs({ filter: this.filter, typedAnswers: on })
			]);
			this.#saveResume();
		} catch (error) {
			this.error = describeStorageError(error, 'your choice');
		}
	}

	/**
	 * After a stored answer or undo, or a first read: the window is read again, and the next visit's card saved.
	 * `keepCard` keeps the card on screen (see refresh).
	 */
	async #followStored({ keepCard = false } = {}): Promise<void> {
		try {
			await this.refresh({ keepCard });
			if (this.onScreen.typing) await this.onScreen.prepareTyping(this.current?.card ?? null);
		} catch {
			// The queue goes on from the window already read; the next answer reads it again.
		}
	}

	/** Saves the card a reopened app starts with, once the page is idle (not for a newcomer: see resume-keeper). */
	#saveResume(): void {
		this.#resumed.save(() => {
			const now = this.#clock();
			const next = this.confirmed ? this.#queue.nextVisitAt(now) : null;
			return next && { ...next, now, filter: this.filter, typedMode: this.typedMode };
		});
	}
}
