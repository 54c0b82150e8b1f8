/**
 * Typed answers in a study session: the answer checking (loaded when typed answers are first used: most study
 * is done by revealing) and, per pack and card type, the other answers a typo must not be closer to.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { matchAnswer } from '$lib/domain/answer';
import { packOf } from '$lib/domain/library';
import type { Card } from '$lib/domain/pack';

type Checker = typeof import('$lib/domain/typed-answer');
const loadChecker = () => import('$lib/domain/typed-answer');
const loadReads = () => import('$lib/db/library-read');

export type TypedVerdict = ReturnType<typeof matchAnswer>;

export class TypedAnswers {
	/** The checking code; null until typed answers are first used. */
	#checker = $state.raw<Checker | null>(null);
	/** Other answers by "<pack>\u0000<type>", read when first needed. */
	readonly #rivals = new SvelteMap<string, readonly string[]>();
	readonly #answersOfType: (pack: string, type: string) => Promise<string[]>;

	constructor(answersOfType?: (pack: string, type: string) => Promise<string[]>) {
		this.#answersOfType =
			answersOfType ?? (async (pack, type) => (await loadReads()).answersOfType(pack, type));
	}

	/** Loads the checking code and the rivals of the card's type (once each). */
	async prepare(card: Card | null): Promise<void> {
		this.#checker ??= await loadChecker();
		if (!card) return;
		const key = rivalsKey(card);
		if (this.#rivals.has(key)) return;
		const answers = await this.#answersOfType(packOf(card.id), card.type);
		this.#rivals.set(key, answers);
	}

	/** The typed answer checked against every accepted spelling; null until the checking code is loaded. */
	verdict(card: Card, typed: string): TypedVerdict | null {
		const checker = this.#checker;
		const rivals = this.#rivals.get(rivalsKey(card));
		if (!checker || !rivals) return null;
		return checker.checkTypedAnswer(card, typed, rivals);
	}
}

const rivalsKey = (card: Pick<Card, 'id' | 'type'>) => `${packOf(card.id)}\u0000${card.type}`;
