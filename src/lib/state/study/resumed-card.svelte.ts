/**
 * The card saved as next at the learner's last visit (resume-keeper.ts), as a study session starts with it: its
 * front shows until the stored data is read, then gives way to what is stored. The next visit's card is saved
 * through here too.
 */
import type { QueueFilter, QueueItem } from '$lib/domain/queue';
import type { ResumeStore } from '../resume-hint';
import { ResumeKeeper, resumedItem, type ResumeSource } from './resume-keeper';

export class ResumedCard {
	#item = $state.raw<QueueItem | null>(null);
	/** Whether the saved card is typed (its answer, needed to tell, is read with the stored data). */
	#typed = false;
	readonly #keeper: ResumeKeeper;
	/** The filter and typed-answer mode the saved card was worked out for: the session starts with them. */
	readonly prefs: { filter: QueueFilter; typedMode: boolean } | null = null;

	/** Whether the saved card is typed while it shows; null once it has given way (the session tells then). */
	readonly typing = $derived(this.#item ? this.#typed : null);

	constructor(store: ResumeStore, whenIdle: (task: () => void) => void, now: number) {
		this.#keeper = new ResumeKeeper(store, whenIdle);
		const resumed = resumedItem(this.#keeper.read(), now);
		if (!resumed) return;
		this.#item = resumed.item;
		this.#typed = resumed.typing;
		this.prefs = { filter: resumed.filter, typedMode: resumed.typedMode };
	}

	/** The saved card's front while it shows; null when none held, and once the stored data is read. */
	get item(): QueueItem | null {
		return this.#item;
	}

	/** What the page's inline script checks a saved card against (see resume-keeper.ts). */
	get format(): string {
		return this.#keeper.format;
	}

	/** The stored data is read, or could not be: the saved card gives way either way. */
	giveWay(): void {
		this.#item = null;
	}

	/** Saves the next visit's card once the page is idle (none for a newcomer: see resume-keeper.ts). */
	save(source: () => ResumeSource | null): void {
		this.#keeper.save(source);
	}
}
