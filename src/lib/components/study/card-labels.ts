/** Words the study screens use for study filters. */
import { KIND_LABELS } from '$lib/domain/card-labels';
import { ENTITY_KINDS, type Card, type EntityKind, type Pack } from '$lib/domain/pack';
import type { QueueFilter } from '$lib/domain/queue';

/** A filter as one string, for a <select> value: "all", "kind:place", "source:zh-2016". */
export function filterKey(filter: QueueFilter): string {
	switch (filter.by) {
		case 'all':
			return 'all';
		case 'kind':
			return `kind:${filter.kind}`;
		case 'source':
			return `source:${filter.source}`;
	}
}

/** The filter a `filterKey` stands for; anything unknown means all cards. */
export function parseFilterKey(key: string, pack: Pick<Pack, 'sources'>): QueueFilter {
	const [by, value = ''] = key.split(/:(.*)/s);
	if (by === 'kind' && (ENTITY_KINDS as string[]).includes(value)) {
		return { by: 'kind', kind: value as EntityKind };
	}
	if (by === 'source' && pack.sources.some((s) => s.id === value)) return { by: 'source', source: value };
	return { by: 'all' };
}

/** "All cards", "Places", or the source's title. */
export function filterLabel(filter: QueueFilter, pack: Pick<Pack, 'sources'>): string {
	switch (filter.by) {
		case 'all':
			return 'All cards';
		case 'kind':
			return KIND_LABELS[filter.kind].many;
		case 'source':
			return pack.sources.find((s) => s.id === filter.source)?.title ?? 'One source';
	}
}

/** How many cards of the pack each filter holds, keyed by `filterKey`. */
export function filterSizes(pack: Pick<Pack, 'cards' | 'sources'>): Map<string, number> {
	const sizes = new Map<string, number>([['all', pack.cards.length]]);
	const add = (key: string) => sizes.set(key, (sizes.get(key) ?? 0) + 1);
	for (const card of pack.cards as Card[]) {
		add(`kind:${card.kind}`);
		for (const source of card.sources) add(`source:${source}`);
	}
	return sizes;
}
