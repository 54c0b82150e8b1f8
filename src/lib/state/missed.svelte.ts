/**
 * The missed-cards page: the learner's own list of cards rated Again or answered wrongly in a quiz within the
 * window they chose, and the "review missed" drill that goes through them until each is answered right once.
 */
import { answerDrill, loadMissedCards } from '$lib/db/missed';
import { getSettings, updateSettings } from '$lib/db/settings';
import { loadSessionPrefs } from '$lib/db/study';
import { daysBetween } from '$lib/domain/calendar';
import { packOf } from '$lib/domain/library';
import { DEFAULT_MISSED_WINDOW_DAYS, type MissedCard } from '$lib/domain/missed';
import type { Card } from '$lib/domain/pack';
import { itemPartOfAnswerText } from '$lib/domain/quiz/describe';
import { isTypeable } from '$lib/domain/quiz/eligibility';
import { settingError } from '$lib/domain/settings';
import { localDay } from '$lib/domain/time';
import { checkTypedAnswer, distinctAnswers } from '$lib/domain/typed-answer';
import { libraryCache } from './library-cache.svelte';
import { loadLibraryContent, type LibraryContent } from './library-content';

/** A missed card with its content and a readable "when". */
export interface MissedEntry extends MissedCard {
	card: Card;
	/** "today", "yesterday", "3 days ago". */
	when: string;
	/** The title of the card's pack when more than one pack is on; null with one (nothing to tell apart). */
	pack: string | null;
}

export interface MissedStateOptions {
	/** The clock (tests pass a fake one). */
	clock?: () => number;
	/** The packs whose cards the list shows (by default the library's packs that are on). */
	content?: () => Promise<LibraryContent>;
}

export class MissedState {
	/** True until the list has been read. */
	loading = $state(true);
	/** A message when reading or saving failed. */
	error = $state<string | null>(null);
	/** How many days back the list looks (the learner's setting). */
	windowDays = $state(DEFAULT_MISSED_WINDOW_DAYS);
	/** Why the window the learner typed was not taken. */
	windowError = $state<string | null>(null);
	/** Type answers in the drill (the study session's choice, else the setting). */
	typedMode = $state(false);
	/** The instant the list was read for. */
	now = $state(0);

	/** The drill is running. */
	drilling = $state(false);
	/** A drill answer is being saved: the buttons wait. */
	busy = $state(false);
	/** The answer side of the drill card is showing. */
	revealed = $state(false);
	/** What the learner typed for the drill card. */
	typed = $state('');
	/** Cards answered right (and so cleared) in the latest drill. */
	clearedInDrill = $state(0);
	/** Wrong answers in the latest drill. */
	wrongInDrill = $state(0);
	/** The latest drill went through every card. */
	drillFinished = $state(false);

	#missed = $state.raw<MissedCard[]>([]);
	/** Card ids still to answer right, the one on screen first. */
	#queue = $state.raw<string[]>([]);
	#shownAt = 0;
	#content = $state.raw<LibraryContent | null>(null);
	readonly #loadContent: () => Promise<LibraryContent>;
	readonly #clock: () => number;

