/// <reference lib="webworker" />
/**
 * Reads Today's numbers off the page's main thread (and installs the built-in pack first on a first visit), so
 * the Today page needs no database code of its own: only the numbers cross back.
 */
import { serveToday, type TodayReply, type TodayRequest } from './today-serve';
import { serveRequests } from './worker-serve';

serveRequests<TodayRequest, TodayReply>(serveToday);
