/**
 * For specs: packs put into the test database's library, and the library read back as the screens read it
 * (without the built-in pack, which the unit tests cannot fetch).
 */
import { enabledPackIds, installPack } from '$lib/db/library';
import { readPacks } from '$lib/db/library-read';
import type { Card, Pack, Source } from '$lib/domain/pack';
import { contentOf, type LibraryContent } from './library-content';

/** A pack holding these cards and sources, with its own (unqualified) ids. */
export function testPack(id: string, cards: Card[], sources: Source[] = []): Pack {
	return {
		id,
		title: `Pack ${id}`,
		description: '',
		version: 'v1',
		topics: [],
		sources,
		entities: [],
		cards
	};
}

/** Installs the packs in order, one millisecond apart (the library lists packs in install order). */
export async function installTestPacks(...packs: Pack[]): Promise<void> {
	let now = 1;
	for (const pack of packs) await installPack(pack, { origin: 'file', now: now++ });
}

/** The packs that are on, read from the library as `loadLibraryContent` reads them. */
export async function readTestLibrary(): Promise<LibraryContent> {
	const { packs, pack } = await readPacks(await enabledPackIds());
	return contentOf(packs, pack);
}
