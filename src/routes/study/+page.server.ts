import { builtInFirstCard } from '$lib/content/built-in-first';

/**
 * Read at build time: /study is prerendered with the card a first visit starts with, so it paints before any
 * code or data arrives (hidden on a device with study data until that data is read).
 */
export function load() {
	return { first: builtInFirstCard() };
}
