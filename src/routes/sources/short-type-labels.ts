/** What a card asks for, in a word or two: short enough to sit before its prompt in the list on /sources. */
import type { Card } from '$lib/domain/pack';

export const SHORT_TYPE_LABELS: Readonly<Record<Card['type'], string>> = {
	'actor-role': 'who or what',
	'role-actor': 'who',
	'actor-affiliation': 'part of',
	'actor-leads': 'leads',
	'actor-leader': 'leader',
	'actor-backers': 'backed by',
	'place-country': 'country',
	'place-significance': 'significance',
	'title-place': 'which place',
	'place-within': 'where in',
	'place-map': 'map',
	'place-event': 'what happened',
	'event-date': 'date',
	'event-place': 'place',
	'event-actors': 'actors',
	'event-against': 'against whom',
	'figure-number': 'number',
	'quote-speaker': 'quote',
	'claim-claimant': 'who claims',
	cloze: 'fill in'
};
