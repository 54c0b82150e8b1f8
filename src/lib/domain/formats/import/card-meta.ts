/**
 * What a file may say about a card beyond its text: kind, type and topic (in our tags on Anki notes, or in
 * columns of our CSV), read only when they name a value Sourcedeck knows.
 */
import { TYPE_LABELS } from '../../card-labels';
import { ENTITY_KINDS, type CardType, type EntityKind } from '../../pack';
import type { ImportedCard } from './types';

export function asKind(value: string | undefined): EntityKind | undefined {
	const kind = value?.trim().toLowerCase();
	return ENTITY_KINDS.find((k) => k === kind);
}

export function asCardType(value: string | undefined): CardType | undefined {
	const type = value?.trim().toLowerCase();
	return type && Object.hasOwn(TYPE_LABELS, type) ? (type as CardType) : undefined;
}

/** Kind, type, topic and "contested" from Anki tags written by our export (sourcedeck::kind::actor …). */
export function metaFromTags(tags: string): Pick<ImportedCard, 'kind' | 'type' | 'topic' | 'contested'> {
	const meta: Pick<ImportedCard, 'kind' | 'type' | 'topic' | 'contested'> = {};
	for (const tag of tags.split(/\s+/)) {
		const [root, key, value] = tag.split('::');
		if (root?.toLowerCase() !== 'sourcedeck') continue;
		if (key === 'kind') meta.kind = asKind(value);
		else if (key === 'type') meta.type = asCardType(value);
		else if (key === 'topic' && value && /^[a-z0-9-]+$/.test(value)) meta.topic = value;
		else if (key === 'contested') meta.contested = true;
	}
	return meta;
}

/** The reverse side of an actor's role note is its "who is this?" card. */
export function reverseType(type: CardType | undefined): CardType | undefined {
	return type === 'actor-role' ? 'role-actor' : type === 'role-actor' ? 'actor-role' : type;
}
