/**
 * The learner's next card, saved for the next visit (see resume-hint.ts and domain/resume.ts): worked out once
 * the page is idle after every change to what is stored, and read back when a session starts.
 */
import { KIND_LABELS, TYPE_LABELS } from '$lib/domain/card-labels';
import type { Card } from '$lib/domain/pack';
import { isTypeable } from '$lib/domain/quiz/eligibility';
import type { CardProgress, QueueFilter, QueueItem } from '$lib/domain/queue';
import { resumeHolds, resumeUntil } from '$lib/domain/resume';
import type { ResumeHint, ResumeStore } from '../resume-hint';

/**
 * What the page's inline script checks a saved card against. Library changes forget the saved card instead
 * (installs, removals, imports), so this changes only when the hint's meaning does.
 */
export const RESUME_FORMAT = 'library-2';

/** What a hint is worked out from. */
export interface ResumeSource {
	states: ReadonlyMap<string, CardProgress>;
	window: { nextDueBeyond: number | null; started: boolean };
	head: QueueItem | null;
	now: number;
	filter: QueueFilter;
	typedMode: boolean;
}

export class ResumeKeeper {
	#pending = false;
	readonly #store: ResumeStore;
	readonly #whenIdle: (task: () => void) => void;

	constructor(store: ResumeStore, whenIdle: (task: () => void) => void) {
		this.#store = store;
		this.#whenIdle = whenIdle;
	}

	get format(): string {
		return RESUME_FORMAT;
	}

	read(): ResumeHint | null {
		return this.#store.read();
	}

	/** Saves the hint `source` gives once the page is idle (null: keep none); one save waits at a time. */
	save(source: () => ResumeSource | null): void {
		if (this.#pending) return;
		this.#pending = true;
		this.#whenIdle(() => {
			this.#pending = false;
			const from = source();
			if (!from) return;
			this.#store.write(hintFor(from));
		});
	}
}

/** No hint for a newcomer (the page is prerendered with their first card) or when nothing is left. */
function hintFor({ states, window, head, now, filter, typedMode }: ResumeSource): ResumeHint | null {
	if (!window.started || !head) return null;
	const card = head.card;
	return {
		pack: RESUME_FORMAT,
		cardId: card.id,
		kind: head.kind,
		from: now,
		until: resumeUntil(states.values(), window.nextDueBeyond, now),
		filter,
		typedMode,
		prompt: card.prompt,
		kindName: KIND_LABELS[card.kind].one,
		typeName: TYPE_LABELS[card.type],
		cardKind: card.kind,
		cardType: card.type,
		typing: typedMode && isTypeable(card),
		answer: card.answer,
		...(card.context === undefined ? {} : { context: card.context }),
		contested: card.contested
	};
}

/**
 * The card a session starts with from a saved hint, if it still holds: its front, answer and context and whether
 * it is contested, as the hint keeps them (its evidence and what typed answers are accepted are read with the
 * stored data).
 */
export function resumedItem(
	hint: ResumeHint | null,
	now: number
): { item: QueueItem; filter: QueueFilter; typedMode: boolean; typing: boolean } | null {
	if (!hint || hint.pack !== RESUME_FORMAT || !resumeHolds(hint, now)) return null;
	const card: Card = {
		id: hint.cardId,
		entity: '',
		kind: hint.cardKind,
		type: hint.cardType,
		prompt: hint.prompt,
		answer: hint.answer,
		...(hint.context === undefined ? {} : { context: hint.context }),
		accepted: [],
		contested: hint.contested,
		evidence: [],
		sources: [],
		topic: '',
		importance: 3,
		pair: hint.cardId
	};
	return {
		item: { card, kind: hint.kind, due: null },
		filter: hint.filter,
		typedMode: hint.typedMode,
		typing: hint.typing
	};
}
