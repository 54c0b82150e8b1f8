/**
 * The words for kinds of cards and card types, as the learner reads them. Here rather than beside the
 * components because the study state also saves them with the learner’s next card (state/resume-hint.ts).
 */
import type { CardType, EntityKind } from './pack';

export const KIND_LABELS: Readonly<Record<EntityKind, { one: string; many: string }>> = {
	actor: { one: 'Actor', many: 'Actors' },
	place: { one: 'Place', many: 'Places' },
	event: { one: 'Event', many: 'Events' },
	figure: { one: 'Figure', many: 'Figures' },
	claim: { one: 'Claim', many: 'Claims' }
};

/** What a card asks for, in a word or two: shown beside the kind so the learner knows what to recall. */
export const TYPE_LABELS: Readonly<Record<CardType, string>> = {
	'actor-role': 'who or what',
	'role-actor': 'who',
	'actor-affiliation': 'part of',
	'actor-leads': 'leads',
	'actor-leader': 'leader',
	'actor-backers': 'backed by',
	'place-country': 'country',
	'place-significance': 'why it matters',
	'title-place': 'which place',
	'place-within': 'where in',
	'place-map': 'location',
	'place-event': 'what happened',
	'event-date': 'date',
	'event-place': 'place',
	'event-actors': 'who was involved',
	'event-against': 'against whom',
	'figure-number': 'number',
	'quote-speaker': 'who said it',
	'claim-claimant': 'who claims it',
	cloze: 'fill in the gap'
};
