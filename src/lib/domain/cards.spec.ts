import { describe, expect, it } from 'vitest';
import { buildCards, claimContent, formatPackDate, mentions } from './cards';
import type { Entity, Source } from './pack';

const evidence = [{ source: 'report-2017', file: '004.txt', excerpt: 'an excerpt' }];
const base = { aliases: [], contested: false, evidence, topic: 'mosul', importance: 1 as const };

const islamicState: Entity = {
	...base,
	id: 'islamic-state',
	kind: 'actor',
	name: 'Islamic State',
	aliases: ['ISIS', 'IS', 'Daesh'],
	actor: {
		type: 'armed group',
		title: 'Jihadist group of the 2014 caliphate',
		role: 'The jihadist group that declared a caliphate in 2014.'
	}
};
const amiri: Entity = {
	...base,
	id: 'hadi-al-amiri',
	kind: 'actor',
	name: 'Hadi al-Amiri',
	aliases: ['Hadi al Amiri', 'Amiri'],
	actor: {
		type: 'person',
		title: 'Militia commander in the Falluja offensive',
		role: 'Leader of the Badr Organization in 2016.',
		affiliation: 'badr-organization',
		quotes: [
			{ source: 'zh-2016', file: '000.txt', excerpt: 'I love Qassem Soleimani! He is my dearest friend,' }
		]
	}
};
const badr: Entity = {
	...base,
	id: 'badr-organization',
	kind: 'actor',
	name: 'Badr Organization',
	aliases: ['Badr'],
	actor: {
		type: 'militia',
		title: 'Badr, an Iranian-backed militia',
		role: 'An Iranian-backed militia; Badr fought on the side of Iran in the 1980s.'
	}
};
const mosul: Entity = {
	...base,
	id: 'mosul',
	kind: 'place',
	name: 'Mosul',
	place: {
		type: 'city',
		country: 'Iraq',
		lat: 36.34,
		lon: 43.13,
		title: 'Largest city held by ISIS',
		significance: 'The largest city held by ISIS, retaken in July 2017.'
	}
};
const iraq: Entity = {
	...base,
	id: 'iraq',
	kind: 'place',
	name: 'Iraq',
	place: {
		type: 'country',
		country: 'Iraq',
		lat: 33.22,
		lon: 43.68,
		title: 'Where most events happen',
		significance: 'Where most events of the campaign happen.'
	}
};
const fallOfMosul: Entity = {
	...base,
	id: 'fall-of-mosul',
	kind: 'event',
	name: 'Islamic State loses its hold on the city',
	event: {
		date: { year: 2017, month: 7, day: 10, basis: 'explicit date' },
		places: ['mosul'],
		actors: ['badr-organization'],
		against: ['islamic-state'],
		outcome: 'The city was retaken.'
	},
	cloze: ['Victory in [[Mosul]] was hailed in July 2017.']
};
const fighters: Entity = {
	...base,
	id: 'fighters-in-falluja',
	kind: 'figure',
	name: 'ISIS fighters in Falluja',
	figure: {
		value: '1,500',
		counts: 'ISIS fighters thought to remain near al-Qaim',
		givenBy: 'report-2017 itself',
		question: 'How many ISIS fighters remained near al-Qaim?'
	}
};
const claim: Entity = {
	...base,
	id: 'isis-quietly-disappears',
	kind: 'claim',
	name: 'ISIS will quietly disappear',
	contested: true,
	claim: {
		claimant: 'the Zero Hedge commentary',
		statement:
			'According to the Zero Hedge commentary, ISIS will quietly disappear as its territory is regained.',
		speaker: undefined
	},
	cloze: ['ISIS will quietly [[disappear]] as its territory is regained.']
};
const sources: Source[] = [
	{
		id: 'report-2017',
		title: 'A report',
		kind: 'news report',
		publisher: 'unknown',
		date: '2017-11-03',
		file: '004.txt',
		reliability: 'ok'
	}
];

