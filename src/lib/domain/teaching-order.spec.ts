import { describe, expect, it } from 'vitest';
import packJson from '../content/generated/pack.json';
import type { Card, CardType, Entity, EntityKind, Pack } from './pack';
import { referenceCounts, teachingOrder } from './teaching-order';
import { testCard } from './test-card';

const entity = (
	id: string,
	kind: EntityKind,
	topic: string,
	importance: 1 | 2 | 3,
	extra: Partial<Entity> = {}
): Entity => ({
	id,
	kind,
	name: id,
	aliases: [],
	contested: false,
	evidence: [],
	topic,
	importance,
	...extra
});
const card = (e: Entity, type: CardType): Card =>
	testCard(`${e.id}:${type}`, { entity: e.id, kind: e.kind, type, topic: e.topic, importance: e.importance });
const ids = (cards: Card[]) => cards.map((c) => c.id);

describe('teachingOrder', () => {
	const isis = entity('isis', 'actor', 'international', 1);
	const mosul = entity('mosul', 'place', 'mosul', 1);
	const battle = entity('battle', 'event', 'mosul', 1, {
		event: {
			date: { year: 2017, basis: 'x' },
			places: ['mosul'],
			actors: [],
			against: ['isis'],
			outcome: 'x'
		}
	});
	const village = entity('village', 'place', 'mosul', 3);
	const claim = entity('claim', 'claim', 'international', 1);
	const topics = ['international', 'mosul'];

	it('teaches the most important entities first, each met by its short who/where/when before any facet', () => {
		const cards = [
			card(village, 'place-country'),
			card(mosul, 'place-significance'),
			card(mosul, 'place-country'),
			card(battle, 'event-against'),
			card(battle, 'event-date'),
			card(isis, 'cloze'),
			card(isis, 'role-actor'),
			card(isis, 'actor-role'),
			card(claim, 'claim-claimant')
		];
		expect(ids(teachingOrder(cards, [isis, mosul, battle, village, claim], topics))).toEqual([
			// Importance 1, first contact: by topic, then the entity most pointed at first.
			'isis:actor-role',
			'mosul:place-country',
			'battle:event-date',
			// Importance 1, facets; a claim only after the facts.
			'isis:role-actor',
			'claim:claim-claimant',
			'mosul:place-significance',
			'battle:event-against',
			// Importance 1, details.
			'isis:cloze',
			// Importance 3 last.
			'village:place-country'
		]);
	});

	it('meets a country where it is on the map when it has no country card, and anything else by its first card', () => {
		const iraq = entity('iraq', 'place', 'international', 1);
		const figure = entity('figure', 'figure', 'international', 1);
		const cards = [card(iraq, 'place-significance'), card(iraq, 'place-map'), card(figure, 'figure-number')];
		expect(ids(teachingOrder(cards, [iraq, figure], topics))).toEqual([
			'iraq:place-map',
			'figure:figure-number',
			'iraq:place-significance'
		]);
	});

	it('is stable: the same pack gives the same order, and unknown topics come last', () => {
		const lost = entity('lost', 'actor', 'nowhere', 1);
		const cards = [card(lost, 'actor-role'), card(isis, 'actor-role'), card(mosul, 'place-country')];
		const once = teachingOrder(cards, [lost, isis, mosul], topics);
		expect(ids(once)).toEqual(['isis:actor-role', 'mosul:place-country', 'lost:actor-role']);
		expect(teachingOrder([...cards].reverse(), [lost, isis, mosul], topics).map((c) => c.id)).toEqual(
			ids(once)
		);
	});
});

describe('referenceCounts', () => {
	it('counts every field that points at an entity', () => {
		const badr = entity('badr', 'actor', 'militias', 1, {
			actor: { type: 'militia', title: 't', role: 'r', affiliation: 'pmf', backedBy: ['iran'] }
		});
		const amiri = entity('amiri', 'actor', 'militias', 1, {
			actor: { type: 'person', title: 't', role: 'r', leads: ['badr'] }
		});
		const falluja = entity('falluja', 'place', 'falluja', 1, {
			place: { type: 'city', country: 'Iraq', lat: 0, lon: 0, title: 't', significance: 's', within: 'anbar' }
		});
		const counts = referenceCounts([badr, amiri, falluja]);
		expect(Object.fromEntries(counts)).toEqual({ pmf: 1, iran: 1, badr: 1, anbar: 1 });
	});
});

describe('the built-in pack', () => {
	const pack = packJson as unknown as Pack;

	it('is compiled in teaching order: the first new cards are the core who/where/when of importance 1', () => {
		const first = pack.cards.slice(0, 20);
		expect(first.every((c) => c.importance === 1)).toBe(true);
		expect(
			first.map((c) => c.type).every((t) => !['cloze', 'quote-speaker', 'claim-claimant'].includes(t))
		).toBe(true);
		expect(first[0]!.id).toBe('islamic-state:actor-role');
		const entities = new Map(pack.entities.map((e) => [e.id, e]));
		expect(
			teachingOrder(
				pack.cards,
				[...entities.values()],
				pack.topics.map((t) => t.id)
			)
		).toEqual(pack.cards);
	});
});
