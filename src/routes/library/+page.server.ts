import { firstVisitLibraryItem } from '$lib/state/first-visit-library';

/**
 * Read at build time: the library as a first visit finds it, so the page is prerendered with it and shows it
 * before the database is read.
 */
export function load() {
	return { firstVisit: firstVisitLibraryItem() };
}
