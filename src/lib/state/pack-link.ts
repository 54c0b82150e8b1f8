/** A link to a pack file as the learner enters it: https only, with an optional SHA-256 the file must match. */
import type { ShownProblem } from './problem';

const SHA256 = /^[0-9a-f]{64}$/i;

/** The link to fetch (without its fragment) and the SHA-256 it must match, or why the link is refused. */
export function parseLink(link: string, sha256 = ''): { url: string; sha256?: string } | ShownProblem {
	let url: URL;
	try {
		url = new URL(link);
	} catch {
		return { message: 'Enter the whole link to a pack file, starting with https://.' };
	}
	if (url.protocol !== 'https:')
		return { message: 'Only https:// links are fetched, so the pack cannot be changed on the way.' };
	const fromLink = new URLSearchParams(url.hash.slice(1)).get('sha256') ?? '';
	const hash = sha256 || fromLink;
	if (hash && !SHA256.test(hash))
		return { message: 'A SHA-256 is 64 characters of 0–9 and a–f. Check it, or leave it empty.' };
	if (sha256 && fromLink && sha256.toLowerCase() !== fromLink.toLowerCase())
		return { message: 'The SHA-256 in the field and the one in the link differ. Keep only one.' };
	url.hash = '';
	return hash ? { url: url.href, sha256: hash.toLowerCase() } : { url: url.href };
}
