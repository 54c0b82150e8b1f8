/**
 * Build time only (imported by +page.server.ts): the sources as a first visit finds them, the built-in pack
 * alone, for prerendering. On a device with no study data Sources shows them as they are, and reads the library
 * (installing the built-in pack, with the database code) only once a source's entries and cards are asked for.
 */
import { builtInLibraryPack } from '$lib/content/built-in-first';
import type { FirstVisitSources } from './sources.svelte';
import { contentOf } from './library-content';

export function firstVisitSources(): FirstVisitSources {
	const pack = builtInLibraryPack();
	// The same lookups the page makes once the library is read, so the counts are the ones it will show.
	const content = contentOf([], pack);
	return {
		pack: { id: pack.id, title: pack.title },
		sources: pack.sources,
		counts: Object.fromEntries(
			pack.sources.map((s) => [
				s.id,
				{ entries: content.entitiesBySource(s.id).length, cards: content.cardsBySource(s.id).length }
			])
		)
	};
}
