/**
 * The pages about one of the teacher's quiz sets (its link, its gradebook) load the set's code — its state, the
 * database behind it, the quiz engine, the view that shows it — only once the fragment names a set: with none
 * named, the page says so without any of it.
 */
import type { Component } from 'svelte';

/** What such a page's state does: read the set the id names. */
export interface SetState {
	loading: boolean;
	error: string | null;
	load(id: string): Promise<void>;
}

/** The set's code, as its page imports it. */
export interface SetCode<S extends SetState> {
	create(): S;
	view: Component<{ state: S }>;
}

export class LazySet<S extends SetState> {
	/** The set's state, once its code has loaded. */
	state = $state.raw<S | undefined>();
	/** The view that shows the set, loaded with it. */
	view = $state.raw<Component<{ state: S }> | undefined>();
	/** Why the set's code could not be loaded. */
	failed = $state<string | null>(null);
	/** The id named last: a load that ends after the fragment changed reads that one. */
	#asked = '';
	/** Whether a fragment has been read: the prerendered page cannot know it, and shows both cases (FragmentGuess). */
	#opened = $state(false);

	readonly #code: () => Promise<SetCode<S>>;

	constructor(code: () => Promise<SetCode<S>>) {
		this.#code = code;
	}

	/** Whether the set is still being read (or its code loaded) for `id`, or the fragment not yet read. */
	loading(id: string): boolean {
		if (this.state) return this.state.loading;
		return !this.#opened || (id !== '' && this.failed === null);
	}

	/** Why the set could not be shown, if something failed. */
	get error(): string | null {
		return this.state?.error ?? this.failed;
	}

	/** Reads the set `id` names, loading its code first; with no id and nothing loaded there is nothing to do. */
	async open(id: string): Promise<void> {
		this.#asked = id;
		this.#opened = true;
		if (!id && !this.state) return;
		try {
			let state = this.state;
			if (!state) {
				const { create, view } = await this.#code();
				state = this.state ??= create();
				this.view = view;
			}
			this.failed = null;
			// The fragment may have changed while the code loaded: the set named last is the one shown.
			await state.load(this.#asked);
		} catch {
			this.failed = 'This page could not be loaded. Check the connection, then reload.';
		}
	}
}
