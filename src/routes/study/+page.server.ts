import { builtInFilterLibrary, builtInFirstCard } from '$lib/content/built-in-first';

/**
 * Read at build time: /study is prerendered with the card a first visit starts with and the counts of its
 * filters, so they paint before any code or data arrives (hidden on a device with study data until it is read).
 */
export function load() {
	return { first: builtInFirstCard(), firstVisitLibrary: builtInFilterLibrary() };
}
