/**
 * The queue of a study session: the window of the library read last, the card states as answered since (an
 * answer shows its outcome before it is stored), today's counts, and the queue built from them. The session
 * (session.svelte.ts) decides when to read, answer and undo; this keeps what those did to the queue.
 */
import type { CardRecord, ReviewRecord } from '$lib/db/records';
import type { HeldCards, StudyWindow } from '$lib/db/study-window';
import type { Card } from '$lib/domain/pack';
import {
	DEFAULT_LEARN_AHEAD_MS,
	EMPTY_DAY,
	type QueueFilter,
	type QueueItem,
	type StudyDay
} from '$lib/domain/queue';
import { windowQueue } from '$lib/domain/queue-window';
import type { FsrsState } from '$lib/domain/scheduler';
import { NEW, REVIEW } from '$lib/domain/scheduler-values';
import type { Settings } from '$lib/domain/settings';

/** What the queue is built for: the session's, read reactively. */
export interface QueueInputs {
	settings: Settings;
	now: number;
	filter: QueueFilter;
}

/** Where the queue stood before an answer: put back if storing the answer fails. */
export interface QueuePosition {
	day: StudyDay;
	lastPair: string | undefined;
	front: string | undefined;
	stored: CardRecord | null;
}

export class SessionQueue {
	/** The part of the library the queue is built from; null until the first read. */
	#window = $state.raw<StudyWindow | null>(null);
	/**
	 * Card states of the window's cards, changed in place by answers (copying them on every answer cost frame
	 * time). Not reactive itself: `#statesChanged` tells the derived values when to look again.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- reactivity comes from #statesChanged
	#states = new Map<string, CardRecord>();
	#statesChanged = $state(0);
	/** Cards shown in this visit: an undo can put any of them back, read again or not. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- changes only with #statesChanged
	#shownCards = new Map<string, Card>();
	#day = $state.raw<StudyDay>(EMPTY_DAY);
	/** A card an undo put back: shown first. */
	#front = $state<string | undefined>(undefined);
	/** Pair key of the card just answered: the next card must not share it. */
	#lastPair = $state<string | undefined>(undefined);
	/** The card a first visit starts with (the page is prerendered with it); null when there is none. */
	readonly #firstCard: Card | null;
	/** New cards a first visit starts with, for the counts before the first read. */
	readonly #firstVisitCards: number;
	readonly #inputs: () => QueueInputs;

