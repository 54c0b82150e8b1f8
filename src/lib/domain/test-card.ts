/** For specs: a card with plain defaults (a place in Iraq, from one source); pass only what a test cares about. */
import type { Card } from './pack';

export function testCard(id: string, overrides: Partial<Card> = {}): Card {
	const entity = id.split(':')[0]!;
	return {
		id,
		entity,
		kind: 'place',
		type: 'place-country',
		prompt: `In which country is ${entity}?`,
		answer: 'Iraq',
		accepted: ['Iraq'],
		contested: false,
		evidence: [],
		sources: ['zh-2016'],
		topic: 'mosul',
		importance: 1,
		pair: id,
		...overrides
	};
}
