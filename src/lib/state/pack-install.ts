/**
 * Installing one pack file into the library: checked in full (domain/pack-file.ts) before anything is written,
 * then written in one transaction, so a refused file changes nothing. Used in the page and, for the built-in
 * pack, in a worker (built-in-install.worker.ts): nothing here touches the DOM.
 */
import { readPackFile, type PackFileProblem } from '$lib/domain/pack-file';
import type { InstallOutcome } from '$lib/db/library';
import type { PackOrigin, PackRecord } from '$lib/db/records';

const loadLibrary = () => import('$lib/db/library');

export type InstallResult = { ok: true; outcome: InstallOutcome } | { ok: false; problem: PackFileProblem };

export interface InstallFileOptions {
	origin: PackOrigin;
	/** Where the file came from (a link). */
	url?: string;
	/** SHA-256 (hex) the file must have: a link can carry it, so a changed file is refused. */
	expectedHash?: string;
	now?: number;
	/**
	 * Runs before a pack already in the library is replaced by another version of it (the /library page keeps a
	 * snapshot there); if it throws, nothing is installed and its error is the refusal's detail.
	 */
	beforeUpgrade?: (installed: PackRecord) => Promise<unknown>;
}

/** SHA-256 of bytes, as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Installs a pack file's bytes (JSON or gzipped JSON). */
export async function installPackFile(
	bytes: Uint8Array,
	options: InstallFileOptions
): Promise<InstallResult> {
	if (options.expectedHash) {
		const actual = await sha256Hex(bytes);
		if (actual !== options.expectedHash.toLowerCase())
			return {
				ok: false,
				problem: {
					message:
						'This pack is not the one the link names: it was changed since the link was made. Nothing was installed.',
					details: [`SHA-256 expected ${options.expectedHash}, got ${actual}`]
				}
			};
	}
	const read = readPackFile(bytes);
	if (!read.ok) return read;
	const { installPack, getPack, packHash } = await loadLibrary();
	const hash = await packHash(read.pack);
	if (options.beforeUpgrade) {
		const installed = await getPack(read.pack.id);
		if (installed && installed.hash !== hash) {
			try {
				await options.beforeUpgrade(installed);
			} catch (error) {
				return {
					ok: false,
					problem: {
						message: `“${installed.title}” was not updated, and nothing was changed: a copy of your current data could not be kept first. Free some space or export a backup, then try again.`,
						details: [String(error)]
					}
				};
			}
		}
	}
	try {
		const outcome = await installPack(read.pack, {
			origin: options.origin,
			now: options.now ?? Date.now(),
			url: options.url,
			hash
		});
		return { ok: true, outcome };
	} catch (error) {
		const { describeStorageError } = await import('$lib/db/storage-errors');
		return {
			ok: false,
			problem: { message: describeStorageError(error, 'the pack'), details: [String(error)] }
		};
	}
}

/** Fetches a pack file once and installs it; afterwards it works offline like any other pack. */
export async function installPackFromUrl(
	url: string,
	options: Omit<InstallFileOptions, 'url'> & { fetch?: typeof fetch } = { origin: 'link' }
): Promise<InstallResult> {
	let bytes: Uint8Array;
	try {
		const response = await (options.fetch ?? fetch)(url);
		if (!response.ok)
			return {
				ok: false,
				problem: {
					message: `The pack could not be fetched: the server answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`,
					details: [url]
				}
			};
		bytes = new Uint8Array(await response.arrayBuffer());
	} catch (error) {
		return {
			ok: false,
			problem: {
				message: 'The pack could not be fetched. Check the connection and the link, then try again.',
				details: [url, String(error)]
			}
		};
	}
	return installPackFile(bytes, { ...options, url });
}
