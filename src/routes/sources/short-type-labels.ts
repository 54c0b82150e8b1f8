/** What a card asks for, in a word or two: short enough to sit before its prompt in the list on /sources. */
import { TYPE_LABELS } from '$lib/domain/card-labels';
import type { Card } from '$lib/domain/pack';

/** Study's labels, but the few that run long there are cut to a word or two. */
export const SHORT_TYPE_LABELS: Readonly<Record<Card['type'], string>> = {
	...TYPE_LABELS,
	'place-significance': 'significance',
	'place-map': 'map',
	'event-actors': 'actors',
	'quote-speaker': 'quote',
	'claim-claimant': 'who claims',
	cloze: 'fill in'
};
