/**
 * Build time only (imported by +page.server.ts files): the library as a first visit finds it, the built-in pack
 * alone with nothing studied, for prerendering.
 */
import { builtInLibraryPack } from '$lib/content/built-in-first';
import { packRecord } from '$lib/db/library';
import type { LibraryItem } from './library-page.svelte';

/** The built-in pack's entry as the first install writes it. */
export function firstVisitLibraryItem(): LibraryItem {
	const record = packRecord(builtInLibraryPack(), {
		// Not shown: the install on the device sets them.
		hash: '',
		installedAt: 0,
		now: 0,
		origin: 'built-in',
		enabled: true,
		retired: 0
	});
	return { pack: record, progress: { started: 0, lastStudiedAt: null } };
}
