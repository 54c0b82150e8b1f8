import { firstVisitSources } from '$lib/state/first-visit-sources';

/**
 * Read at build time: the sources a first visit finds, so the page is prerendered with them and a device with
 * no study data shows them without the database code.
 */
export function load() {
	return { firstVisit: firstVisitSources() };
}
