/**
 * Where Today's numbers are read: in a worker, so the Today page loads no database code and its main thread
 * stays free (on a first visit the same worker installs the built-in pack, so Dexie is fetched once); in the page
 * where no worker can run.
 */
import { builtInPackEnsured, builtInRequest, ensureBuiltInPack } from './library-installer';
import type { TodayRead } from './today-read';
import type { TodayReply, TodayRequest } from './today-serve';
import { askWorker, canStartWorkers, type RequestWorker } from './worker-request';

export type TodayWorker = RequestWorker<TodayRequest, TodayReply>;

function startTodayWorker(): TodayWorker | null {
	if (!canStartWorkers()) return null;
	return new Worker(new URL('./today.worker.ts', import.meta.url), {
		type: 'module',
		name: 'today'
	}) as TodayWorker;
}

/** Today's numbers as they are at `now`. */
export async function readTodayOffPage(
	now: number,
	startWorker: () => TodayWorker | null = startTodayWorker
): Promise<TodayRead> {
	// A page opened meanwhile that makes sure of the built-in pack too (a quick move to /study) finds it there, or
	// installs the same pack, which installPack leaves unchanged: the library never holds it twice.
	const reply = await askWorker(startWorker, { builtIn: builtInRequest(), now });
	if (reply?.ok) {
		builtInPackEnsured();
		return reply.read;
	}
	if (reply) throw new Error(reply.message);
	const reading = import('./today-read');
	await ensureBuiltInPack();
	return (await reading).readToday(now);
}
