import { pack } from '$lib/content/pack';

/**
 * Read at build time: the welcome's facts about the pack go into the prerendered page, so it shows without the
 * pack or the database code (the pack is fetched after the first paint).
 */
export function load() {
	return { pack: { title: pack.title, cards: pack.cards.length, sources: pack.sources.length } };
}
