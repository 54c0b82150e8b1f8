/**
 * Today's worker's job (today.worker.ts): make sure the library holds the built-in pack, then read Today's
 * numbers, and say what went wrong in words a person can read. Kept apart from the worker's message handler so
 * it is tested like any module.
 */
import type { BuiltInInstallRequest } from './library-installer';
import { installBuiltInPack } from './built-in-pack-install';
import { readToday, type TodayRead } from './today-read';
import { errorMessage } from './problem';

export interface TodayRequest {
	builtIn: BuiltInInstallRequest;
	now: number;
}

export type TodayReply = { ok: true; read: TodayRead } | { ok: false; message: string };

export async function serveToday(request: TodayRequest): Promise<TodayReply> {
	try {
		const installed = await installBuiltInPack(request.builtIn);
		if (!installed.ok) return { ok: false, message: installed.message };
		return { ok: true, read: await readToday(request.now) };
	} catch (error) {
		return { ok: false, message: errorMessage(error) };
	}
}
