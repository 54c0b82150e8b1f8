/**
 * Sourcedeck cards as Anki notes. A card becomes a basic note, or a cloze note when its prompt has the gap; the
 * two sides of an actor's role (who is X? / who is this?) become one note with a card each way. Fields keep
 * the exact prompts, every accepted spelling, the source titles and the excerpts; tags keep kind, type and topic
 * so an import restores them. GUIDs come from the pack and card ids: a re-export updates the same notes.
 */
import type { Card, Pack, Source } from '../../pack';
import { cardEvidenceFields, type EvidenceFields } from '../evidence';
import { ankiGuid } from '../hash';

export type NoteKind = 'basic' | 'reversed' | 'cloze';

/** Field names per note type, in order; the import reads our own notes back by these names. */
export const NOTE_FIELDS: Record<NoteKind, readonly string[]> = {
	basic: ['Front', 'Back', 'Accepted', 'Source', 'Excerpt'],
	reversed: [
		'Front',
		'Back',
		'Accepted',
		'Reverse front',
		'Reverse back',
		'Reverse accepted',
		'Source',
		'Excerpt'
	],
	cloze: ['Text', 'Accepted', 'Source', 'Excerpt']
};

/** The gap a cloze card's prompt shows in place of its answer (cards.ts). */
export const CLOZE_GAP = '_____';

/** A note before it is written: plain-text fields (the writer turns them into HTML), tags and its cards. */
export interface NoteDraft {
	guid: string;
	kind: NoteKind;
	/** Plain text, in NOTE_FIELDS order. */
	fields: string[];
	tags: string[];
	/** The Sourcedeck cards it holds, in Anki's card order (ord 0, 1, …). */
	cardIds: string[];
}

export const ACCEPTED_JOIN = ' | ';
const lines = (values: readonly string[]) => values.join('\n');

/** Anki tags may not hold spaces; "::" nests them under a parent in Anki's browser. */
export function cardTags(card: Card): string[] {
	const tag = (text: string) => text.trim().replace(/\s+/g, '_');
	const tags = [`sourcedeck::kind::${tag(card.kind)}`, `sourcedeck::type::${tag(card.type)}`];
	if (card.topic) tags.push(`sourcedeck::topic::${tag(card.topic)}`);
	if (card.contested) tags.push('sourcedeck::contested');
	return tags;
}

/** "By … _____ …" + "2014" → "By … {{c1::2014}} …"; null when the prompt has not exactly one gap. */
export function clozeText(card: Card): string | null {
	const parts = card.prompt.split(CLOZE_GAP);
	if (card.type !== 'cloze' || parts.length !== 2) return null;
	// "}}" inside the answer would close the deletion early; Anki has no escape for it.
	if (card.answer.includes('}}') || card.answer.includes('::')) return null;
	return `${parts[0]}{{c1::${card.answer}}}${parts[1]}`;
}

const sameEvidence = (a: EvidenceFields, b: EvidenceFields) =>
	lines(a.source) === lines(b.source) && lines(a.excerpt) === lines(b.excerpt);

export function noteGuid(pack: Pack, key: string): string {
	return ankiGuid(`sourcedeck:${pack.id}:${key}`);
}

/** The notes for the given cards, in card order (a reversed note stands where its first card was). */
export function notesFor(
	pack: Pack,
	cards: readonly Card[],
	sources: ReadonlyMap<string, Source>
): NoteDraft[] {
	const byPair = new Map<string, Card[]>();
	for (const card of cards) byPair.set(card.pair, [...(byPair.get(card.pair) ?? []), card]);
	const done = new Set<string>();
	const notes: NoteDraft[] = [];
	for (const card of cards) {
		if (done.has(card.id)) continue;
		done.add(card.id);
		const evidence = cardEvidenceFields(card, sources);
		const other = byPair.get(card.pair)?.find((c) => c.id !== card.id && !done.has(c.id));
		const forward = card.type === 'actor-role' ? card : other?.type === 'actor-role' ? other : undefined;
		const backward = card.type === 'role-actor' ? card : other?.type === 'role-actor' ? other : undefined;
		if (
			forward &&
			backward &&
			other &&
			sameEvidence(cardEvidenceFields(forward, sources), cardEvidenceFields(backward, sources))
		) {
			done.add(other.id);
			notes.push({
				guid: noteGuid(pack, `pair:${card.pair}`),
				kind: 'reversed',
				fields: [
					forward.prompt,
					forward.answer,
					forward.accepted.join(ACCEPTED_JOIN),
					backward.prompt,
					backward.answer,
					backward.accepted.join(ACCEPTED_JOIN),
					lines(evidence.source),
					lines(evidence.excerpt)
				],
				tags: cardTags(forward),
				cardIds: [forward.id, backward.id]
			});
			continue;
		}
		const cloze = clozeText(card);
		const guid = noteGuid(pack, `card:${card.id}`);
		const accepted = card.accepted.join(ACCEPTED_JOIN);
		notes.push(
			cloze
				? {
						guid,
						kind: 'cloze',
						fields: [cloze, accepted, lines(evidence.source), lines(evidence.excerpt)],
						tags: cardTags(card),
						cardIds: [card.id]
					}
				: {
						guid,
						kind: 'basic',
						fields: [card.prompt, card.answer, accepted, lines(evidence.source), lines(evidence.excerpt)],
						tags: cardTags(card),
						cardIds: [card.id]
					}
		);
	}
	return notes;
}
