/** Words the study screens use for study filters, over the library's packs and sources. */
import { KIND_LABELS } from '$lib/domain/card-labels';
import { ENTITY_KINDS, type EntityKind, type Source } from '$lib/domain/pack';
import type { QueueFilter } from '$lib/domain/queue';

/** What the filters need of the library: its packs (with their sizes) and sources. */
export interface FilterLibrary {
	packs: readonly {
		id: string;
		title: string;
		enabled: boolean;
		counts: { cards: number };
		sizes: { kinds: Record<string, number>; sources: Record<string, number> };
	}[];
	sources: readonly Pick<Source, 'id' | 'title'>[];
}

/** What a filter's words need of the library: its packs' and sources' titles. */
export interface TitledLibrary {
	packs: readonly { id: string; title: string }[];
	sources: readonly { id: string; title: string }[];
}

/** A filter as one string, for a <select> value: "all", "pack:<id>", "kind:place", "source:<id>". */
export function filterKey(filter: QueueFilter): string {
	switch (filter.by) {
		case 'all':
			return 'all';
		case 'pack':
			return `pack:${filter.pack}`;
		case 'kind':
			return `kind:${filter.kind}`;
		case 'source':
			return `source:${filter.source}`;
	}
}

/** The filter a `filterKey` stands for; anything unknown means all cards. */
export function parseFilterKey(key: string, library: FilterLibrary): QueueFilter {
	const [by, value = ''] = key.split(/:(.*)/s);
	if (by === 'kind' && (ENTITY_KINDS as string[]).includes(value))
		return { by: 'kind', kind: value as EntityKind };
	if (by === 'pack' && library.packs.some((p) => p.id === value)) return { by: 'pack', pack: value };
	if (by === 'source' && library.sources.some((s) => s.id === value)) return { by: 'source', source: value };
	return { by: 'all' };
}

/** "All cards", a pack's title, "Places", or the source's title. */
export function filterLabel(filter: QueueFilter, library: TitledLibrary): string {
	switch (filter.by) {
		case 'all':
			return 'All cards';
		case 'pack':
			return library.packs.find((p) => p.id === filter.pack)?.title ?? 'One pack';
		case 'kind':
			return KIND_LABELS[filter.kind].many;
		case 'source':
			return library.sources.find((s) => s.id === filter.source)?.title ?? 'One source';
	}
}

/** How many cards each filter holds in the packs that are on (a pack's own filter counts it whatever), by key. */
export function filterSizes(library: FilterLibrary): Map<string, number> {
	const sizes = new Map<string, number>([['all', 0]]);
	const add = (key: string, n: number) => sizes.set(key, (sizes.get(key) ?? 0) + n);
	for (const pack of library.packs) {
		add(`pack:${pack.id}`, pack.counts.cards);
		if (!pack.enabled) continue;
		add('all', pack.counts.cards);
		for (const [kind, n] of Object.entries(pack.sizes.kinds)) add(`kind:${kind}`, n);
		for (const [source, n] of Object.entries(pack.sizes.sources)) add(`source:${source}`, n);
	}
	return sizes;
}
