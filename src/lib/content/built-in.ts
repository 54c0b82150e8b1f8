/**
 * The pack the app ships with: what pages know of it without loading it (id, title, version, counts), and the
 * URL of its pack file, a static asset precached by the service worker and installed into the library on first
 * run (see state/library-installer.ts). The pack itself is never bundled into a page's JavaScript.
 */
import meta from './generated/built-in.json';
import url from './generated/pack.json?url';

export interface BuiltInPack {
	id: string;
	title: string;
	/** Changes whenever its content does: a newer app brings a newer version, installed over the old. */
	version: string;
	cards: number;
	sources: number;
	/** Where its pack file is served. */
	url: string;
}

export const BUILT_IN_PACK: BuiltInPack = { ...meta, url };
