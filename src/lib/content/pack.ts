/** The app's content pack (compiled by `npm run content`) and lookups into it. */
import { qualifyPack } from '$lib/domain/library';
import type { Card, Entity, Pack, Source } from '$lib/domain/pack';
import packUrl from './generated/pack.json?url';

/**
 * In the browser the pack is fetched as a JSON asset (hashed, precached by the service worker), not bundled as
 * JavaScript: it is data, and parsing JSON is faster than parsing the same object as code. Top-level await keeps
 * this module's API synchronous for everything that imports it. On the server (prerendering, tests) it is
 * imported directly. Validated by the compiler, so the JSON is trusted to match the type.
 */
async function loadPack(): Promise<Pack> {
	if (import.meta.env.SSR) return (await import('./generated/pack.json')).default as unknown as Pack;
	const response = await fetch(packUrl);
	if (!response.ok) throw new Error(`The content pack could not be loaded (${response.status}).`);
	return (await response.json()) as Pack;
}

/** The pack with its ids qualified, as the library keeps every pack (see domain/library.ts). */
export const pack = qualifyPack(await loadPack());

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

export { cardAnchor, sourceAnchor } from '$lib/domain/anchors';
