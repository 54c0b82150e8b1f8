/**
 * Build time only (imported by +page.server.ts files): the built-in pack and its first card, as a first visit
 * meets them, for prerendering. The pack file is read here, on the server, never sent as JavaScript.
 */
import { qualifyPack } from '$lib/domain/library';
import type { Card, Entity, Pack } from '$lib/domain/pack';
import packFile from './generated/pack.json';

const pack: Pack = qualifyPack(packFile as unknown as Pack);

/** The built-in pack as the library holds it (ids qualified). */
export function builtInLibraryPack(): Pack {
	return pack;
}

/** The first card of the built-in pack in teaching order, with its entity (names on the card). */
export function builtInFirstCard(): { card: Card; entity: Entity | null } {
	const card = pack.cards[0]!;
	return { card, entity: pack.entities.find((e) => e.id === card.entity) ?? null };
}
