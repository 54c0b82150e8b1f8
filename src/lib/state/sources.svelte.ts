/**
 * The sources page: every source of the packs that are on, grouped by pack, with the entries and cards drawn
 * from each. Read from the library when the page opens.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { PackRecord } from '$lib/db/records';
import { cardAnchor } from '$lib/domain/anchors';
import { sourceCredit } from '$lib/domain/card-text';
import { packOf } from '$lib/domain/library';
import type { Card, Entity, Source } from '$lib/domain/pack';
import { loadLibraryContent, type LibraryContent } from './library-content';

/** One pack's sources, in the pack's order. */
export interface SourceGroup {
	pack: PackRecord;
	sources: Source[];
}

export interface SourcesStateOptions {
	/** The packs to list (by default the library's packs that are on). */
	content?: () => Promise<LibraryContent>;
}

export class SourcesState {
	/** True until the packs have been read. */
	loading = $state(true);
	/** A message when reading failed. */
	error = $state<string | null>(null);

	#content = $state.raw<LibraryContent | null>(null);
	readonly #loadContent: () => Promise<LibraryContent>;

	/** Whether the page names packs (a heading per pack): only when more than one pack is on. */
	readonly namesPacks = $derived((this.#content?.packs.length ?? 0) > 1);
	/** Every source, grouped by pack, packs in install order. */
	readonly groups = $derived<SourceGroup[]>(this.#group(this.#content));
	/** How many sources in all. */
	readonly count = $derived(this.groups.reduce((n, g) => n + g.sources.length, 0));
	/**
	 * The sources whose entries and cards have been opened, and so are drawn. The rest wait until asked for: every
	 * card under every source is some 12,000 nodes, seconds of a phone's main thread before the page responds.
	 */
	readonly opened = new SvelteSet<string>();

	constructor(options: SourcesStateOptions = {}) {
		this.#loadContent = options.content ?? (() => loadLibraryContent());
	}

	async load(): Promise<void> {
		this.loading = true;
		this.error = null;
		try {
			this.#content = await this.#loadContent();
		} catch (error) {
			this.error = `Could not read the sources: ${(error as Error).message}`;
		} finally {
			this.loading = false;
		}
	}

	source(id: string): Source | undefined {
		return this.#content?.source(id);
	}

	/** How the source is credited ("Zaman al-Wasl", "the digest"), or its id when it is not listed. */
	credit(id: string): string {
		const s = this.source(id);
		return s ? sourceCredit(s) : id;
	}

	/** Cards whose evidence draws on the source, in teaching order. */
	cardsBySource(sourceId: string): Card[] {
		return this.#content?.cardsBySource(sourceId) ?? [];
	}

	/** Entities with an excerpt or a quote from the source. */
	entitiesBySource(sourceId: string): Entity[] {
		return this.#content?.entitiesBySource(sourceId) ?? [];
	}

	/** "3 · Elijah J. Magnier", "4 · digest": the source's number in its pack's list, and who published it. */
	sourceLabel(id: string): string {
		const sources = this.groups.find((g) => g.pack.id === packOf(id))?.sources ?? [];
		const index = sources.findIndex((s) => s.id === id);
		const s = sources[index];
		return s ? `${index + 1} · ${s.publisher !== 'unknown' ? s.publisher : s.kind}` : id;
	}

	/** The source a card with this fragment id (`card-…`) is listed under: its first source, where its anchor is. */
	sourceOfCard(fragmentId: string): string | undefined {
		return this.#content?.pack.cards.find((c) => cardAnchor(c.id) === fragmentId)?.sources[0];
	}

	#group(content: LibraryContent | null): SourceGroup[] {
		if (!content) return [];
		return content.packs.map((pack) => ({
			pack,
			sources: content.pack.sources.filter((s) => packOf(s.id) === pack.id)
		}));
	}
}
