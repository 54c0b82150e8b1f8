/**
 * How the library names where a pack came from. A module of its own: the library page shows it before the
 * page's database code has loaded.
 */
import type { PackOrigin } from '$lib/db/records';

export const ORIGIN_LABELS: Readonly<Record<PackOrigin, string>> = {
	'built-in': 'Built in',
	file: 'From a file',
	link: 'From a link',
	made: 'Made here'
};
