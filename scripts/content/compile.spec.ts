import { describe, expect, it } from 'vitest';
import { compileContent, type CompileInput } from './compile';

const SEED_FILE = '000_3f12a4075941c5ee.txt';
const SEED = `The city of Mosul fell to the “Islamic State” in June 2014.
Iraqi forces,   backed by the coalition, retook it in July 2017 after a long battle.
"We will win," the commander said.`;

const sources = `
- id: zh-2016
  title: A fake source
  kind: news report
  publisher: unknown
  date: unknown
  file: ${SEED_FILE}
  reliability: A test fixture.
`;
const actors = `
- id: islamic-state
  name: Islamic State
  aliases: [ISIS, IS]
  topic: international
  importance: 1
  type: armed group
  title: Jihadist group that held the city
  role: The jihadist group that held Mosul from 2014.
  evidence:
    - source: zh-2016
      excerpt: "The city of Mosul fell to the \\"Islamic State\\" in June 2014."
  quotes:
    - text: "We will win,"
      source: zh-2016
`;
const places = `
- id: mosul
  name: Mosul
  topic: mosul
  importance: 1
  type: city
  country: Iraq
  lat: 36.34
  lon: 43.13
  title: City the jihadists held until 2017
  significance: The city the Islamic State held from 2014 to 2017.
  evidence:
    - source: zh-2016
      excerpt: "Iraqi forces, backed by the coalition, retook it in July 2017"
`;
const event = (date = '{ year: 2017, month: 7, basis: explicit date }', extra = '') => `
- id: fall-of-mosul
  name: Recapture of the city in 2017
  topic: mosul
  importance: 1
  date: ${date}
  places: [mosul]
  actors: [islamic-state]
  outcome: Iraqi forces retook the city.
  evidence:
    - source: zh-2016
      excerpt: retook it in July 2017 after a long battle.
${extra}`;

const manifest = `
id: test-pack
title: A test pack
description: Mosul in two entries.
topics:
  - { id: mosul, title: Mosul }
  - { id: international, title: The wider war }
`;

const input = (files: Partial<CompileInput['files']> = {}, extra: Partial<CompileInput> = {}): CompileInput => ({
	manifest,
	files: { sources, actors, places, events: event(), ...files },
	seeds: { [SEED_FILE]: SEED },
	...extra
});

