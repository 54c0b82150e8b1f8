/** The id in `#<id>`, or '' (ids are plain letters, digits, - and _): the share and gradebook pages' set. */
export function idFromHash(hash: string): string {
	const id = hash.replace(/^#/, '');
	return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : '';
}
