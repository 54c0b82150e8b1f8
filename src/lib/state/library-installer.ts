/**
 * Putting packs into the library: the built-in pack on first run (and its newer versions with newer apps), a
 * pack file a person opens, a pack at a link. Every file is read and checked in full (domain/pack-file.ts)
 * before anything is written, and installed in one transaction: a refused file changes nothing.
 */
import { BUILT_IN_PACK, type BuiltInPack } from '$lib/content/built-in';
import { installPackFromUrl, type InstallResult } from './pack-install';

export {
	installPackFile,
	installPackFromUrl,
	sha256Hex,
	type InstallFileOptions,
	type InstallResult
} from './pack-install';

// Only the database: the check is on every page's critical path, and the pages read through it anyway.
const loadDatabase = () => import('$lib/db/database');

/** What the built-in pack's install needs of a Worker (a real one in the page, a fake in tests). */
export interface InstallWorker {
	postMessage(message: BuiltInInstallRequest): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<BuiltInInstallReply>) => void): void;
	addEventListener(type: 'error', listener: (event: Event) => void): void;
	terminate(): void;
}
export interface BuiltInInstallRequest {
	url: string;
}
/** Only what crosses back: the outcome's details stay in the worker. */
export type BuiltInInstallReply = { ok: true } | { ok: false; message: string };

/** A worker to install in, where the browser has them: parsing and writing a pack is long main-thread work. */
function startInstallWorker(): InstallWorker | null {
	if (typeof Worker !== 'function') return null;
	return new Worker(new URL('./built-in-install.worker.ts', import.meta.url), {
		type: 'module',
		name: 'built-in pack install'
	}) as InstallWorker;
}

let builtInReady: Promise<void> | null = null;

/**
 * Makes sure the library holds the app's own pack at the version this app brings: installed on first run,
 * upgraded after an app update, otherwise one quick read. Once per page load.
 */
export function ensureBuiltInPack(
	pack: BuiltInPack = BUILT_IN_PACK,
	startWorker: () => InstallWorker | null = startInstallWorker
): Promise<void> {
	builtInReady ??= installBuiltIn(pack, startWorker).catch((error) => {
		builtInReady = null;
		throw error;
	});
	return builtInReady;
}

async function installBuiltIn(pack: BuiltInPack, startWorker: () => InstallWorker | null): Promise<void> {
	const { db } = await loadDatabase();
	if ((await db().packs.get(pack.id))?.version === pack.version) return;
	const reply =
		(await installInWorker(pack.url, startWorker)) ??
		toReply(await installPackFromUrl(pack.url, { origin: 'built-in' }));
	if (!reply.ok) throw new Error(reply.message);
}

const toReply = (result: InstallResult): BuiltInInstallReply =>
	result.ok ? { ok: true } : { ok: false, message: result.problem.message };

/** The install's reply from a worker; null when no worker could run it (then the page installs it itself). */
async function installInWorker(
	url: string,
	startWorker: () => InstallWorker | null
): Promise<BuiltInInstallReply | null> {
	let worker: InstallWorker | null;
	try {
		worker = startWorker();
	} catch {
		return null;
	}
	if (!worker) return null;
	const running = worker;
	return new Promise<BuiltInInstallReply | null>((resolve) => {
		running.addEventListener('message', (event) => resolve(event.data));
		// A worker that cannot load (an old cache, a strict browser) leaves the work to the page.
		running.addEventListener('error', () => resolve(null));
		// The worker resolves a relative URL against its own script: give it the page's.
		running.postMessage({ url: typeof location === 'undefined' ? url : new URL(url, location.href).href });
	}).finally(() => running.terminate());
}

/** Tests start each case with no memory of an earlier install. */
export function forgetBuiltInCheck(): void {
	builtInReady = null;
}
