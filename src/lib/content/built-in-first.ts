/**
 * Build time only (imported by +page.server.ts files): the built-in pack and its first card, as a first visit
 * meets them, for prerendering. The pack file is read here, on the server, never sent as JavaScript.
 */
import { cardSizes, qualifyPack, type CardSizes } from '$lib/domain/library';
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

/**
 * The library a first visit has, as the study page's filters count it: the built-in pack alone, on, with the
 * cards of each kind and source (the numbers the page shows once the pack is installed and read).
 */
export function builtInFilterLibrary(): {
	packs: { id: string; title: string; enabled: boolean; counts: { cards: number }; sizes: CardSizes }[];
	sources: { id: string; title: string }[];
} {
	return {
		packs: [
			{
				id: pack.id,
				title: pack.title,
				enabled: true,
				counts: { cards: pack.cards.length },
				sizes: cardSizes(pack.cards)
			}
		],
		sources: pack.sources.map(({ id, title }) => ({ id, title }))
	};
}