const all = [islamicState, amiri, badr, mosul, iraq, fallOfMosul, fighters, claim];
const build = (entities = all) => buildCards(entities, sources);
const card = (id: string, entities = all) => build(entities).cards.find((c) => c.id === id);

describe('formatPackDate', () => {
	it('is exactly as precise as the date', () => {
		expect(formatPackDate({ year: 2016, month: 5, day: 23, basis: '' })).toBe('23 May 2016');
		expect(formatPackDate({ year: 2017, month: 10, basis: '' })).toBe('October 2017');
		expect(formatPackDate({ year: 2017, basis: '' })).toBe('2017');
	});
});

describe('mentions', () => {
	it('matches whole words, ignoring case, hyphens and quote styles', () => {
		expect(mentions('Who is Hadi al Amiri?', 'Hadi al-Amiri')).toBe(true);
		expect(mentions('the MOSUL offensive', 'Mosul')).toBe(true);
		expect(mentions('Mosulians', 'Mosul')).toBe(false);
	});
	it('matches acronyms case-sensitively so the word "is" is not the Islamic State', () => {
		expect(mentions('What is this group?', 'IS')).toBe(false);
		expect(mentions('Where did IS retreat?', 'IS')).toBe(true);
	});
});

describe('claimContent', () => {
	it('strips the attribution, even when the claimant contains a comma', () => {
		expect(
			claimContent('According to a blogger, 26 Oct 2017, Iraq will be free.', 'a blogger, 26 Oct 2017')
		).toBe('Iraq will be free');
		expect(claimContent('According to someone, X is true.', 'another name')).toBe('X is true');
	});
});

