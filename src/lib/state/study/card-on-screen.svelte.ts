/**
 * The card in the learner's hands during a study session: whether its answer shows, whether it is answered by
 * typing, what was typed and how that checks, and since when it is on screen (an answer's duration counts from
 * there). The session says which card it is; a new card, an undo or a refused answer starts or restores it here.
 */
import type { Card } from '$lib/domain/pack';
import { isTypeable } from '$lib/domain/quiz/eligibility';
import { AGAIN, GOOD, type Rating } from '$lib/domain/scheduler-values';
import { TypedAnswers } from './typed-answers.svelte';

/** What the session tells the card: which it is, and whether typing is asked for. */
export interface OnScreenContext {
	card: Card | null;
	/** The learner chose typed answers. */
	typedMode: boolean;
	/** The saved card's own answer mode, while it is shown before the stored data is read; null otherwise. */
	resumedTyping: boolean | null;
}

export class CardOnScreen {
	/** The answer side is showing. */
	revealed = $state(false);
	/** What the learner typed for the card. */
	typed = $state('');
	/** When the card was shown. */
	#shownAt: number;
	readonly #context: () => OnScreenContext;
	readonly #clock: () => number;
	/** Answer checking for typed answers (declared before what derives from it). */
	readonly #typedAnswers: TypedAnswers;

	constructor(
		context: () => OnScreenContext,
		clock: () => number,
		answersOfType?: (pack: string, type: string) => Promise<string[]>
	) {
		this.#context = context;
		this.#clock = clock;
		this.#shownAt = clock();
		this.#typedAnswers = new TypedAnswers(answersOfType);
	}

	/** Whether the card is answered by typing (sentences and map cards are always revealed). */
	readonly typing = $derived.by(() => {
		const { card, typedMode, resumedTyping } = this.#context();
		return resumedTyping ?? (typedMode && card !== null && isTypeable(card));
	});
	/** The typed answer checked against every accepted spelling, once revealed. */
	readonly verdict = $derived.by(() => {
		const card = this.#context().card;
		return this.typing && this.revealed && card ? this.#typedAnswers.verdict(card, this.typed) : null;
	});
	/** The rating a typed answer points to: Good when right, Again when wrong. */
	readonly suggestedRating = $derived<Rating | null>(
		this.verdict ? (this.verdict.correct ? GOOD : AGAIN) : null
	);

	/** How long the card has been on screen at `now`. */
	shownFor(now: number): number {
		return now - this.#shownAt;
	}

	/** A new card (or the same one again): its front, nothing typed, shown from now. */
	start(): void {
		this.revealed = false;
		this.typed = '';
		this.#shownAt = this.#clock();
	}

	/** Keeps the card as it is now; the function returned puts it back (an answer given from it was refused). */
	keep(): () => void {
		const { revealed, typed } = this;
		const shownAt = this.#shownAt;
		return () => {
			this.revealed = revealed;
			this.typed = typed;
			this.#shownAt = shownAt;
		};
	}

	/** Loads what checking a typed answer to `card` needs (the checking code, the answers it must not be). */
	prepareTyping(card: Card | null): Promise<void> {
		return this.#typedAnswers.prepare(card);
	}
}
