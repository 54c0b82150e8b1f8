/** Words the study screens use for kinds of cards, card types and study filters. */
import { ENTITY_KINDS, type Card, type CardType, type EntityKind, type Pack } from '$lib/domain/pack';
import type { QueueFilter } from '$lib/domain/queue';

export const KIND_LABELS: Readonly<Record<EntityKind, { one: string; many: string }>> = {
	actor: { one: 'Actor', many: 'Actors' },
	place: { one: 'Place', many: 'Places' },
	event: { one: 'Event', many: 'Events' },
	figure: { one: 'Figure', many: 'Figures' },
	claim: { one: 'Claim', many: 'Claims' }
};

/** What a card asks for, in a word or two: shown beside the kind so the learner knows what to recall. */
export const TYPE_LABELS: Readonly<Record<CardType, string>> = {
	'actor-role': 'role',
	'role-actor': 'who',
	'actor-affiliation': 'part of',
	'place-country': 'country',
	'place-significance': 'significance',
	'place-map': 'location',
	'event-date': 'date',
	'event-place': 'place',
	'event-actors': 'who took part',
	'figure-number': 'number',
	'quote-speaker': 'who said it',
	'claim-claimant': 'who claims it',
	cloze: 'fill in the gap'
};

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