describe('buildCards', () => {
	it('gives every card a stable id, its entity evidence and its source ids', () => {
		const { cards } = build();
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
		for (const c of cards) {
			expect(c.id.startsWith(`${c.entity}:${c.type}`)).toBe(true);
			expect(c.evidence.length).toBeGreaterThan(0);
			expect(c.sources).toEqual([...new Set(c.evidence.map((e) => e.source))]);
		}
		expect(card('mosul:place-country')?.evidence).toEqual(evidence);
	});

	it('asks for the short title, both ways, with the longer role as context; one pair, every alias accepted', () => {
		const role = card('islamic-state:actor-role');
		const reverse = card('islamic-state:role-actor');
		expect(role).toMatchObject({
			prompt: 'What is Islamic State?',
			answer: 'Jihadist group of the 2014 caliphate',
			context: 'The jihadist group that declared a caliphate in 2014.'
		});
		expect(reverse).toMatchObject({
			prompt: 'Which armed group is this? Jihadist group of the 2014 caliphate',
			answer: 'Islamic State',
			accepted: ['Islamic State', 'ISIS', 'IS', 'Daesh'],
			context: 'The jihadist group that declared a caliphate in 2014.'
		});
		expect(role!.pair).toBe(reverse!.pair);
		expect(card('hadi-al-amiri:actor-role')?.prompt).toBe('Who is Hadi al-Amiri?');
	});

	it('drops the role-actor card when the title names the actor, and counts it', () => {
		const { cards, dropped } = build();
		expect(cards.some((c) => c.id === 'badr-organization:role-actor')).toBe(false);
		expect(cards.some((c) => c.id === 'badr-organization:actor-role')).toBe(true);
		expect(dropped).toContainEqual({
			id: 'badr-organization:role-actor',
			type: 'role-actor',
			reason: 'answer in prompt'
		});
	});

	it('asks for the affiliation and the speaker of a quote', () => {
		expect(card('hadi-al-amiri:actor-affiliation')).toMatchObject({
			prompt: 'Which militia does Hadi al-Amiri belong to?',
			answer: 'Badr Organization',
			accepted: ['Badr Organization', 'Badr']
		});
		const quote = card('hadi-al-amiri:quote-speaker:1');
		expect(quote?.prompt).toBe('Who said: “I love Qassem Soleimani! He is my dearest friend”?');
		expect(quote?.answer).toBe('Hadi al-Amiri');
		expect(quote?.evidence).toEqual(amiri.actor!.quotes);
	});

	it('builds place cards, pairing country and map; a country gets no country card and its map answer is coordinates', () => {
		expect(card('mosul:place-country')).toMatchObject({
			prompt: 'In which country is Mosul?',
			answer: 'Iraq'
		});
		expect(card('mosul:place-map')).toMatchObject({
			prompt: 'Where is Mosul?',
			answer: 'Iraq — 36.34° N, 43.13° E'
		});
		expect(card('mosul:place-map')!.pair).toBe(card('mosul:place-country')!.pair);
		expect(card('iraq:place-country')).toBeUndefined();
		expect(card('iraq:place-map')).toMatchObject({ prompt: 'Where is Iraq?', answer: '33.22° N, 43.68° E' });
	});

	it('drops a card whose answer is in its prompt and counts it', () => {
		const village: Entity = {
			...mosul,
			id: 'mosul-village',
			name: 'Mosul village in Iraq',
			place: { ...mosul.place!, type: 'village' }
		};
		const { cards, dropped } = build([village]);
		expect(cards.some((c) => c.id === 'mosul-village:place-country')).toBe(false);
		expect(cards.some((c) => c.id === 'mosul-village:place-map')).toBe(false);
		expect(dropped.map((d) => d.id)).toEqual(['mosul-village:place-country', 'mosul-village:place-map']);
	});

	it('builds event cards with the outcome as context; the adversary is asked apart, never as a participant', () => {
		expect(card('fall-of-mosul:event-date')).toMatchObject({
			answer: '10 July 2017',
			accepted: ['10 July 2017', 'July 10, 2017', '2017-07-10'],
			context: 'The city was retaken.'
		});
		expect(card('fall-of-mosul:event-place')).toMatchObject({ answer: 'Mosul' });
		expect(card('fall-of-mosul:event-actors')).toMatchObject({
			prompt: 'Who was involved in this: Islamic State loses its hold on the city?',
			answer: 'Badr Organization'
		});
		// The event's name already names its adversary: no "Against whom" card.
		expect(card('fall-of-mosul:event-against')).toBeUndefined();
		const retaking: Entity = { ...fallOfMosul, id: 'retaking', name: 'Retaking of the city', cloze: [] };
		expect(card('retaking:event-against', [...all, retaking])).toMatchObject({
			prompt: 'Against whom was this: Retaking of the city?',
			answer: 'Islamic State',
			accepted: ['Islamic State', 'ISIS', 'IS', 'Daesh']
		});
	});

	it('asks "Besides …" for the rest when an event names some of its places or actors', () => {
		const raqqa: Entity = {
			...mosul,
			id: 'raqqa',
			name: 'Raqqa',
			place: { ...mosul.place!, country: 'Syria' }
		};
		const village: Entity = {
			...mosul,
			id: 'al-hisha',
			name: 'al-Hisha',
			place: { ...mosul.place!, type: 'village' }
		};
		const advance: Entity = {
			...fallOfMosul,
			id: 'advance',
			name: 'Advance toward Raqqa',
			cloze: [],
			event: {
				...fallOfMosul.event!,
				places: ['raqqa', 'al-hisha'],
				actors: ['badr-organization', 'hadi-al-amiri']
			}
		};
		const entities = [badr, amiri, raqqa, village, advance];
		expect(card('advance:event-place', entities)).toMatchObject({
			prompt: 'Besides Raqqa, where did this happen: Advance toward Raqqa?',
			answer: 'al-Hisha'
		});
		// Two answers may be typed in either order.
		expect(card('advance:event-actors', entities)).toMatchObject({
			answer: 'Badr Organization and Hadi al-Amiri',
			accepted: ['Badr Organization and Hadi al-Amiri', 'Hadi al-Amiri and Badr Organization']
		});
	});

	it('turns a figure into its own attributed question, crediting the source by kind, never by id', () => {
		const figure = card('fighters-in-falluja:figure-number');
		expect(figure?.prompt).toBe(
			'According to the news report, how many ISIS fighters remained near al-Qaim?'
		);
		expect(figure?.accepted).toEqual(['1,500', '1500']);
		expect(figure?.context).toBeUndefined();
		const plain = { ...fighters, figure: { ...fighters.figure!, question: undefined } };
		expect(card('fighters-in-falluja:figure-number', [plain])?.prompt).toBe(
			'According to the news report, what is the figure for: ISIS fighters thought to remain near al-Qaim?'
		);
	});

	it('hides the [[part]] of a cloze and accepts the aliases of the entity it names', () => {
		const cloze = card('fall-of-mosul:cloze:1');
		expect(cloze).toMatchObject({ prompt: 'Victory in _____ was hailed in July 2017.', answer: 'Mosul' });
	});

	it('never states a claim as fact', () => {
		const claimCards = build().cards.filter((c) => c.entity === 'isis-quietly-disappears');
		expect(claimCards.map((c) => c.type).sort()).toEqual(['claim-claimant', 'cloze']);
		for (const c of claimCards) {
			expect(c.contested).toBe(true);
			expect(c.prompt).toMatch(/^(According to |Who claims )/);
		}
		expect(card('isis-quietly-disappears:claim-claimant')).toMatchObject({
			prompt: 'Who claims that ISIS will quietly disappear as its territory is regained?',
			answer: 'the Zero Hedge commentary'
		});
		expect(card('isis-quietly-disappears:cloze:1')?.prompt).toBe(
			'According to the Zero Hedge commentary, ISIS will quietly _____ as its territory is regained.'
		);
	});

	it('gives a cloze card the passages that say what it hides, not the entry’s first one', () => {
		const forecast: Entity = {
			...claim,
			id: 'forecast',
			name: 'A forecast',
			claim: { claimant: 'the blogger', statement: 'According to the blogger, both would be freed soon.' },
			evidence: [
				{ ...evidence[0]!, excerpt: 'Iraq will be liberated completely before the end of this year' },
				{ ...evidence[0]!, excerpt: 'Syria will join them sometime early in 2018 at the latest.' }
			],
			cloze: ['Syria would be free of the Islamic State by early [[2018]].']
		};
		expect(card('forecast:cloze:1', [forecast])?.evidence.map((e) => e.excerpt)).toEqual([
			'Syria will join them sometime early in 2018 at the latest.'
		]);
		// No passage says it in those words: the entry's own evidence, all of it.
		const reworded = { ...forecast, cloze: ['Syria would be free by [[early next year]].'] };
		expect(card('forecast:cloze:1', [reworded])?.evidence).toHaveLength(2);
	});

	it('asks who said a quotation kept in its own words, and who claims a claim put in other words', () => {
		const quote = 'Saving innocent lives is our priority in this battle.';
		const quoted: Entity = {
			...claim,
			id: 'saving-lives',
			name: 'Saving innocent lives is our priority in this battle',
			claim: { claimant: 'a militia commander', statement: quote, quote },
			cloze: undefined
		};
		expect(card('saving-lives:claim-claimant', [quoted])?.prompt).toBe(
			'Who said “Saving innocent lives is our priority in this battle”?'
		);
		const statement = 'According to a militia commander, civilians came first.';
		const reworded = { ...quoted, claim: { ...quoted.claim!, statement } };
		expect(card('saving-lives:claim-claimant', [reworded])?.prompt).toBe(
			'Who claims that civilians came first?'
		);
		// Written as a sentence of its own (a teacher's words): "civilians" is a common word in its evidence.
		const ownWords: Entity = {
			...reworded,
			claim: { ...reworded.claim!, statement: 'Civilians came first.', quote: undefined },
			evidence: [{ ...reworded.evidence[0]!, excerpt: 'For us, civilians came first.' }]
		};
		expect(card('saving-lives:claim-claimant', [ownWords])?.prompt).toBe(
			'Who claims that civilians came first?'
		);
	});

	it('credits the sources in every prompt of a contested non-claim entity', () => {
		const contested = { ...mosul, id: 'disputed-town', name: 'Disputed Town', contested: true };
		const cards = build([contested]).cards;
		expect(cards.length).toBeGreaterThan(0);
		for (const c of cards) expect(c.prompt.startsWith('According to the news report')).toBe(true);
		// A question reads on after a comma; anything else after a colon.
		expect(cards.find((c) => c.type === 'place-country')?.prompt).toBe(
			'According to the news report, in which country is Disputed Town?'
		);
		const withCloze = { ...contested, cloze: ['[[Disputed Town]] lies in Iraq.'] };
		expect(build([withCloze]).cards.find((c) => c.type === 'cloze')?.prompt).toBe(
			'According to the news report: _____ lies in Iraq.'
		);
	});

	it('never keeps a card whose answer or an alias of it is in the prompt', () => {
		const { cards } = build();
		for (const c of cards)
			for (const a of c.accepted) expect(mentions(c.prompt, a), `${c.id}: ${a}`).toBe(false);
	});

	it('drops a second card with the same prompt', () => {
		const twin = { ...mosul, id: 'mosul-again', aliases: ['Mawsil'] };
		const { cards, dropped } = build([mosul, twin]);
		expect(cards.filter((c) => c.prompt === 'Where is Mosul?')).toHaveLength(1);
		expect(dropped).toContainEqual({
			id: 'mosul-again:place-map',
			type: 'place-map',
			reason: 'duplicate prompt'
		});
	});

	it('drops every card of a prompt with two different answers: two entities with one title', () => {
		const village = (id: string, name: string): Entity => ({
			...mosul,
			id,
			name,
			place: { ...mosul.place!, type: 'village', title: 'Village on the road to Raqqa' }
		});
		const { cards, dropped } = build([village('al-hisha', 'al-Hisha'), village('tal-samen', 'Tal Samen')]);
		expect(cards.some((c) => c.type === 'title-place')).toBe(false);
		expect(dropped.filter((d) => d.reason === 'ambiguous prompt').map((d) => d.id)).toEqual([
			'al-hisha:title-place',
			'tal-samen:title-place'
		]);
		// Asked the other way, each is still one fact with one answer.
		expect(cards.filter((c) => c.type === 'place-significance')).toHaveLength(2);
	});

	it('reads names with "the" and plural verbs where the entry says so', () => {
		const sdf: Entity = {
			...base,
			id: 'syrian-democratic-forces',
			kind: 'actor',
			name: 'Syrian Democratic Forces',
			definite: true,
			plural: true,
			actor: {
				type: 'armed group',
				title: 'US-backed force',
				role: 'US-backed force that took Raqqa.',
				affiliation: 'islamic-state'
			}
		};
		const government: Entity = {
			...base,
			id: 'iraqi-government',
			kind: 'actor',
			name: 'Iraqi government',
			definite: true,
			actor: { type: 'government', title: 'Government in Baghdad', role: 'Government in Baghdad.' }
		};
		const river: Entity = {
			...base,
			id: 'euphrates-river',
			kind: 'place',
			name: 'Euphrates River',
			definite: true,
			place: {
				type: 'river',
				country: 'Turkey, Syria and Iraq',
				lat: 35.33,
				lon: 40.15,
				title: 'A river',
				significance: 'A river.'
			}
		};
		const crossing: Entity = {
			...base,
			id: 'husaybah-border-crossing',
			kind: 'place',
			name: 'Husaybah border crossing',
			definite: true,
			place: {
				type: 'border crossing',
				country: 'Iraq',
				lat: 34.42,
				lon: 40.95,
				title: 'A crossing',
				significance: 'A crossing.'
			}
		};
		const entities = [islamicState, sdf, government, river, crossing];
		expect(card('syrian-democratic-forces:actor-role', entities)?.prompt).toBe(
			'Who are the Syrian Democratic Forces?'
		);
		expect(card('syrian-democratic-forces:actor-affiliation', entities)?.prompt).toBe(
			'Which armed group do the Syrian Democratic Forces belong to?'
		);
		expect(card('iraqi-government:actor-role', entities)?.prompt).toBe('What is the Iraqi government?');
		expect(card('husaybah-border-crossing:place-country', entities)?.prompt).toBe(
			'In which country is the Husaybah border crossing?'
		);
		expect(card('euphrates-river:place-significance', entities)?.prompt).toBe(
			'Why does the Euphrates River matter in these sources?'
		);
		expect(card('euphrates-river:place-map', entities)?.prompt).toBe('Where is the Euphrates River?');
		// A river runs through several countries: there is no single country to ask for.
		expect(card('euphrates-river:place-country', entities)).toBeUndefined();
	});

	it('asks for no "larger body" when the affiliation is a person', () => {
		const sadr: Entity = {
			...base,
			id: 'muqtada-al-sadr',
			kind: 'actor',
			name: 'Muqtada al Sadr',
			actor: { type: 'person', title: 'A cleric', role: 'A cleric.' }
		};
		const brigades: Entity = {
			...base,
			id: 'peace-brigades',
			kind: 'actor',
			name: 'Peace Brigades',
			actor: { type: 'militia', title: 'His militia', role: 'His militia.', affiliation: 'muqtada-al-sadr' }
		};
		const ids = build([sadr, brigades]).cards.map((c) => c.id);
		expect(ids).toContain('peace-brigades:actor-role');
		expect(ids).not.toContain('peace-brigades:actor-affiliation');
	});

	it('names the kind of actor in words a learner uses', () => {
		const kinds = { army: 'armed force', media: 'media outlet', other: 'group or body', militia: 'militia' };
		for (const [type, label] of Object.entries(kinds)) {
			const entity: Entity = {
				...base,
				id: `some-${type}`,
				kind: 'actor',
				name: 'Somebody',
				actor: { type, title: 'Does things', role: 'Does things.' }
			};
			expect(card(`some-${type}:role-actor`, [entity])?.prompt).toBe(`Which ${label} is this? Does things`);
		}
	});

	it('puts the context of a quote in its prompt and drops the closing full stop of the source sentence', () => {
		const speaker: Entity = {
			...amiri,
			actor: {
				...amiri.actor!,
				quotes: [
					{
						source: 'zh-2016',
						file: '000.txt',
						excerpt: 'days, not weeks.',
						context: 'of the coming final battle for Falluja (May 2016)'
					},
					{ source: 'zh-2016', file: '000.txt', excerpt: 'Leave the U.S.' }
				]
			}
		};
		expect(card('hadi-al-amiri:quote-speaker:1', [speaker])?.prompt).toBe(
			'Who said, of the coming final battle for Falluja (May 2016): “days, not weeks”?'
		);
		// An abbreviation's full stop is not the end of a sentence.
		expect(card('hadi-al-amiri:quote-speaker:2', [speaker])?.prompt).toBe('Who said: “Leave the U.S.”?');
	});
});

