/// <reference lib="webworker" />
/**
 * Reads Today's numbers off the page's main thread (and installs the built-in pack first on a first visit), so
 * the Today page needs no database code of its own: only the numbers cross back.
 */
import { serveToday, type TodayRequest } from './today-serve';

self.addEventListener('message', async (event: MessageEvent<TodayRequest>) => {
	self.postMessage(await serveToday(event.data));
});
