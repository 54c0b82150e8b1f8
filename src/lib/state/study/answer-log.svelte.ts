/**
 * The writes of a study visit, in order: one at a time (InFlight), the answers that can be taken back (from the
 * tap, while still being saved), and a count of writes begun, by which a read that overlapped one is known to be
 * stale. The session decides what is written; this keeps the bookkeeping, so its rules read in one place.
 */
import { InFlight } from './in-flight';

/** An answer shown as given and being saved: `stored` once written, `end` when the attempt is over. */
export interface AnswerSaving {
	stored(reviewId: number): void;
	end(): void;
}

export class AnswerLog {
	/** An answer, an undo or a new filter is being stored or read: the rating buttons wait. */
	busy = $state(false);
	/** Review ids of the answers of this visit that are stored, latest last. */
	#stored = $state.raw<number[]>([]);
	/** Answers shown as given and not stored yet. */
	#saving = $state(0);
	#begun = 0;
	readonly #inFlight = new InFlight();

	/** Whether an answer of this visit can be taken back: from its tap, not only once it is stored. */
	readonly canUndo = $derived(this.#stored.length > 0 || this.#saving > 0);

	/** Writes begun so far (answers, undos, filters): a read is stale when this moved while it was read. */
	get begun(): number {
		return this.#begun;
	}

	/** Whether a write is being stored. */
	get writing(): boolean {
		return this.#inFlight.active;
	}

	/** Settles when the write being stored is done (at once when none is). */
	settled(): Promise<void> {
		return this.#inFlight.settled();
	}

	/** Marks a write (an undo, a filter's read) as begun; the returned function marks it done. */
	begin(): () => void {
		this.#begun++;
		this.busy = true;
		const end = this.#inFlight.begin();
		return () => {
			this.busy = false;
			end();
		};
	}

	/** Marks an answer as begun: offered for undo from now, until its save fails. */
	beginAnswer(): AnswerSaving {
		const end = this.begin();
		this.#saving++;
		return {
			stored: (reviewId) => {
				this.#stored = [...this.#stored, reviewId];
			},
			end: () => {
				this.#saving--;
				end();
			}
		};
	}

	/**
	 * An undo pressed now, begun once the writes in flight are done: it takes back the latest answer given, if that
	 * was stored. Null if it could not be (its card is back, with the reason), or an undo pressed before took it, or
	 * there is none. The write begins as the check passes, so a second undo waits for it and then finds nothing.
	 */
	async beginUndo(): Promise<{ reviewId: number; end: () => void } | null> {
		const latest = this.#stored.length + this.#saving;
		while (this.#inFlight.active) await this.#inFlight.settled();
		const reviewId = this.#stored.at(-1);
		if (this.#stored.length !== latest || reviewId === undefined) return null;
		return { reviewId, end: this.begin() };
	}

	/** The latest stored answer was taken back. */
	takenBack(): void {
		this.#stored = this.#stored.slice(0, -1);
	}

	/** Nothing of this visit can be taken back any more (something newer was stored elsewhere). */
	forgetAnswers(): void {
		this.#stored = [];
	}
}
