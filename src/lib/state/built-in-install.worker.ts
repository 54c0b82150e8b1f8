/// <reference lib="webworker" />
/**
 * Installs the app's own pack off the page's main thread: fetching, checking and writing ~700 cards is the
 * longest task of a first visit. The page asks with the pack file's URL and hears back only whether it worked.
 */
import type { BuiltInInstallReply, BuiltInInstallRequest } from './library-installer';
import { installPackFromUrl } from './pack-install';

self.addEventListener('message', async (event: MessageEvent<BuiltInInstallRequest>) => {
	const result = await installPackFromUrl(event.data.url, { origin: 'built-in' });
	const reply: BuiltInInstallReply = result.ok
		? { ok: true }
		: { ok: false, message: result.problem.message };
	self.postMessage(reply);
});