describe('buildCards facets (one fact per card, from the structured fields)', () => {
	const iran: Entity = {
		...iraq,
		id: 'iran',
		name: 'Iran',
		place: { ...iraq.place!, country: 'Iran', title: 'A country' }
	};
	const leader = (title: string, leads: string[]): Entity => ({
		...amiri,
		actor: { ...amiri.actor!, title, leads, quotes: [] }
	});
	const backedBadr: Entity = {
		...badr,
		definite: true,
		actor: { ...badr.actor!, title: 'Militia of the 1980s war', backedBy: ['iran'] }
	};

	it('asks whom a leader leads and, from the other side, who leads it, as one pair', () => {
		const entities = [leader('Militia commander in 2016', ['badr-organization']), backedBadr, iran];
		const leads = card('hadi-al-amiri:actor-leads', entities);
		const leaderCard = card('badr-organization:actor-leader', entities);
		expect(leads).toMatchObject({
			prompt: 'Which militia does Hadi al-Amiri lead?',
			answer: 'Badr Organization'
		});
		expect(leaderCard).toMatchObject({ prompt: 'Who leads the Badr Organization?', answer: 'Hadi al-Amiri' });
		expect(leads!.pair).toBe(leaderCard!.pair);
		// Belonging to what one leads is asked too, as the same pair: never the same day.
		expect(card('hadi-al-amiri:actor-affiliation', entities)!.pair).toBe(leads!.pair);
	});

	it('does not ask again what the title already says', () => {
		const entities = [leader('Leader of the Badr Organization', ['badr-organization']), backedBadr, iran];
		expect(card('hadi-al-amiri:actor-leads', entities)).toBeUndefined();
		expect(card('badr-organization:actor-leader', entities)).toBeUndefined();
		const namingIran = {
			...backedBadr,
			actor: { ...backedBadr.actor!, title: 'Militia that fought for Iran' }
		};
		expect(card('badr-organization:actor-backers', [namingIran, iran])).toBeUndefined();
	});

	it('asks for the rest, "besides" what the title names, when a leader leads several bodies', () => {
		const pmf: Entity = {
			...badr,
			id: 'pmf',
			name: 'Popular Mobilization Forces',
			aliases: ['PMF'],
			definite: true
		};
		const entities = [leader('Head of the PMF', ['pmf', 'badr-organization']), backedBadr, pmf];
		expect(card('hadi-al-amiri:actor-leads', entities)).toMatchObject({
			prompt: 'Besides the Popular Mobilization Forces, which militia does Hadi al-Amiri lead?',
			answer: 'Badr Organization'
		});
	});

	it('asks who backs an actor, with the excerpt that says so as evidence', () => {
		const saying = { source: 'zh-2016', file: '000.txt', excerpt: 'Badr is backed by Iran.' };
		const withEvidence = { ...backedBadr, evidence: [...evidence, saying] };
		expect(card('badr-organization:actor-backers', [withEvidence, iran])).toMatchObject({
			prompt: 'Who backs the Badr Organization?',
			answer: 'Iran',
			evidence: [saying]
		});
	});

	it('asks what a place is in the story both ways, where in the country it lies, and what happened there', () => {
		const anbar: Entity = {
			...mosul,
			id: 'anbar',
			name: 'Anbar province',
			place: { ...mosul.place!, type: 'province', title: 'A province' }
		};
		const falluja: Entity = {
			...mosul,
			id: 'falluja',
			name: 'Falluja',
			place: { ...mosul.place!, title: 'Stronghold west of Baghdad', within: 'anbar' }
		};
		const offensive: Entity = {
			...fallOfMosul,
			id: 'offensive',
			name: 'Falluja offensive begins',
			cloze: [],
			event: {
				...fallOfMosul.event!,
				date: { year: 2016, month: 5, basis: 'x' },
				places: ['falluja'],
				outcome: 'It began.'
			}
		};
		const entities = [anbar, falluja, offensive, iraq];
		expect(card('falluja:place-significance', entities)).toMatchObject({
			prompt: 'Why does Falluja matter in these sources?',
			answer: 'Stronghold west of Baghdad'
		});
		expect(card('falluja:title-place', entities)).toMatchObject({
			prompt: 'Which city is this? Stronghold west of Baghdad',
			answer: 'Falluja'
		});
		expect(card('falluja:place-within', entities)).toMatchObject({
			prompt: 'In which province is Falluja?',
			answer: 'Anbar province'
		});
		expect(card('falluja:place-event:offensive', entities)).toMatchObject({
			prompt: 'What happened in Falluja in May 2016?',
			answer: 'Falluja offensive begins',
			context: 'It began.'
		});
		// Two events there that one date cannot tell apart: neither is asked this way.
		const another = {
			...offensive,
			id: 'another',
			name: 'Another thing in 2016',
			event: { ...offensive.event!, date: { year: 2016, basis: 'x' } }
		};
		const ids = build([...entities, another]).cards.map((c) => c.id);
		expect(ids.filter((id) => id.includes(':place-event'))).toEqual([]);
		// A country saw too much for "what happened there".
		const inIraq = { ...offensive, event: { ...offensive.event!, places: ['iraq'] } };
		expect(build([iraq, inIraq]).cards.some((c) => c.type === 'place-event')).toBe(false);
	});
});
