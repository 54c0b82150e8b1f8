/**
 * A value made the first time it is asked for, then kept. For module-level objects that are costly to make, such
 * as Intl formatters: a page's first one loads the locale data (34–59 ms of main thread measured in Chromium here,
 * four times that on a slow phone), and made at module load it lands in the page's start-up task even where
 * nothing is formatted yet.
 */
export function madeOnFirstUse<T>(make: () => T): () => T {
	let made: { value: T } | undefined;
	return () => (made ??= { value: make() }).value;
}
