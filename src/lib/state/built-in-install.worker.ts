/// <reference lib="webworker" />
/**
 * Installs the app's own pack off the page's main thread: fetching, checking and writing ~700 cards is the
 * longest task of a first visit. The page asks with the pack's id, version and file URL (nothing is fetched when
 * the library holds that version already) and hears back only whether it worked.
 */
import type { BuiltInInstallReply, BuiltInInstallRequest } from './library-installer';
import { installBuiltInPack } from './built-in-pack-install';
import { serveRequests } from './worker-serve';

serveRequests<BuiltInInstallRequest, BuiltInInstallReply>(installBuiltInPack);
