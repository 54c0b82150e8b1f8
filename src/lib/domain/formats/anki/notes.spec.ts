import { describe, expect, it } from 'vitest';
import { sourcesById } from '../evidence';
import { syntheticPack } from '../fixture';
import { cardTags, clozeText, notesFor } from './notes';

const pack = syntheticPack(30);
const sources = sourcesById(pack);

describe('cards as Anki notes', () => {
	it("makes one reversed note of an actor's two sides, a cloze note of a gap, a basic note otherwise", () => {
		const notes = notesFor(pack, pack.cards, sources);
		expect(notes.flatMap((n) => n.cardIds)).toEqual(pack.cards.map((c) => c.id));
		const reversed = notes.filter((n) => n.kind === 'reversed');
		expect(reversed.length).toBe(pack.cards.filter((c) => c.type === 'role-actor').length);
		const [forward, backward] = reversed[0]!.cardIds.map((id) => pack.cards.find((c) => c.id === id)!);
		expect(reversed[0]!.fields.slice(0, 6)).toEqual([
			forward!.prompt,
			forward!.answer,
			forward!.accepted.join(' | '),
			backward!.prompt,
			backward!.answer,
			backward!.accepted.join(' | ')
		]);
		expect(notes.filter((n) => n.kind === 'cloze').length).toBe(
			pack.cards.filter((c) => c.type === 'cloze').length
		);
	});

	it('keeps one side alone as a basic note when the other is not selected', () => {
		const one = pack.cards.filter((c) => c.type === 'role-actor').slice(0, 1);
		expect(notesFor(pack, one, sources).map((n) => n.kind)).toEqual(['basic']);
	});

	it('gives the same GUID whatever else is exported, and different GUIDs to different packs', () => {
		const all = new Map(notesFor(pack, pack.cards, sources).map((n) => [n.cardIds.join(), n.guid]));
		// A side exported without its other side is a note of its own; every other note keeps its GUID.
		const partial = notesFor(pack, pack.cards.slice(10, 20), sources).filter((n) =>
			all.has(n.cardIds.join())
		);
		expect(partial.length).toBeGreaterThan(5);
		for (const note of partial) expect(note.guid).toBe(all.get(note.cardIds.join()));
		const other = notesFor({ ...pack, id: 'other' }, pack.cards, sources);
		expect(other[0]!.guid).not.toBe(all.get(other[0]!.cardIds.join()));
	});

	it('turns a one-gap cloze card into {{c1::…}}, and refuses what Anki could not read back', () => {
		const card = pack.cards.find((c) => c.type === 'cloze')!;
		expect(clozeText(card)).toBe(card.prompt.replace('_____', `{{c1::${card.answer}}}`));
		expect(clozeText({ ...card, prompt: 'no gap' })).toBeNull();
		expect(clozeText({ ...card, prompt: '_____ and _____' })).toBeNull();
		expect(clozeText({ ...card, answer: 'a }} b' })).toBeNull();
		expect(clozeText({ ...card, type: 'event-date' })).toBeNull();
	});

	it('tags kind, type, topic and contested without spaces', () => {
		expect(cardTags({ ...pack.cards[0]!, topic: 'deir ez zor', contested: true })).toEqual([
			`sourcedeck::kind::${pack.cards[0]!.kind}`,
			`sourcedeck::type::${pack.cards[0]!.type}`,
			'sourcedeck::topic::deir_ez_zor',
			'sourcedeck::contested'
		]);
	});
});