	/** Today's queue for the filter, from the window and the states as answered since. */
	readonly built = $derived(this.#build());
	/** Whether the counts are the library's; false for a moment after a large library's first read. */
	readonly counted = $derived(this.#window?.counted ?? true);

	constructor(firstCard: Card | null, firstVisitCards: number, inputs: () => QueueInputs) {
		this.#firstCard = firstCard;
		this.#firstVisitCards = firstVisitCards;
		this.#inputs = inputs;
	}

	/** The pack cards of the window read last, for the next read not to read them again; none before a read. */
	held(): HeldCards | undefined {
		const window = this.#window;
		if (!window) return undefined;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a read's argument, not reactive state
		const cards = new Map(window.cards.map((card) => [card.id, card]));
		return { cards, packHashes: window.packHashes };
	}

	/** A card's FSRS state as the queue knows it; null for a card never seen. */
	stateOf(id: string | undefined): FsrsState | null {
		void this.#statesChanged;
		const record = id === undefined ? undefined : this.#states.get(id);
		if (!record || record.state === NEW) return null;
		const { id: _id, introducedAt: _introducedAt, pack: _pack, activePack: _active, ...state } = record;
		return state;
	}

	/**
	 * A window read: the queue is built from it (and the states it holds) from now on. With `keepFirst`, that
	 * card stays the head if the new window still queues it: a read that only adds to the window (the whole
	 * window after a first read) never changes the card under the learner's eyes.
	 */
	take(window: StudyWindow, { keepFirst }: { keepFirst?: string } = {}): void {
		this.#window = window;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- see #states
		this.#states = new Map(window.states);
		this.#day = window.day;
		this.#statesChanged++;
		if (keepFirst !== undefined && this.built.items.some((item) => item.card.id === keepFirst))
			this.#front = keepFirst;
	}

	/**
	 * `card` was answered at `now`, its state `before` expected to become `after`: the next card is the queue's
	 * head at once. Returns where the queue stood, for `restore`.
	 */
	answered(card: Card, before: FsrsState | null, after: FsrsState, now: number): QueuePosition {
		const stored = this.#states.get(card.id) ?? null;
		const position = { day: this.#day, lastPair: this.#lastPair, front: this.#front, stored };
		this.#shownCards.set(card.id, card);
		this.put(card.id, { ...after, id: card.id, introducedAt: stored?.introducedAt ?? now });
		this.#day = {
			...this.#day,
			introducedToday: this.#day.introducedToday + (before === null ? 1 : 0),
			reviewedToday: this.#day.reviewedToday + (before?.state === REVIEW ? 1 : 0)
		};
		this.#lastPair = card.pair;
		this.#front = undefined;
		return position;
	}

	/** Storing an answer failed: the queue goes back to where it stood, the card's state as stored. */
	restore(cardId: string, position: QueuePosition): void {
		this.put(cardId, position.stored);
		this.#day = position.day;
		this.#lastPair = position.lastPair;
		this.#front = position.front;
	}

	/** An answer was taken back: the card's state from before it, today's counts without it, the card first. */
	undone(review: ReviewRecord, sameDay: boolean): void {
		const existing = this.#states.get(review.cardId);
		this.put(
			review.cardId,
			review.before && {
				...review.before,
				id: review.cardId,
				introducedAt: existing?.introducedAt ?? review.at
			}
		);
		this.#day = {
			...this.#day,
			introducedToday: this.#day.introducedToday - (review.before === null && sameDay ? 1 : 0),
			reviewedToday: this.#day.reviewedToday - (review.before?.state === REVIEW && sameDay ? 1 : 0)
		};
		this.#front = review.cardId;
		this.#lastPair = undefined;
	}

	/** No card put first any more (a new filter, an undo that could not be done). */
	clearFront(): void {
		this.#front = undefined;
	}

	/** Puts one card's state (or removes it, for null: an undone first answer). */
	put(id: string, record: CardRecord | null): void {
		if (record) this.#states.set(id, record);
		else this.#states.delete(id);
		this.#statesChanged++;
	}

	/** What the next visit starts from: the window, the states and the queue's head at `now`; null before a read. */
	nextVisitAt(
		now: number
	): { window: StudyWindow; states: ReadonlyMap<string, CardRecord>; head: QueueItem | null } | null {
		const window = this.#window;
		if (!window) return null;
		const { settings, filter } = this.#inputs();
		const fresh = windowQueue(window, this.#states, this.#day, settings, now, { filter });
		return { window, states: this.#states, head: fresh.items[0] ?? null };
	}

	#build() {
		void this.#statesChanged;
		const window = this.#window;
		const { settings, now, filter } = this.#inputs();
		if (!window) {
			const items: QueueItem[] = this.#firstCard ? [{ card: this.#firstCard, kind: 'new', due: null }] : [];
			const fresh = Math.min(this.#firstVisitCards, settings.newPerDay);
			return {
				items,
				counts: { new: fresh, learning: 0, review: 0 },
				heldByCap: 0,
				newAllowance: fresh,
				nextDue: null
			};
		}
		const extra = [...this.#shownCards.values()].filter((c) => !window.cards.some((w) => w.id === c.id));
		return windowQueue(
			extra.length ? { ...window, cards: [...extra, ...window.cards] } : window,
			this.#states,
			this.#day,
			settings,
			now,
			{ filter, front: this.#front, afterPair: this.#lastPair, learnAheadMs: DEFAULT_LEARN_AHEAD_MS }
		);
	}
}