	// The answers of each pack's cards by "<pack>\u0000<type>": the rivals a typed answer is checked against.
	readonly #answersOfType = $derived(answersOfType(this.#content?.pack.cards ?? []));
	/** Whether cards name their pack: only when more than one pack is on. */
	readonly namesPacks = $derived((this.#content?.packs.length ?? 0) > 1);
	// The list: misses joined with their cards (misses of cards not in a pack that is on are left out).
	readonly entries = $derived(this.#join(this.#missed, this.now));
	// How many cards the list shows.
	readonly count = $derived(this.entries.length);
	// How many of them are leeches (missed 8 times or more in all).
	readonly leechCount = $derived(this.entries.filter((e) => e.leech).length);
	// Nothing missed in the window (and the list was read without error).
	readonly empty = $derived(!this.loading && this.error === null && this.entries.length === 0);
	// The drill card on screen, or null outside a drill.
	readonly current = $derived(this.drilling ? this.#card(this.#queue[0]) : null);
	// Cards left in the drill, the current one included.
	readonly drillLeft = $derived(this.#queue.length);
	// Whether the drill card is answered by typing (sentences and map cards are always revealed).
	readonly typing = $derived(this.typedMode && this.current !== null && isTypeable(this.current));
	/** The title of the drill card's pack, when cards name their pack. */
	readonly currentPack = $derived(this.current ? this.#packTitle(this.current) : null);
	// The typed answer checked against every accepted spelling, once revealed.
	readonly verdict = $derived(
		this.typing && this.revealed && this.current ? this.#check(this.current, this.typed) : null
	);

	constructor(options: MissedStateOptions = {}) {
		this.#loadContent = options.content ?? (() => loadLibraryContent());
		this.#clock = options.clock ?? (() => Date.now());
	}

	/** Reads the packs that are on, the window setting, the typed-answer mode and the list. */
	async load(): Promise<void> {
		this.loading = true;
		this.error = null;
		try {
			const [content, settings, prefs] = await Promise.all([
				this.#loadContent(),
				getSettings(),
				loadSessionPrefs()
			]);
			// Each card's source line looks the source's title up in the cache (one way to show a source).
			libraryCache.remember({ sources: content.pack.sources });
			this.#content = content;
			this.windowDays = settings.missedWindowDays;
			this.typedMode = prefs.typedAnswers ?? settings.typedAnswers;
			await this.#reload();
		} catch (error) {
			this.error = `Could not read your missed cards: ${(error as Error).message}`;
		} finally {
			this.loading = false;
		}
	}

	/** Looks `days` back from now on (saved as the learner's setting). */
	async setWindowDays(days: number): Promise<void> {
		const reason = settingError('missedWindowDays', days);
		if (reason) {
			this.windowError = `Days ${reason}.`;
			return;
		}
		this.windowError = null;
		try {
			await updateSettings({ missedWindowDays: days });
			this.windowDays = days;
			await this.#reload();
		} catch (error) {
			this.error = `Could not change the period: ${(error as Error).message}`;
		}
	}

	/** Starts the drill on every listed card, newest miss first. */
	startDrill(): void {
		if (this.entries.length === 0) return;
		this.#queue = this.entries.map((e) => e.cardId);
		this.clearedInDrill = 0;
		this.wrongInDrill = 0;
		this.drillFinished = false;
		this.drilling = true;
		this.#startCard();
	}

	reveal(): void {
		if (this.current) this.revealed = true;
	}

	/**
	 * Saves one drill answer. Right: the card leaves the list and the drill. Wrong: it goes to the back of the
	 * drill (and is rated Again once a day in its schedule).
	 */
	async answer(correct: boolean): Promise<void> {
		const card = this.current;
		if (!card || this.busy) return;
		this.busy = true;
		this.error = null;
		try {
			const now = this.#clock();
			const given = this.typing && this.typed.trim() ? this.typed : undefined;
			await answerDrill(card.id, correct, now, now - this.#shownAt, given);
			const rest = this.#queue.slice(1);
			this.#queue = correct ? rest : [...rest, card.id];
			if (correct) this.clearedInDrill++;
			else this.wrongInDrill++;
			if (this.#queue.length === 0) await this.#finishDrill(true);
			else this.#startCard();
		} catch (error) {
			this.error = `Your answer was not saved: ${(error as Error).message}`;
		} finally {
			this.busy = false;
		}
	}

	/** Ends the drill early; cards answered right so far stay cleared. */
	async stopDrill(): Promise<void> {
		await this.#finishDrill(false);
	}

	async #finishDrill(finished: boolean): Promise<void> {
		this.drilling = false;
		this.drillFinished = finished;
		this.#queue = [];
		try {
			await this.#reload();
		} catch (error) {
			this.error = `Could not read your missed cards: ${(error as Error).message}`;
		}
	}

	async #reload(): Promise<void> {
		const now = this.#clock();
		this.#missed = await loadMissedCards(now, this.windowDays);
		this.now = now;
	}

	#card(id: string | undefined): Card | null {
		return (id !== undefined && this.#content?.card(id)) || null;
	}

	#packTitle(card: Card): string | null {
		return this.namesPacks ? (this.#content?.packOf(card.id)?.title ?? null) : null;
	}

	#startCard(): void {
		this.revealed = false;
		this.typed = '';
		this.#shownAt = this.#clock();
	}

	#join(missed: readonly MissedCard[], now: number): MissedEntry[] {
		const today = localDay(now);
		const entries: MissedEntry[] = [];
		for (const miss of missed) {
			const card = this.#card(miss.cardId);
			if (!card) continue;
			// A miss of a timeline or matching item recorded before misses kept only their card's part of the
			// answer: its card's part, found by the item's name.
			const name = this.#content?.entity(card.entity)?.name;
			const lastGiven = miss.lastGiven && name ? itemPartOfAnswerText(miss.lastGiven, name) : miss.lastGiven;
			entries.push({
				...miss,
				...(lastGiven === undefined ? {} : { lastGiven }),
				card,
				when: daysAgo(daysBetween(localDay(miss.lastAt), today)),
				pack: this.#packTitle(card)
			});
		}
		return entries;
	}

	/** The same check as Study's: a typo closer to another answer of the card's type in its pack is not forgiven. */
	#check(card: Card, typed: string) {
		return checkTypedAnswer(card, typed, this.#answersOfType[rivalsKey(card)] ?? []);
	}
}

function daysAgo(days: number): string {
	if (days <= 0) return 'today';
	if (days === 1) return 'yesterday';
	return `${days} days ago`;
}

const rivalsKey = (card: Pick<Card, 'id' | 'type'>) => `${packOf(card.id)}\u0000${card.type}`;

/** Distinct answers per pack and card type, in teaching order. */
function answersOfType(cards: readonly Card[]): Readonly<Record<string, string[]>> {
	const byKey: Record<string, Card[]> = {};
	for (const card of cards) (byKey[rivalsKey(card)] ??= []).push(card);
	return Object.fromEntries(Object.entries(byKey).map(([key, group]) => [key, distinctAnswers(group)]));
}
