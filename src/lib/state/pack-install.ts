/**
 * Installing one pack file into the library: checked in full (domain/pack-file.ts) before anything is written,
 * then written in one transaction, so a refused file changes nothing. Used in the page and, for the built-in
 * pack, in a worker (built-in-install.worker.ts): nothing here touches the DOM.
 */
import { BUILT_IN_PACK } from '$lib/content/built-in';
import type { Pack } from '$lib/domain/pack';
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
	/**
	 * Checks the pack the file holds before anything is written (a student's page takes only the pack their
	 * assignment needs): returns why it is refused, in a person's words, or null to go on.
	 */
	accept?: (pack: Pack) => string | null;
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
	const refusal = options.accept?.(read.pack);
	if (refusal)
		return {
			ok: false,
			problem: {
				message: refusal,
				details: [`The file holds “${read.pack.id}” version ${read.pack.version}.`]
			}
		};
	const { installPack, getPack, packHash } = await loadLibrary();
	const hash = await packHash(read.pack);
	const installed = await getPack(read.pack.id);
	const replacesBuiltIn =
		options.origin !== 'built-in' &&
		(read.pack.id === BUILT_IN_PACK.id || installed?.origin === 'built-in') &&
		installed?.hash !== hash;
	// The app installs its own version of its pack again whenever the library holds another: a file's version
	// would be installed, then silently replaced at the next visit.
	if (replacesBuiltIn)
		return {
			ok: false,
			problem: {
				message: `“${read.pack.title}” comes with the app and is updated with it: a file cannot replace it. Nothing was installed.`,
				details: [
					`The file's version is ${read.pack.version}; the app's is ${installed?.version ?? BUILT_IN_PACK.version}.`
				]
			}
		};
	if (options.beforeUpgrade) {
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
