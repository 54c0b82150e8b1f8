/** The app's content pack (compiled by `npm run content`) and lookups into it. */
import type { Card, Entity, Pack, Source } from '$lib/domain/pack';
import packJson from './generated/pack.json';

/** Validated by the compiler, so the JSON is trusted to match the type. */
export const pack = packJson as unknown as Pack;

const cards = new Map(pack.cards.map((c) => [c.id, c]));
const entities = new Map(pack.entities.map((e) => [e.id, e]));
const sources = new Map(pack.sources.map((s) => [s.id, s]));

export const cardById = (id: string): Card | undefined => cards.get(id);
export const entityById = (id: string): Entity | undefined => entities.get(id);
export const sourceById = (id: string): Source | undefined => sources.get(id);

/** Cards whose evidence draws on the source, in pack order. */
export const cardsBySource = (sourceId: string): Card[] => pack.cards.filter((c) => c.sources.includes(sourceId));

/** Entities with at least one excerpt (or quote) from the source, in pack order. */
export const entitiesBySource = (sourceId: string): Entity[] =>
	pack.entities.filter(
		(e) => e.evidence.some((x) => x.source === sourceId) || e.actor?.quotes?.some((q) => q.source === sourceId)
	);

/** Fragment id of a card on /sources: ids hold ':' (never '_'), so this mapping is one-to-one. */
export const cardAnchor = (cardId: string): string => `card-${cardId.replaceAll(':', '_')}`;
export const sourceAnchor = (sourceId: string): string => `source-${sourceId}`;
