/**
 * Packs for the formats' tests and benchmark: a synthetic pack of any size whose text holds what breaks
 * formats (GIFT's ~ = # { } :, < and & in text, quotes, commas, tabs in no field, accents, several sources per
 * card, cards with no source), with reversed pairs and cloze cards like the compiler makes.
 */
import type { Card, CardType, EntityKind, Evidence, Pack, Source } from '../pack';

const SOURCES: Source[] = [
	{
		id: 'report-a',
		title: 'News report: the battle for Mosul (July 2017)',
		kind: 'news report',
		publisher: 'Example Wire',
		date: '2017-07-10',
		file: 'a.txt',
		reliability: 'A dated wire report.'
	},
	{
		id: 'blog-b',
		title: 'Analysis: Deir ez-Zor, "the last city" & the border',
		kind: 'analysis',
		publisher: 'unknown',
		date: '2017',
		file: 'b.txt',
		reliability: 'Analysis with named sources.'
	},
	{
		id: 'digest-c',
		title: 'Digest {weekly}: notes ~ 2016',
		kind: 'digest',
		publisher: 'unknown',
		date: 'unknown',
		file: 'c.txt',
		reliability: 'A digest of other reports.'
	}
];

const TRICKY = [
	'Deir ez-Zor',
	'al-Bu Kamal (Abu Kamal)',
	'Raqqa, "the capital"',
	'x < y & z > w',
	'50% = half: {approx} ~ #1',
	'Ça va — Mosul’s “old city”',
	'back\\slash'
];

const KINDS: EntityKind[] = ['actor', 'place', 'event', 'figure', 'claim'];

function evidenceFor(i: number): Evidence[] {
	if (i % 17 === 0) return [];
	const first: Evidence = {
		source: SOURCES[i % 3]!.id,
		file: '',
		excerpt: `Excerpt ${i}: ${TRICKY[i % TRICKY.length]} said.`
	};
	if (i % 5 !== 0) return [first];
	return [
		first,
		{ source: SOURCES[(i + 1) % 3]!.id, file: '', excerpt: `Second excerpt of ${i}, with a comma.` }
	];
}

function card(
	i: number,
	type: CardType,
	prompt: string,
	answer: string,
	accepted: string[],
	pair: string
): Card {
	const evidence = evidenceFor(i);
	return {
		id: `entity-${i}:${type}`,
		entity: `entity-${i}`,
		kind: KINDS[i % KINDS.length]!,
		type,
		prompt,
		answer,
		accepted,
		contested: i % 11 === 0,
		evidence,
		sources: [...new Set(evidence.map((e) => e.source))],
		topic: `topic-${i % 4}`,
		importance: 2,
		pair
	};
}

/** A pack of `count` cards (about a fifth reversed pairs, a fifth cloze), deterministic. */
export function syntheticPack(count: number): Pack {
	const cards: Card[] = [];
	for (let i = 0; cards.length < count; i++) {
		const tricky = TRICKY[i % TRICKY.length]!;
		if (i % 5 === 1 && cards.length + 2 <= count) {
			const name = `Actor ${i} ${tricky}`;
			const role = `Role ${i}: commander of unit ${i}`;
			cards.push(card(i, 'actor-role', `Who is ${name}?`, role, [role], `entity-${i}:role`));
			cards.push(card(i, 'role-actor', `Who is this? ${role}`, name, [name, `A${i}`], `entity-${i}:role`));
		} else if (i % 5 === 2)
			cards.push(
				card(
					i,
					'cloze',
					`In ${2000 + (i % 20)}, _____ took ${tricky}.`,
					`Force ${i}`,
					[`Force ${i}`, `F${i}`],
					`entity-${i}:cloze:1`
				)
			);
		else
			cards.push(
				card(
					i,
					i % 2 ? 'event-date' : 'place-country',
					`Question ${i} about ${tricky}?`,
					`Answer ${i}, ${tricky}`,
					[`Answer ${i}, ${tricky}`, `Ans ${i}`, `answer-${i}`],
					`entity-${i}:fact`
				)
			);
	}
	return {
		id: 'synthetic',
		title: 'Synthetic pack: formats :: test',
		description: 'Synthetic cards for the format specs.',
		topics: [...new Set(cards.map((c) => c.topic))].map((id) => ({ id, title: id })),
		version: `v${count}`,
		sources: SOURCES,
		entities: [],
		cards
	};
}
