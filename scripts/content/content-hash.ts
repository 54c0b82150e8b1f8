/** The pack version: a short hash of the compiled content, so it changes whenever any entry changes. */
import { createHash } from 'node:crypto';

export function contentHash(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}
