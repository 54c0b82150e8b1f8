/** Which modes a card can serve, decided once per pack from the card alone. */
import type { Card, CardType, Entity } from '../pack';
import type { AnswerSlot } from './slots';
import type { QuizMode } from './types';

export const MODE_BITS: Record<QuizMode, number> = {
	'multiple-choice': 1,
	'true-false': 2,
	typed: 4,
	timeline: 8,
	map: 16,
	'map-identify': 32,
	matching: 64
};

/** Contested cards may only be asked as "who claims/said what", never stated as fact. */
const ATTRIBUTION_TYPES = new Set<CardType>(['claim-claimant', 'quote-speaker']);
/** Answers that are titles or headlines in the pack's own words, or a location: recognised, not typed. */
const UNTYPEABLE_TYPES = new Set<CardType>([
	'actor-role',
	'place-significance',
	'claim-claimant',
	'place-map',
	'place-event'
]);

export function isContested(card: Card, entity: Entity | undefined): boolean {
	return card.contested || entity?.contested === true;
}

export function statementAllowed(card: Card, entity: Entity | undefined): boolean {
	return !isContested(card, entity) || ATTRIBUTION_TYPES.has(card.type);
}

export function isTypeable(card: Card): boolean {
	const answer = card.answer.trim();
	return (
		!UNTYPEABLE_TYPES.has(card.type) &&
		answer.length > 0 &&
		answer.length <= 40 &&
		answer.split(/\s+/).length <= 5
	);
}

export function hasCoordinates(e: Entity | undefined): boolean {
	return !!e?.place && Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon);
}

/** The card type a multi-entity mode credits for an entity ("where is it" → place-map). */
export const FACT_TYPE: Record<'timeline' | 'map' | 'matching-actor' | 'matching-place', CardType> = {
	timeline: 'event-date',
	map: 'place-map',
	'matching-actor': 'actor-affiliation',
	'matching-place': 'place-country'
};

/**
 * `hasFactCard(entityId, type)` tells whether the pack has that fact card: a mode that tests a fact is then
 * asked through that card only, so a miss is credited to the right card and an entity is not asked twice.
 */
export function staticModes(
	card: Card,
	entity: Entity | undefined,
	slot: AnswerSlot | null,
	entities: Map<string, Entity>,
	hasFactCard: (entityId: string, type: CardType) => boolean
): number {
	const contested = isContested(card, entity);
	const through = (type: CardType) => card.type === type || !hasFactCard(card.entity, type);
	let modes = 0;
	if (slot && card.type !== 'place-map') modes |= MODE_BITS['multiple-choice'];
	if (slot && card.type !== 'place-map' && statementAllowed(card, entity)) modes |= MODE_BITS['true-false'];
	if (isTypeable(card)) modes |= MODE_BITS.typed;
	if (contested || !entity) return modes;
	if (entity.event?.date && through(FACT_TYPE.timeline)) modes |= MODE_BITS.timeline;
	if (hasCoordinates(entity) && through(FACT_TYPE.map)) modes |= MODE_BITS.map | MODE_BITS['map-identify'];
	const affiliated = !!entity.actor?.affiliation && entities.has(entity.actor.affiliation);
	if (
		(affiliated && through(FACT_TYPE['matching-actor'])) ||
		(entity.place?.country && through(FACT_TYPE['matching-place'])) ||
		(entity.event?.date && through(FACT_TYPE.timeline))
	) {
		modes |= MODE_BITS.matching;
	}
	return modes;
}
