/**
 * Deterministic quiz generation: the same pack and spec give the same questions on every device (all
 * randomness comes from the spec's seed; no clock). When the selection is too small the quiz is shorter
 * than asked; when a mode has no suitable card left, the question falls back to another allowed mode.
 */
import type { Pack } from '../pack';
import { createRandom, type Random } from '../random';
import { createContext, type Builder } from './context';
import { MODE_BITS } from './eligibility';
import { buildMap, buildMapIdentify } from './map';
import { buildMatching } from './matching';
import { buildMultipleChoice } from './multiple-choice';
import { prepareQuizPool, type PoolCard } from './pool';
import { selectionOf } from './select';
import { buildTimeline } from './timeline';
import { buildTrueFalse } from './true-false';
import { buildTyped } from './typed';
import { QUIZ_MODES, type Question, type QuizMode, type QuizSpec } from './types';

/** A shared quiz link must stay small and a session short. */
export const MAX_QUESTIONS = 200;

const BUILDERS: Record<QuizMode, Builder> = {
	'multiple-choice': buildMultipleChoice,
	'true-false': buildTrueFalse,
	typed: buildTyped,
	timeline: buildTimeline,
	map: buildMap,
	'map-identify': buildMapIdentify,
	matching: buildMatching
};

/** Modes spread evenly: each round uses every mode once, in a random order. */
function planModes(rng: Random, modes: readonly QuizMode[], count: number): QuizMode[] {
	const plan: QuizMode[] = [];
	while (plan.length < count) plan.push(...rng.shuffle(modes));
	return plan.slice(0, count);
}

/**
 * A shuffled order of the selected cards, shuffled only as far as it is read: a 50-question quiz from 20,000
 * cards shuffles a few hundred. Its own random stream keeps it independent of what the builders draw.
 */
class LazyShuffle<T> {
	private items: T[];
	private done = 0;

	constructor(
		items: readonly T[],
		private rng: Random
	) {
		this.items = items.slice();
	}

	get length(): number {
		return this.items.length;
	}

	at(i: number): T {
		for (; this.done <= i; this.done++) {
			const j = this.rng.int(this.done, this.items.length - 1);
			[this.items[this.done], this.items[j]] = [this.items[j]!, this.items[this.done]!];
		}
		return this.items[i]!;
	}
}

/**
 * Walks the shuffled cards once per mode. A card, its pair (the other side of the same fact) and every card a
 * question credits are used once; a first pass also avoids asking about the same entity twice.
 */
class CardPicker {
	private cursor = new Map<QuizMode, number>();
	private relaxed = new Set<QuizMode>();
	private usedCards = new Set<string>();
	private usedPairs = new Set<string>();
	private usedEntities = new Set<string>();

	constructor(
		private order: LazyShuffle<PoolCard>,
		private pairOf: (cardId: string) => string | undefined
	) {}

	next(mode: QuizMode, build: (pc: PoolCard) => Question | null): Question | null {
		const bit = MODE_BITS[mode];
		for (;;) {
			for (let i = this.cursor.get(mode) ?? 0; i < this.order.length; i++) {
				const pc = this.order.at(i);
				if (!(pc.modes & bit) || this.usedCards.has(pc.card.id) || this.usedPairs.has(pc.card.pair)) continue;
				if (!this.relaxed.has(mode) && this.usedEntities.has(pc.card.entity)) continue;
				const question = build(pc);
				if (!question) continue;
				this.cursor.set(mode, i + 1);
				this.markUsed(question);
				return question;
			}
			if (this.relaxed.has(mode)) return null;
			this.relaxed.add(mode);
			this.cursor.set(mode, 0);
		}
	}

	/** Neither the card nor its other side has been asked yet. */
	unasked(cardId: string): boolean {
		const pair = this.pairOf(cardId);
		return !this.usedCards.has(cardId) && !(pair && this.usedPairs.has(pair));
	}

	private markUsed(question: Question): void {
		for (const id of question.cardIds) {
			this.usedCards.add(id);
			const pair = this.pairOf(id);
			if (pair) this.usedPairs.add(pair);
		}
		question.entityIds.forEach((id) => this.usedEntities.add(id));
	}
}

export function generateQuiz(pack: Pack, spec: QuizSpec): Question[] {
	const count = Math.min(MAX_QUESTIONS, Math.max(0, Math.floor(Number(spec.count) || 0)));
	const allowed = QUIZ_MODES.filter((m) => spec.modes?.includes(m));
	const modes: QuizMode[] = allowed.length ? allowed : ['multiple-choice'];
	if (count === 0) return [];
	const pool = prepareQuizPool(pack);
	const rng = createRandom(String(spec.seed));
	const { cards: selected, taught } = selectionOf(pool, spec.selection ?? {});
	const order = new LazyShuffle(selected, rng.fork('order'));
	const picker = new CardPicker(order, (id) => pool.byCardId.get(id)?.card.pair);
	const ctx = createContext(pool, rng, taught, (id) => picker.unasked(id));
	const exhausted = new Set<QuizMode>();
	const questions: Question[] = [];
	for (const wanted of planModes(rng, modes, count)) {
		let question: Question | null = null;
		for (const mode of [wanted, ...modes.filter((m) => m !== wanted)]) {
			if (exhausted.has(mode)) continue;
			question = picker.next(mode, (pc) => BUILDERS[mode](ctx, pc, String(questions.length)));
			if (question) break;
			exhausted.add(mode);
		}
		if (!question) break;
		questions.push(question);
	}
	return questions;
}
