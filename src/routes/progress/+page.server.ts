import { firstVisitProgress } from '$lib/state/first-visit-progress';

/**
 * Read at build time: the figures of a device with no study data, so a first visit shows them without the
 * database code (and they are prerendered, not guessed).
 */
export async function load() {
	return { firstVisit: await firstVisitProgress() };
}
