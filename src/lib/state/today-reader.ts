/**
 * Where Today's numbers are read: in a worker, so the Today page loads no database code and its main thread
 * stays free (the same worker makes sure the library holds the built-in pack, so Dexie is fetched once); in the
 * page where no worker can run. On a device with no study data nothing is read at all.
 */
import { mayHoldStudyData } from '$lib/db/stored-data';
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

export interface TodayReadOptions {
	/**
	 * Today's numbers on a device that holds no study data (the prerendered first visit's): given, they are shown
	 * there without starting the worker or loading any database code. The built-in pack is installed by the page
	 * that studies it.
	 */
	firstVisit?: TodayRead;
	startWorker?: () => TodayWorker | null;
	/** Whether the device may hold study data (see mayHoldStudyData). */
	mayHoldData?: () => Promise<boolean>;
}

/** Today's numbers as they are at `now`. */
export async function readTodayOffPage(
	now: number,
	{
		firstVisit,
		startWorker = startTodayWorker,
		mayHoldData = () => mayHoldStudyData()
	}: TodayReadOptions = {}
): Promise<TodayRead> {
	if (firstVisit && !(await mayHoldData())) return firstVisit;
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
