import { describe, expect, it } from 'vitest';
import { parsePack, toPackFile } from '../pack-file';
import { compileDraft, slug } from './compile';
import { fixtureDraft, proposalId } from './fixture';
import { reviewed } from './review';

const NOW = Date.UTC(2026, 11, 3);

describe('compileDraft', () => {
	it('makes a pack that passes the pack-file validation, from accepted proposals only', () => {
		const draft = fixtureDraft();
		const abadi = proposalId(draft, 'actor', 'Abadi');
		draft.decisions[abadi] = { status: 'accepted', text: 'Prime minister of Iraq' };
		draft.decisions[proposalId(draft, 'figure', '5,000')] = { status: 'accepted' };
		draft.decisions[proposalId(draft, 'claim', 'rushed')] = {
			status: 'accepted',
			text: 'the offensive was rushed'
		};
		draft.decisions[proposalId(draft, 'actor', 'Iraqi forces')] = { status: 'rejected' };
		const { pack, problems, cards } = compileDraft(draft, NOW);
		expect(problems).toEqual([]);
		expect(pack).not.toBeNull();
		expect(parsePack(JSON.parse(JSON.stringify(toPackFile(pack!)))).ok).toBe(true);
		expect(pack!.id).toMatch(/^mosul-autumn-2016-/);
		expect(pack!.entities.map((e) => e.kind).sort()).toEqual(['actor', 'claim', 'figure']);
		expect(cards.find((c) => c.type === 'actor-role')).toMatchObject({
			prompt: 'Who is Haider al-Abadi?',
			answer: 'Prime minister of Iraq'
		});
		// Claims only as "who claims what", marked contested.
		const claim = cards.find((c) => c.type === 'claim-claimant')!;
		expect(claim).toMatchObject({ answer: 'Critics', contested: true });
		// The figure is credited to the source by name, not by its id.
		expect(cards.find((c) => c.type === 'figure-number')!.prompt).not.toContain('source-1');
		// Every card carries a verbatim excerpt of its source.
		for (const card of cards)
			for (const e of card.evidence) expect(draft.sources[0]!.text).toContain(e.excerpt);
	});

	it('asks "Who are …?" of a group named in the plural, "What is …?" of one named in the singular', () => {
		const draft = fixtureDraft();
		draft.decisions[proposalId(draft, 'actor', 'Iraqi forces')] = {
			status: 'accepted',
			text: 'The army and police of Iraq'
		};
		const { pack, cards } = compileDraft(draft, NOW);
		expect(pack!.entities[0]).toMatchObject({ name: 'Iraqi forces', plural: true });
		expect(cards.find((c) => c.type === 'actor-role')!.prompt).toBe('Who are Iraqi forces?');
	});

	it("attaches a quote to its accepted speaker: a 'Who said' card", () => {
		const draft = fixtureDraft();
		draft.decisions[proposalId(draft, 'actor', 'Abadi')] = { status: 'accepted', text: 'Prime minister' };
		draft.decisions[proposalId(draft, 'quote', 'liberate')] = { status: 'accepted' };
		const { pack, cards } = compileDraft(draft, NOW);
		expect(pack!.entities).toHaveLength(1);
		expect(cards.find((c) => c.type === 'quote-speaker')!.answer).toBe('Haider al-Abadi');
	});

	it('lists what to fix, naming the proposal, and makes no pack', () => {
		const draft = fixtureDraft();
		draft.title = ' ';
		draft.sources[0]!.reliability = '';
		const abadi = proposalId(draft, 'actor', 'Abadi');
		const event = draft.proposals!.find((p) => p.kind === 'event')!.id;
		draft.decisions[abadi] = { status: 'accepted' };
		draft.decisions[event] = { status: 'accepted' };
		const { pack, problems } = compileDraft(draft, NOW);
		expect(pack).toBeNull();
		expect(problems.map((p) => p.message)).toEqual([
			'The pack needs a title (step 1).',
			'“A report from Mosul” needs a note on how far to trust it (step 2).',
			'“Haider al-Abadi”: write who or what it is, in your own words.',
			expect.stringMatching(/say what happened, in your own words/)
		]);
		// Each says where to fix it: the source's field, the proposal's own words.
		expect(problems[1]!.source).toEqual({ id: 'source-1', field: 'reliability' });
		expect(problems[2]).toMatchObject({ proposal: abadi, field: 'own-words' });
		expect(problems[3]).toMatchObject({ proposal: event, field: 'own-words' });
	});

	it('refuses an excerpt that is no longer the passage at its offsets', () => {
		const draft = fixtureDraft();
		const abadi = proposalId(draft, 'actor', 'Abadi');
		draft.decisions[abadi] = { status: 'accepted', text: 'Prime minister' };
		draft.sources[0]!.text = draft.sources[0]!.text.replace('Haider', 'Hayder');
		const { pack, problems } = compileDraft(draft, NOW);
		expect(pack).toBeNull();
		expect(problems[0]).toMatchObject({ proposal: abadi });
	});

	it('asks to reword an entry whose only card gives its answer away', () => {
		const draft = fixtureDraft();
		const claim = proposalId(draft, 'claim', 'rushed');
		draft.decisions[claim] = { status: 'accepted' };
		expect(compileDraft(draft, NOW).problems).toEqual([
			expect.objectContaining({ proposal: claim, message: expect.stringMatching(/give the answer away/) })
		]);
	});

	it('compiles drafted sentences, a split proposal and a typed point', () => {
		const draft = fixtureDraft();
		const event = draft.proposals!.find((p) => p.kind === 'event' && p.date?.day)!;
		draft.decisions[event.id] = {
			status: 'accepted',
			text: 'On 1 November 2016, Iraqi forces entered Mosul.'
		};
		draft.decisions[proposalId(draft, 'claim', 'rushed')] = {
			status: 'accepted',
			text: 'According to Critics, the offensive was rushed.'
		};
		const mosul = draft.proposals!.find((p) => p.kind === 'place' && p.name === 'Mosul')!;
		const [, ...rest] = mosul.evidence;
		draft.splits = [
			{ id: `${mosul.id}~1`, from: mosul.id, names: [], evidence: rest.map((e) => `${e.file}:${e.start}`) }
		];
		draft.decisions[mosul.id] = { status: 'accepted', text: 'Where the offensive was' };
		draft.decisions[`${mosul.id}~1`] = { status: 'accepted', text: 'The province around the city' };
		// The fixture's engine runs without the place list: both are placed by hand.
		draft.points = {
			[mosul.id]: { lat: 36.34, lon: 43.13, country: 'Iraq' },
			[`${mosul.id}~1`]: { lat: 36, lon: 43, country: 'Iraq' }
		};
		const { pack, problems, cards } = compileDraft(draft, NOW);
		expect(problems).toEqual([]);
		expect(pack!.entities.find((e) => e.kind === 'event')!.name).toBe('Iraqi forces entered Mosul');
		expect(cards.find((c) => c.type === 'event-date')!.answer).toBe('1 November 2016');
		expect(cards.find((c) => c.type === 'claim-claimant')!.prompt).toBe(
			'Who claims that the offensive was rushed?'
		);
		const places = pack!.entities.filter((e) => e.place);
		expect(places.map((e) => [e.name, e.evidence.length, e.place!.lat, e.place!.country])).toEqual([
			['Mosul', 1, 36.34, 'Iraq'],
			['Mosul', rest.length, 36, 'Iraq']
		]);
	});

	it('says which entry to shorten when its words make an answer too long to recall, by its question', () => {
		const draft = fixtureDraft();
		const mosul = draft.proposals!.find((p) => p.kind === 'place' && p.name === 'Mosul')!;
		const long = 'The city in the north of Iraq where the forces of the government fought for many months';
		draft.decisions[mosul.id] = { status: 'accepted', text: long };
		draft.points = { [mosul.id]: { lat: 36.34, lon: 43.13, country: 'Iraq' } };
		const { pack, problems } = compileDraft(draft, NOW);
		expect(pack).toBeNull();
		expect(problems).toEqual([
			{
				message:
					'“Mosul”: its card “Why does Mosul matter in these sources?” would have an answer of 17 words, and an answer to recall has at most 12: say it in fewer words.',
				proposal: mosul.id,
				field: 'own-words'
			}
		]);
		draft.decisions[mosul.id] = { status: 'accepted', text: 'Where the offensive was' };
		expect(compileDraft(draft, NOW).problems).toEqual([]);
	});

	it('writes a name with "the" where the documents do (“What is the Islamic State?”), a town without', () => {
		const draft = fixtureDraft();
		const state = proposalId(draft, 'actor', 'Islamic State');
		const mosul = draft.proposals!.find((p) => p.kind === 'place' && p.name === 'Mosul')!;
		draft.decisions[state] = { status: 'accepted', text: 'A jihadist group' };
		draft.decisions[mosul.id] = { status: 'accepted', text: 'Where the offensive was' };
		draft.points = { [mosul.id]: { lat: 36.34, lon: 43.13, country: 'Iraq' } };
		const { pack, cards } = compileDraft(draft, NOW);
		expect(pack!.entities.map((e) => [e.name, e.definite ?? false])).toEqual([
			['Islamic State', true],
			['Mosul', false]
		]);
		expect(cards.map((c) => c.prompt)).toContain('What is the Islamic State?');
		expect(cards.map((c) => c.prompt)).toContain('Why does Mosul matter in these sources?');
	});

	it('places a country as a country: its point, and no card asks in which country it is', () => {
		const draft = fixtureDraft();
		const place = draft.proposals!.find((p) => p.kind === 'place')!;
		place.suggestions = [
			{ name: 'Iraq', country: 'IQ', lat: 33.01, lon: 43.77, population: 0, isCountry: true }
		];
		draft.decisions[place.id] = { status: 'accepted', text: 'Where the offensive was' };
		const { pack, cards } = compileDraft(draft, NOW);
		expect(pack!.entities[0]!.place).toMatchObject({ type: 'country', country: 'Iraq', lat: 33.01 });
		expect(cards.map((c) => c.type)).not.toContain('place-country');
	});

	it('takes no far suggestion unasked: the person chooses one or places it', () => {
		const draft = fixtureDraft();
		const mosul = draft.proposals!.find((p) => p.kind === 'place' && p.name === 'Mosul')!;
		mosul.suggestions = [
			{ name: 'Mosul', country: 'CO', lat: 3.5, lon: -76.3, population: 2000 },
			{ name: 'Mossul', country: 'BR', lat: -8, lon: -35, population: 1500 }
		];
		mosul.onlyFarSuggestions = true;
		draft.decisions[mosul.id] = { status: 'accepted', text: 'Where the offensive was' };
		expect(compileDraft(draft, NOW).problems).toEqual([
			{
				message:
					"“Mosul”: the place list knows that name only far from your documents' other places (Mosul, Colombia; Mossul, Brazil): choose one if it is right, or type the coordinates or tap the map.",
				proposal: mosul.id,
				field: 'coordinates'
			}
		]);
		draft.points = { [mosul.id]: { lat: 36.34, lon: 43.13, country: 'Iraq' } };
		const { pack } = compileDraft(draft, NOW);
		expect(pack!.entities[0]!.place).toMatchObject({ country: 'Iraq', lat: 36.34 });
	});

	it('asks for a country when a typed point has none and the place list none either', () => {
		const draft = fixtureDraft();
		const mosul = draft.proposals!.find((p) => p.kind === 'place' && p.name === 'Mosul')!;
		mosul.suggestions = [];
		draft.decisions[mosul.id] = { status: 'accepted', text: 'Where the offensive was' };
		expect(compileDraft(draft, NOW).problems[0]!.message).toMatch(/no coordinates: type them or tap the map/);
		draft.points = { [mosul.id]: { lat: 36.3, lon: 43.1 } };
		expect(compileDraft(draft, NOW).problems[0]).toEqual({
			message: '“Mosul”: say which country it is in (beside its coordinates).',
			proposal: mosul.id,
			field: 'coordinates'
		});
	});

	it('asks for an accepted proposal when none is, and to find proposals first when there are none', () => {
		const draft = fixtureDraft();
		expect(compileDraft(draft, NOW).problems).toEqual([
			{ message: 'Accept at least one proposal (step 4): a pack needs cards.' }
		]);
		draft.proposals = null;
		expect(compileDraft(draft, NOW).problems).toEqual([
			{ message: 'Find proposals in your sources (step 3), then accept at least one: a pack needs cards.' }
		]);
	});

	it('slugs titles for ids', () => {
		expect(slug('Mossoul, été 2016!')).toBe('mossoul-ete-2016');
		expect(slug('—')).toBe('pack');
	});
});

describe('reviewed', () => {
	it('folds a merged proposal into its target: names as aliases, evidence added', () => {
		const draft = fixtureDraft();
		const [a, b] = draft.proposals!.filter((p) => p.kind === 'actor');
		const rows = reviewed(draft.proposals!, { [b!.id]: { status: 'merged', into: a!.id } });
		const target = rows.find((r) => r.proposal.id === a!.id)!;
		expect(target.proposal.aliases).toContain(b!.name);
		expect(target.proposal.evidence).toHaveLength(a!.evidence.length + b!.evidence.length);
		expect(rows.find((r) => r.proposal.id === b!.id)).toMatchObject({ status: 'merged', into: a!.id });
	});
});
