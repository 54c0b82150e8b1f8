/**
 * The sources page: every source of the packs that are on, grouped by pack, with the entries and cards drawn
 * from each. Read from the library when the page opens on a device with study data; on a first visit the
 * built-in pack's sources are shown as prerendered, and the library is read once a source is opened.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { PackRecord } from '$lib/db/records';
import { cardAnchor } from '$lib/domain/anchors';
import { sourceCredit } from '$lib/domain/card-text';
import { packOf } from '$lib/domain/library';
import type { Card, Entity, Source } from '$lib/domain/pack';
import type { LibraryContent } from './library-content';

/** One pack's sources, in the pack's order. */
export interface SourceGroup {
	pack: Pick<PackRecord, 'id' | 'title'>;
	sources: Source[];
}

/** How many entries and cards draw on a source. */
export interface SourceCounts {
	entries: number;
	cards: number;
}

/** The sources a first visit finds: the built-in pack's, with their counts (first-visit-sources.ts). */
export interface FirstVisitSources {
	pack: Pick<PackRecord, 'id' | 'title'>;
	sources: Source[];
	counts: Record<string, SourceCounts>;
}

export interface SourcesStateOptions {
	/** The packs to list (by default the library's packs that are on). */
	content?: () => Promise<LibraryContent>;
	/** Shown until the library is read. */
	firstVisit?: FirstVisitSources;
}

// The library's reading, and the database code behind it, load only when asked for.
const readLibrary = () => import('./library-content').then((m) => m.loadLibraryContent());

export class SourcesState {
	/** True while the packs are read. */
	loading = $state(false);
	/** A message when reading failed. */
	error = $state<string | null>(null);

	#content = $state.raw<LibraryContent | null>(null);
	readonly #loadContent: () => Promise<LibraryContent>;
	readonly #firstVisit: FirstVisitSources | undefined;
	#reading: Promise<void> | null = null;

	/** Whether the library has been read: until then the sources are the first visit's. */
	readonly read = $derived(this.#content !== null);
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
		this.#loadContent = options.content ?? readLibrary;
		this.#firstVisit = options.firstVisit;
	}

	/** Reads the library unless it has been read or is being read (two sources opened at once read it once). */
	readOnce(): Promise<void> {
		if (this.read) return Promise.resolve();
		this.#reading ??= this.load().finally(() => (this.#reading = null));
		return this.#reading;
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

	/** How many entries and cards draw on the source: the first visit's counts until the library is read. */
	counts(sourceId: string): SourceCounts {
		if (!this.#content) return this.#firstVisit?.counts[sourceId] ?? { entries: 0, cards: 0 };
		return {
			entries: this.#content.entitiesBySource(sourceId).length,
			cards: this.#content.cardsBySource(sourceId).length
		};
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
		const firstVisit = this.#firstVisit;
		if (!content) return firstVisit ? [{ pack: firstVisit.pack, sources: firstVisit.sources }] : [];
		return content.packs.map((pack) => ({
			pack,
			sources: content.pack.sources.filter((s) => packOf(s.id) === pack.id)
		}));
	}
}
