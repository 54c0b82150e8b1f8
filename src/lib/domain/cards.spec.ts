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
	actor: { type: 'armed group', role: 'The jihadist group that declared a caliphate in 2014.' }
};
const amiri: Entity = {
	...base,
	id: 'hadi-al-amiri',
	kind: 'actor',
	name: 'Hadi al-Amiri',
	aliases: ['Hadi al Amiri', 'Amiri'],
	actor: {
		type: 'person',
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
	actor: { type: 'militia', role: 'An Iranian-backed militia; Badr fought on the side of Iran in the 1980s.' }
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
		significance: 'The largest city held by ISIS.'
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
		significance: 'Where most events happen.'
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
		actors: ['islamic-state', 'badr-organization'],
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
		givenBy: 'report-2017 itself'
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

	it('makes actor-role and role-actor two sides of one pair, accepting every alias', () => {
		const role = card('islamic-state:actor-role');
		const reverse = card('islamic-state:role-actor');
		expect(role).toMatchObject({ prompt: 'What is Islamic State?', answer: islamicState.actor!.role });
		expect(reverse).toMatchObject({
			prompt: 'Which armed group is this? The jihadist group that declared a caliphate in 2014.',
			answer: 'Islamic State',
			accepted: ['Islamic State', 'ISIS', 'IS', 'Daesh']
		});
		expect(role!.pair).toBe(reverse!.pair);
		expect(card('hadi-al-amiri:actor-role')?.prompt).toBe('Who is Hadi al-Amiri?');
	});

	it('drops the role-actor card when the role names the actor, and counts it', () => {
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

	it('builds event cards; actors named in the event are left out of the answer', () => {
		expect(card('fall-of-mosul:event-date')).toMatchObject({
			answer: '10 July 2017',
			accepted: ['10 July 2017', 'July 10, 2017', '2017-07-10']
		});
		expect(card('fall-of-mosul:event-place')).toMatchObject({ answer: 'Mosul' });
		expect(card('fall-of-mosul:event-actors')).toMatchObject({
			prompt: 'Who else took part in this: Islamic State loses its hold on the city?',
			answer: 'Badr Organization'
		});
	});

	it('turns a figure into an attributed number question, crediting the source by kind, never by id', () => {
		const figure = card('fighters-in-falluja:figure-number');
		expect(figure?.prompt).toBe(
			'According to the news report, what is the figure for: ISIS fighters thought to remain near al-Qaim?'
		);
		expect(figure?.accepted).toEqual(['1,500', '1500']);
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

	it('reads names with "the" and plural verbs where the entry says so', () => {
		const sdf: Entity = {
			...base,
			id: 'syrian-democratic-forces',
			kind: 'actor',
			name: 'Syrian Democratic Forces',
			definite: true,
			plural: true,
			actor: { type: 'armed group', role: 'US-backed force that took Raqqa.', affiliation: 'islamic-state' }
		};
		const government: Entity = {
			...base,
			id: 'iraqi-government',
			kind: 'actor',
			name: 'Iraqi government',
			definite: true,
			actor: { type: 'government', role: 'Government in Baghdad.' }
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
				significance: 'A river.'
			}
		};
		const crossing: Entity = {
			...base,
			id: 'husaybah-border-crossing',
			kind: 'place',
			name: 'Husaybah border crossing',
			definite: true,
			place: { type: 'border crossing', country: 'Iraq', lat: 34.42, lon: 40.95, significance: 'A crossing.' }
		};
		const entities = [islamicState, sdf, government, river, crossing];
		expect(card('syrian-democratic-forces:actor-role', entities)?.prompt).toBe(
			'Who are the Syrian Democratic Forces?'
		);
		expect(card('syrian-democratic-forces:actor-affiliation', entities)?.prompt).toBe(
			'What larger body are the Syrian Democratic Forces part of?'
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
			actor: { type: 'person', role: 'A cleric.' }
		};
		const brigades: Entity = {
			...base,
			id: 'peace-brigades',
			kind: 'actor',
			name: 'Peace Brigades',
			actor: { type: 'militia', role: 'His militia.', affiliation: 'muqtada-al-sadr' }
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
				actor: { type, role: 'Does things.' }
			};
			expect(card(`some-${type}:role-actor`, [entity])?.prompt).toBe(`Which ${label} is this? Does things.`);
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
