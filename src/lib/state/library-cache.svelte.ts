/**
 * What screens show beside a card, kept as it is read: the library's packs and sources (a few per pack, read
 * once), and the entities of the cards shown (read with them). Components look names up here synchronously;
 * whoever shows a card has read what it needs first.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { PackRecord } from '$lib/db/records';
import { forgetLibraryContent } from './library-content';
import type { Entity, Source } from '$lib/domain/pack';

const loadReads = () => import('$lib/db/library-read');

class LibraryCache {
	readonly #packs = new SvelteMap<string, PackRecord>();
	readonly #sources = new SvelteMap<string, Source>();
	readonly #entities = new SvelteMap<string, Entity>();
	#index: Promise<void> | null = null;

	/** A pack of the library by id (once the index is read). */
	pack(id: string): PackRecord | undefined {
		return this.#packs.get(id);
	}

	/** Every pack, in the order they were installed. */
	get packs(): PackRecord[] {
		return [...this.#packs.values()];
	}

	/** A source by its library id. */
	source(id: string): Source | undefined {
		return this.#sources.get(id);
	}

	/** The sources of the library, pack by pack. */
	get sources(): Source[] {
		return [...this.#sources.values()];
	}

	/** An entity read with a card shown. */
	entity(id: string): Entity | undefined {
		return this.#entities.get(id);
	}

	/** Reads the packs and their sources (again after `forget`). */
	loadIndex(): Promise<void> {
		this.#index ??= (async () => {
			const { loadLibraryIndex } = await loadReads();
			const { packs, sources } = await loadLibraryIndex();
			this.#packs.clear();
			for (const pack of packs) this.#packs.set(pack.id, pack);
			this.#sources.clear();
			for (const source of sources) this.#sources.set(source.id, source);
		})().catch((error) => {
			this.#index = null;
			throw error;
		});
		return this.#index;
	}

	/** Reads the entities not read yet. */
	async loadEntities(ids: readonly string[]): Promise<void> {
		const missing = ids.filter((id) => !this.#entities.has(id));
		if (missing.length === 0) return;
		const { entitiesByIds } = await loadReads();
		for (const entity of await entitiesByIds(missing)) this.#entities.set(entity.id, entity);
	}

	/** Puts content read elsewhere (the prerendered first card's entity, a quiz pool). */
	remember(content: { sources?: readonly Source[]; entities?: readonly Entity[] }): void {
		for (const source of content.sources ?? []) this.#sources.set(source.id, source);
		for (const entity of content.entities ?? []) this.#entities.set(entity.id, entity);
	}

	/** The library changed (a pack installed, removed, turned off or on): read it again when next asked. */
	forget(): void {
		forgetLibraryContent();
		this.#index = null;
		this.#entities.clear();
	}
}

/** The page's one cache of library names. */
export const libraryCache = new LibraryCache();
