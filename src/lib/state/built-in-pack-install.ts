/**
 * Installs the built-in pack unless the library already holds this version: in a worker (the install worker, or
 * Today's), or in the page where no worker runs. The check needs only the library's read; the code that reads and
 * checks a pack file (pack-install.ts, the pack schema) is loaded only when there is a pack to install, so a
 * return visit does not fetch it. Only whether it worked is answered (a worker's reply crosses threads).
 */
import type { BuiltInInstallReply, BuiltInInstallRequest } from './library-installer';

const loadLibrary = () => import('$lib/db/library');
const loadPackInstall = () => import('./pack-install');

export async function installBuiltInPack(request: BuiltInInstallRequest): Promise<BuiltInInstallReply> {
	const { getPack } = await loadLibrary();
	if ((await getPack(request.id))?.version === request.version) return { ok: true };
	const { installPackFromUrl } = await loadPackInstall();
	const result = await installPackFromUrl(request.url, { origin: 'built-in' });
	return result.ok ? { ok: true } : { ok: false, message: result.problem.message };
}