describe('compileContent', () => {
	it('compiles valid content into entities and cards with no errors', () => {
		const result = compileContent(input());
		expect(result.errors).toEqual([]);
		expect(result.pack.entities.map((e) => e.id)).toEqual(['islamic-state', 'mosul', 'fall-of-mosul']);
		expect(result.counts.entries).toMatchObject({ actor: 1, place: 1, event: 1 });
		expect(result.pack.cards.find((c) => c.id === 'fall-of-mosul:event-date')?.answer).toBe('July 2017');
		expect(result.pack.entities[1]?.evidence[0]).toMatchObject({ source: 'zh-2016', file: SEED_FILE });
		expect(result.pack).toMatchObject({
			id: 'test-pack',
			title: 'A test pack',
			description: 'Mosul in two entries.',
			topics: [
				{ id: 'mosul', title: 'Mosul' },
				{ id: 'international', title: 'The wider war' }
			]
		});
	});

	it('fails a folder without pack.yaml, and names the folder it was given', () => {
		const { errors } = compileContent({ ...input({}, { dir: 'packs/waterloo' }), manifest: undefined });
		expect(errors).toEqual([
			"packs/waterloo/pack.yaml: missing: a pack folder needs a pack.yaml with the pack's id, title, description and topics"
		]);
	});

	it('fails a bad pack.yaml field by name, and an entry whose topic pack.yaml does not list', () => {
		const bad = manifest.replace('id: test-pack', 'id: Test Pack').replace('title: Mosul }', 'titel: Mosul }');
		const { errors } = compileContent(input({}, { manifest: bad }));
		expect(errors).toContain('content/pack.yaml → id: must be a kebab-case ASCII id (e.g. moon-landing-1969)');
		expect(errors).toContain('content/pack.yaml → topics[0].titel: unknown field (not in the format)');
		const offTopic = places.replace('topic: mosul', 'topic: raqqa');
		const topicErrors = compileContent(input({ places: offTopic })).errors;
		expect(topicErrors).toEqual([
			'content/places.yaml: entry 1 (mosul) → topic: must be a topic of pack.yaml: mosul, international (got "raqqa")'
		]);
	});

	it('takes any source id and file, and names the folder in every message', () => {
		const own = sources.replace('id: zh-2016', 'id: my-notes').replace(`file: ${SEED_FILE}`, 'file: notes/my-notes.md');
		const renamed = (text: string) => text.replaceAll('source: zh-2016', 'source: my-notes');
		const ok = compileContent({
			...input({ sources: own, actors: renamed(actors), places: renamed(places), events: renamed(event()) }),
			seeds: { 'notes/my-notes.md': SEED }
		});
		expect(ok.errors).toEqual([]);
		expect(ok.pack.entities[1]?.evidence[0]).toMatchObject({ source: 'my-notes', file: 'notes/my-notes.md' });
		const missing = compileContent({
			...input({ sources: own, places: renamed(places) }, { dir: 'packs/mine' }),
			seeds: {}
		}).errors;
		expect(missing).toContain('source document notes/my-notes.md not found: excerpts from it cannot be checked');
		expect(missing).toContain('packs/mine/actors.yaml: entry 1 (islamic-state) → evidence[0].source: unknown source id "zh-2016"');
		const escaping = compileContent(input({ sources: sources.replace(`file: ${SEED_FILE}`, 'file: ../secret.txt') }));
		expect(escaping.errors).toEqual([
			'content/sources.yaml: entry 1 (zh-2016) → file: must be a file name inside the sources folder (no "/" at the start, no "..")'
		]);
	});

	it('carries the optional name grammar and quote context into the pack and its prompts', () => {
		const withExtras = actors
			.replace('  type: armed group', '  definite: true\n  type: armed group')
			.replace(/(- text: "We will win,"\n {6}source: zh-2016)/, '$1\n      context: of the battle for the city');
		const result = compileContent(input({ actors: withExtras }));
		expect(result.errors).toEqual([]);
		const entity = result.pack.entities.find((e) => e.id === 'islamic-state');
		expect(entity).toMatchObject({ definite: true });
		expect(entity?.plural).toBeUndefined();
		expect(entity?.actor?.quotes?.[0]).toMatchObject({ excerpt: 'We will win,', context: 'of the battle for the city' });
		const cards = result.pack.cards;
		expect(cards.find((c) => c.id === 'islamic-state:actor-role')?.prompt).toBe('What is the Islamic State?');
		expect(cards.find((c) => c.id === 'islamic-state:quote-speaker:1')?.prompt).toBe(
			'Who said, of the battle for the city: “We will win”?'
		);
	});

	it('accepts an excerpt that differs from the seed only in whitespace and quote style', () => {
		// The actor excerpt uses straight quotes where the seed has “ ”; the place excerpt collapses 3 spaces.
		expect(compileContent(input()).errors).toEqual([]);
	});

	it('fails an excerpt that is not verbatim, naming file, entry and field', () => {
		const edited = places.replace('retook it in July 2017', 'recaptured it in July 2017');
		const { errors } = compileContent(input({ places: edited }));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			/^content\/places\.yaml: entry 1 \(mosul\) → evidence\[0\]\.excerpt: not verbatim in 000_3f12a4075941c5ee\.txt/
		);
		expect(errors[0]).toContain('departs at “recaptured”');
	});

	it('fails a quote that is not verbatim', () => {
		const { errors } = compileContent(input({ actors: actors.replace('We will win,', 'We shall win,') }));
		expect(errors).toEqual([expect.stringMatching(/^content\/actors\.yaml: entry 1 \(islamic-state\) → quotes\[0\]\.text: not verbatim/)]);
	});

	it('fails an unknown reference, naming the field and the missing id', () => {
		const { errors } = compileContent(input({ events: event().replace('places: [mosul]', 'places: [mosul, atlantis]') }));
		expect(errors).toEqual(['content/events.yaml: entry 1 (fall-of-mosul) → places[1]: unknown place id "atlantis"']);
	});

	it('fails a reference to an entry of the wrong kind and an unknown source id', () => {
		const events = event().replace('actors: [islamic-state]', 'actors: [mosul]').replace('source: zh-2016', 'source: bbc');
		const { errors } = compileContent(input({ events }));
		expect(errors).toContain(
			'content/events.yaml: entry 1 (fall-of-mosul) → actors[0]: "mosul" is in content/places.yaml, expected an actor id'
		);
		expect(errors).toContain('content/events.yaml: entry 1 (fall-of-mosul) → evidence[0].source: unknown source id "bbc"');
	});

	it('fails bad dates: month, day for the month, year range and year 0; takes any era', () => {
		const month = compileContent(input({ events: event('{ year: 2017, month: 13, basis: x }') })).errors;
		expect(month).toEqual(['content/events.yaml: entry 1 (fall-of-mosul) → date.month: must be 1–12']);
		const day = compileContent(input({ events: event('{ year: 2017, month: 6, day: 31, basis: x }') })).errors;
		expect(day).toEqual(['content/events.yaml: entry 1 (fall-of-mosul) → date.day: must be 1–30 for 2017-06']);
		const leap = compileContent(input({ events: event('{ year: 2016, month: 2, day: 29, basis: x }') })).errors;
		expect(leap).toEqual([]);
		for (const year of [1815, 1969, -44, 2031]) expect(compileContent(input({ events: event(`{ year: ${year}, basis: x }`) })).errors).toEqual([]);
		const far = compileContent(input({ events: event('{ year: 12000, basis: x }') })).errors;
		expect(far).toEqual([
			'content/events.yaml: entry 1 (fall-of-mosul) → date.year: must be a whole year from -9999 to 9999, negative for BCE, never 0'
		]);
		const zero = compileContent(input({ events: event('{ year: 0, basis: x }') })).errors;
		expect(zero).toEqual(['content/events.yaml: entry 1 (fall-of-mosul) → date.year: there is no year 0: 1 BCE is -1, 1 CE is 1']);
	});

	it('fails a duplicate id across files, naming both entries', () => {
		const duplicate = event().replace('id: fall-of-mosul', 'id: mosul');
		const { errors } = compileContent(input({ events: duplicate }));
		expect(errors).toContain('content/events.yaml: entry 1 (mosul) → id: duplicate of content/places.yaml entry 1');
	});

	it('fails schema errors: an unknown field, a missing field, a wrong enum', () => {
		const bad = places.replace('country: Iraq', 'contry: Iraq').replace('type: city', 'type: metropolis');
		const { errors } = compileContent(input({ places: bad }));
		expect(errors).toContain('content/places.yaml: entry 1 (mosul) → contry: unknown field (not in the format)');
		expect(errors).toContain('content/places.yaml: entry 1 (mosul) → country: missing (required)');
		expect(errors.some((e) => e.startsWith('content/places.yaml: entry 1 (mosul) → type: must be one of'))).toBe(true);
	});

	it('names an entry without an id by its position', () => {
		const { errors } = compileContent(input({ places: places + '\n- name: Nowhere\n' }));
		expect(errors).toContain('content/places.yaml: entry 2 → id: missing (required)');
	});

	it('fails an excerpt over 25 words even when the seeds are absent', () => {
		const long = Array.from({ length: 26 }, (_, i) => `w${i}`).join(' ');
		const { errors } = compileContent({
			manifest,
			files: { sources, places: places.replace('"Iraqi forces, backed by the coalition, retook it in July 2017"', long) }
		});
		expect(errors).toEqual(['content/places.yaml: entry 1 (mosul) → evidence[0].excerpt: over 25 words (26)']);
	});

	it('skips only the verbatim check without seeds', () => {
		const edited = places.replace('retook it in July 2017', 'recaptured it in July 2017');
		expect(compileContent({ manifest, files: { sources, actors, places: edited, events: event() } }).errors).toEqual([]);
	});

	it('reports a YAML syntax error and a file that is not a list', () => {
		expect(compileContent({ manifest, files: { claims: '- id: [unclosed' } }).errors[0]).toMatch(
			/^content\/claims\.yaml: YAML syntax error/
		);
		expect(compileContent({ manifest, files: { claims: 'id: x' } }).errors).toEqual([
			'content/claims.yaml: must be a YAML list of entries ("- id: …")'
		]);
	});

	it('requires a short title for actors and places, and names a card that breaks a card rule', () => {
		const untitled = compileContent(input({ places: places.replace('  title: City the jihadists held until 2017\n', '') }));
		expect(untitled.errors).toEqual(['content/places.yaml: entry 1 (mosul) → title: missing (required)']);
		const long = 'City the jihadists held for three long years until Iraqi forces retook it in 2017';
		const wordy = compileContent(input({ places: places.replace('City the jihadists held until 2017', long) }));
		expect(wordy.errors).toEqual([
			'content/places.yaml: entry 1 (mosul) → title: over 12 words (15): a title is what a learner recalls; keep the rest for the description'
		]);
		const headline = 'Iraqi forces and their allies retake the whole city after a long and costly battle';
		const longName = compileContent(input({ events: event().replace('Recapture of the city in 2017', headline) }));
		expect(longName.errors).toEqual([
			'content/places.yaml: entry 1 (mosul) → card mosul:place-event:fall-of-mosul: answer has 15 words (at most 12)'
		]);
	});

	it('checks the references of the facet fields: leads, backedBy, within, against', () => {
		const actorsWith = actors.replace('  type: armed group\n', '  type: armed group\n  leads: [mosul]\n  backedBy: [nowhere]\n');
		const placesWith = places.replace('  type: city\n', '  type: city\n  within: islamic-state\n');
		const eventWith = event().replace('  actors: [islamic-state]\n', '  actors: []\n  against: [islamic-state, ghost]\n');
		const { errors } = compileContent(input({ actors: actorsWith, places: placesWith, events: eventWith }));
		expect(errors).toEqual([
			'content/actors.yaml: entry 1 (islamic-state) → leads[0]: "mosul" is in content/places.yaml, expected an actor id',
			'content/actors.yaml: entry 1 (islamic-state) → backedBy[0]: unknown actor id or place id "nowhere"',
			'content/events.yaml: entry 1 (fall-of-mosul) → against[1]: unknown actor id "ghost"',
			'content/places.yaml: entry 1 (mosul) → within: "islamic-state" is in content/actors.yaml, expected a place id'
		]);
	});

	it('orders the cards for teaching and warns when too few answers are short', () => {
		const result = compileContent(input());
		// Topics in pack.yaml's order: the test pack teaches Mosul before the wider war.
		expect(result.pack.cards.slice(0, 3).map((c) => c.id)).toEqual([
			'mosul:place-country',
			'fall-of-mosul:event-date',
			'islamic-state:actor-role'
		]);
		expect(result.warnings).toEqual([]);
		expect(result.counts.answers.all.cards).toBe(result.pack.cards.length);
		const wordy = 'City the jihadists held three years until its recapture';
		const warned = compileContent(input({ places: places.replace('City the jihadists held until 2017', wordy), actors: actors.replace('Jihadist group that held the city', 'Jihadist group holding the city from 2014 to 2017') }));
		expect(warned.warnings).toEqual([
			expect.stringMatching(/^only \d+% of answers are at most 8 words \(aim for 95%\): shorten titles and lists$/)
		]);
	});

	it('treats missing files as empty lists', () => {
		const result = compileContent({ manifest, files: { sources } });
		expect(result.errors).toEqual([]);
		expect(result.pack.sources).toHaveLength(1);
		expect(result.pack.entities).toEqual([]);
	});

	it('makes every claim contested and requires an attributed statement', () => {
		const claim = (statement: string) => `
- id: isis-will-vanish
  name: ISIS will quietly disappear
  topic: international
  importance: 2
  claimant: the fake source
  statement: ${statement}
  evidence:
    - source: zh-2016
      excerpt: retook it in July 2017
`;
		const ok = compileContent(input({ claims: claim('According to the fake source, ISIS will vanish.') }));
		expect(ok.errors).toEqual([]);
		expect(ok.pack.entities.find((e) => e.id === 'isis-will-vanish')?.contested).toBe(true);
		const bad = compileContent(input({ claims: claim('ISIS will vanish.') }));
		expect(bad.errors).toEqual([
			'content/claims.yaml: entry 1 (isis-will-vanish) → statement: must be attributed: "According to <claimant>, …"'
		]);
	});

	it('changes the pack version when any entry changes, and only then', () => {
		const a = compileContent(input()).pack.version;
		expect(compileContent(input()).pack.version).toBe(a);
		expect(compileContent(input({ places: places.replace('43.13', '43.14') })).pack.version).not.toBe(a);
		expect(a).toMatch(/^[0-9a-f]{12}$/);
	});
});
