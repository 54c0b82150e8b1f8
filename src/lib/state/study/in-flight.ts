/**
 * One write at a time: an answer or undo being stored holds the line; the next one waits for it. Kept apart
 * from the session so the rule reads in one place.
 */
export class InFlight {
	#current: Promise<void> | null = null;

	/** Whether a write is being stored. */
	get active(): boolean {
		return this.#current !== null;
	}

	/** Settles when the write being stored is done (at once when none is). */
	async settled(): Promise<void> {
		while (this.#current) await this.#current;
	}

	/** Marks a write as begun; the returned function marks it done. */
	begin(): () => void {
		let release = () => {};
		const current = new Promise<void>((resolve) => (release = resolve));
		this.#current = current;
		return () => {
			if (this.#current === current) this.#current = null;
			release();
		};
	}
}
