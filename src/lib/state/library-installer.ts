/**
 * Putting the built-in pack into the library on first run (and its newer versions with newer apps), in a worker
 * off the page's main thread. Files a person opens and packs at a link go through pack-install.ts, which reads
 * and checks every file in full (domain/pack-file.ts) before it writes anything, in one transaction.
 */
import { BUILT_IN_PACK, type BuiltInPack } from '$lib/content/built-in';
import { askWorker, canStartWorkers, type RequestWorker } from './worker-request';

// Only the database: the check is on every page's critical path, and the pages read through it anyway.
const loadDatabase = () => import('$lib/db/database');
/**
 * The install itself (built-in-pack-install.ts, which loads the pack schema and the writes when there is a pack
 * to install): the worker's work. The page loads it only where no worker runs, so no page's first visit
 * evaluates it on the main thread.
 */
const loadBuiltInInstall = () => import('./built-in-pack-install');

/** What the built-in pack's install needs of a Worker (a real one in the page, a fake in tests). */
export type InstallWorker = RequestWorker<BuiltInInstallRequest, BuiltInInstallReply>;
/** The built-in pack to make sure of: the worker checks the library for this version before fetching anything. */
export interface BuiltInInstallRequest {
	id: string;
	version: string;
	url: string;
}
/** Only what crosses back: the outcome's details stay in the worker. */
export type BuiltInInstallReply = { ok: true } | { ok: false; message: string };

/** A worker to install in, where the browser has them: parsing and writing a pack is long main-thread work. */
function startInstallWorker(): InstallWorker | null {
	if (!canStartWorkers()) return null;
	return new Worker(new URL('./built-in-install.worker.ts', import.meta.url), {
		type: 'module',
		name: 'built-in pack install'
	}) as InstallWorker;
}

/**
 * The built-in version this device last saw in its library, kept in localStorage. Only a hint of where to
 * start: the library itself is always checked.
 */
const INSTALLED_KEY = 'sourcedeck.builtInVersion';

const browserStorage = (): Storage | null => {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
};

let builtInReady: Promise<void> | null = null;

/**
 * Makes sure the library holds the app's own pack at the version this app brings: installed on first run,
 * upgraded after an app update, otherwise one quick read. Once per page load.
 */
export function ensureBuiltInPack(
	pack: BuiltInPack = BUILT_IN_PACK,
	startWorker: () => InstallWorker | null = startInstallWorker,
	storage: Storage | null = browserStorage()
): Promise<void> {
	builtInReady ??= installBuiltIn(pack, startWorker, storage).catch((error) => {
		builtInReady = null;
		throw error;
	});
	return builtInReady;
}

async function installBuiltIn(
	pack: BuiltInPack,
	startWorker: () => InstallWorker | null,
	storage: Storage | null
): Promise<void> {
	const request = builtInRequest(pack);
	if (read(storage) === pack.version) {
		const { db } = await loadDatabase();
		if ((await db().packs.get(pack.id))?.version === pack.version) return;
	} else {
		// A first visit or a newer app: the worker starts at once rather than after the page's database code has
		// loaded (a second or more of a phone's first visit), and checks the library itself before fetching. That
		// code, which the page reads the library with next, loads meanwhile.
		void loadDatabase().catch(() => undefined);
	}
	const reply =
		(await askWorker(startWorker, request)) ??
		(await (await loadBuiltInInstall()).installBuiltInPack(request));
	if (!reply.ok) throw new Error(reply.message);
	write(storage, pack.version);
}

const read = (storage: Storage | null): string | null => {
	try {
		return storage?.getItem(INSTALLED_KEY) ?? null;
	} catch {
		return null;
	}
};

const write = (storage: Storage | null, version: string) => {
	try {
		storage?.setItem(INSTALLED_KEY, version);
	} catch {
		// Storage blocked or full: the next page load checks the library in a worker again, and finds it there.
	}
};

/**
 * What a worker is asked to make sure of. A worker resolves a relative URL against its own script: it is given
 * the page's.
 */
export function builtInRequest(pack: BuiltInPack = BUILT_IN_PACK): BuiltInInstallRequest {
	const url = typeof location === 'undefined' ? pack.url : new URL(pack.url, location.href).href;
	return { id: pack.id, version: pack.version, url };
}

/**
 * Another worker made sure of the built-in pack (Today's, which reads the library after): this page load need
 * not check again, and the next one starts from the quick check.
 */
export function builtInPackEnsured(
	pack: BuiltInPack = BUILT_IN_PACK,
	storage: Storage | null = browserStorage()
): void {
	builtInReady ??= Promise.resolve();
	write(storage, pack.version);
}

/** Tests start each case with no memory of an earlier install. */
export function forgetBuiltInCheck(): void {
	builtInReady = null;
}
