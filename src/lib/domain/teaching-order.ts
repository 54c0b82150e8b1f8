/**
 * The order new cards are taught in, decided once per pack (the compiler and, later, packs made on the device
 * call it): the pack's `cards` array IS this order, so the study queue only takes new cards first to last.
 *
 * Most important entities first (importance 1, then 2, then 3); for each importance, first every entity's one
 * quick "who / where / when" card, then the facets of those entities, then the details (quotes, cloze).
 * Within that, topics in the pack's teaching order, then the entities other entries point at most (the
 * Islamic State before a village it fought in), facts before claims, then the order of the files.
 */
import type { Card, CardType, Entity, EntityKind } from './pack';

/**
 * The card a learner should meet an entity with, by kind, in order of preference: a short "who / where / when".
 * A claim has none: who claims what comes after the facts of the same importance.
 */
const FIRST_CONTACT: Record<EntityKind, CardType[]> = {
	actor: ['actor-role'],
	place: ['place-country', 'place-map', 'place-significance'],
	event: ['event-date', 'event-place'],
	figure: ['figure-number'],
	claim: []
};
/** Cards that ask a detail rather than a facet: after every facet of the same importance. */
const DETAIL_TYPES = new Set<CardType>(['quote-speaker', 'cloze']);
/** Facets of one entity, in the order they are best met (over several days: the queue spreads siblings). */
const FACET_ORDER: CardType[] = [
	'actor-role',
	'place-country',
	'event-date',
	'figure-number',
	'claim-claimant',
	'place-significance',
	'role-actor',
	'title-place',
	'place-map',
	'place-within',
	'event-place',
	'event-actors',
	'event-against',
	'actor-affiliation',
	'actor-leads',
	'actor-leader',
	'actor-backers',
	'place-event',
	'quote-speaker',
	'cloze'
];
const KIND_ORDER: EntityKind[] = ['actor', 'place', 'event', 'figure', 'claim'];

/** How many other entries point at each entity: its affiliation, leaders, backers, places, actors, subjects. */
export function referenceCounts(entities: readonly Entity[]): Map<string, number> {
	const counts = new Map<string, number>();
	const count = (id: string | undefined) => id && counts.set(id, (counts.get(id) ?? 0) + 1);
	for (const e of entities) {
		[e.actor?.affiliation, ...(e.actor?.leads ?? []), ...(e.actor?.backedBy ?? [])].forEach(count);
		[e.place?.within, e.figure?.subject, e.claim?.speaker].forEach(count);
		[...(e.event?.places ?? []), ...(e.event?.actors ?? []), ...(e.event?.against ?? [])].forEach(count);
	}
	return counts;
}

/** The pack's cards in teaching order; `topics` are the pack's topic ids in teaching order. Pure and stable. */
export function teachingOrder(
	cards: readonly Card[],
	entities: readonly Entity[],
	topics: readonly string[]
): Card[] {
	const refs = referenceCounts(entities);
	const topicRank = (topic: string) => (topics.includes(topic) ? topics.indexOf(topic) : topics.length);
	const entityRank = new Map<string, number>();
	[...entities]
		.map((e, index) => ({ e, index }))
		.sort(
			(a, b) =>
				topicRank(a.e.topic) - topicRank(b.e.topic) ||
				(refs.get(b.e.id) ?? 0) - (refs.get(a.e.id) ?? 0) ||
				KIND_ORDER.indexOf(a.e.kind) - KIND_ORDER.indexOf(b.e.kind) ||
				a.index - b.index
		)
		.forEach(({ e }, rank) => entityRank.set(e.id, rank));

	// Each entity's first-contact card: its most preferred type, else its first card.
	const firstContact = new Map<string, { id: string; rank: number }>();
	for (const card of cards) {
		const preference = FIRST_CONTACT[card.kind] ?? [];
		if (preference.length === 0) continue;
		const found = preference.indexOf(card.type);
		const rank = found >= 0 ? found : preference.length;
		const current = firstContact.get(card.entity);
		if (!current || rank < current.rank) firstContact.set(card.entity, { id: card.id, rank });
	}
	const tier = (card: Card) =>
		firstContact.get(card.entity)?.id === card.id ? 0 : DETAIL_TYPES.has(card.type) ? 2 : 1;
	const typeRank = (type: CardType) => FACET_ORDER.indexOf(type);

	return cards
		.map((card, index) => ({ card, index }))
		.sort(
			(a, b) =>
				a.card.importance - b.card.importance ||
				tier(a.card) - tier(b.card) ||
				(entityRank.get(a.card.entity) ?? Infinity) - (entityRank.get(b.card.entity) ?? Infinity) ||
				typeRank(a.card.type) - typeRank(b.card.type) ||
				a.index - b.index
		)
		.map(({ card }) => card);
}
