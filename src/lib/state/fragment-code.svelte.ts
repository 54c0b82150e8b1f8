/**
 * The pages that open what their fragment names (a teacher's quiz set by its id: its link, its gradebook) load
 * its code — its state, the database behind it, the quiz engine, the view that shows it — only once the fragment
 * names something: with nothing named, the page says so without any of it. (Take an assignment does the same in
 * its own page; its comment says why it does not share this module.)
 */
import type { Component } from 'svelte';

/** What such a page's state does: read what the fragment names. */
export interface FragmentState {
	loading: boolean;
	error: string | null;
	load(named: string): Promise<void>;
}

/** The code, as its page imports it. */
export interface FragmentModule<S extends FragmentState> {
	create(): S;
	view: Component<{ state: S }>;
}

export class FragmentCode<S extends FragmentState> {
	/** The state, once its code has loaded. */
	state = $state.raw<S | undefined>();
	/** The view that shows it, loaded with it. */
	view = $state.raw<Component<{ state: S }> | undefined>();
	/** Why the code could not be loaded. */
	failed = $state<string | null>(null);
	/** What was named last: a load that ends after the fragment changed reads that. */
	#asked = '';
	/** Whether a fragment has been read: the prerendered page cannot know it, and shows both cases (FragmentGuess). */
	#opened = $state(false);

	readonly #code: () => Promise<FragmentModule<S>>;

	constructor(code: () => Promise<FragmentModule<S>>) {
		this.#code = code;
	}

	/** Whether `named` is still being read (or its code loaded), or the fragment not yet read. */
	loading(named: string): boolean {
		if (this.state) return this.state.loading;
		return !this.#opened || (named !== '' && this.failed === null);
	}

	/** Why it could not be shown, if something failed. */
	get error(): string | null {
		return this.state?.error ?? this.failed;
	}

	/** Reads what `named` names, loading the code first; with nothing named and nothing loaded there is nothing to do. */
	async open(named: string): Promise<void> {
		this.#asked = named;
		this.#opened = true;
		if (!named && !this.state) return;
		try {
			let state = this.state;
			if (!state) {
				const { create, view } = await this.#code();
				state = this.state ??= create();
				this.view = view;
			}
			this.failed = null;
			// The fragment may have changed while the code loaded: what was named last is what is shown.
			await state.load(this.#asked);
		} catch {
			this.failed = 'This page could not be loaded. Check the connection, then reload.';
		}
	}
}
