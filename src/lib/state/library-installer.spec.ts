import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import { toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import type { BuiltInPack } from '$lib/content/built-in';
import {
	ensureBuiltInPack,
	forgetBuiltInCheck,
	type BuiltInInstallReply,
	type BuiltInInstallRequest
} from './library-installer';
import { installBuiltInPack } from './built-in-pack-install';
import { fakeStorage } from './test-storage';
import { fakeWorker } from './test-worker';

const fixture = makeFixturePack();
const BUILT_IN: BuiltInPack = {
	id: fixture.id,
	title: fixture.title,
	version: fixture.version,
	cards: fixture.cards.length,
	sources: fixture.sources.length,
	url: 'https://app.example/pack.json'
};

const fakeInstallWorker = (behaviour: BuiltInInstallReply | 'fails to load') =>
	fakeWorker<BuiltInInstallRequest, BuiltInInstallReply>(behaviour);
const urls = (fake: { asked: BuiltInInstallRequest[] }) => fake.asked.map((request) => request.url);

beforeEach(() => {
	freshDatabase('library-installer');
	forgetBuiltInCheck();
	vi.stubGlobal('fetch', async () => new Response(JSON.stringify(toPackFile(fixture))));
});
afterEach(() => vi.unstubAllGlobals());

describe('ensureBuiltInPack', () => {
	it('has a worker install the pack, off the page’s main thread, and lets it go', async () => {
		const fake = fakeInstallWorker({ ok: true });
		await ensureBuiltInPack(BUILT_IN, () => fake.worker);
		expect(urls(fake)).toEqual([BUILT_IN.url]);
		expect(fake.terminated()).toBe(true);
		// The worker said it was done: the page wrote nothing itself.
		expect(await getPack(BUILT_IN.id)).toBeUndefined();
	});

	it('installs in the page when no worker can run it, or the worker fails to load', async () => {
		await ensureBuiltInPack(BUILT_IN, () => null);
		expect((await getPack(BUILT_IN.id))?.origin).toBe('built-in');

		freshDatabase('library-installer-fallback');
		forgetBuiltInCheck();
		const fake = fakeInstallWorker('fails to load');
		await ensureBuiltInPack(BUILT_IN, () => fake.worker);
		expect(fake.terminated()).toBe(true);
		expect((await getPack(BUILT_IN.id))?.version).toBe(BUILT_IN.version);
	});

	it('says why when the worker could not install it, and tries again on the next call', async () => {
		const refused = fakeInstallWorker({ ok: false, message: 'The pack could not be fetched.' });
		await expect(ensureBuiltInPack(BUILT_IN, () => refused.worker)).rejects.toThrow(
			'The pack could not be fetched.'
		);
		const fine = fakeInstallWorker({ ok: true });
		await ensureBuiltInPack(BUILT_IN, () => fine.worker);
		expect(fine.asked).toHaveLength(1);
	});

	it('starts no worker when this device has seen this version installed and the library holds it', async () => {
		const storage = fakeStorage();
		await ensureBuiltInPack(BUILT_IN, () => null, storage);
		forgetBuiltInCheck();
		const start = vi.fn(() => fakeInstallWorker({ ok: true }).worker);
		await ensureBuiltInPack(BUILT_IN, start, storage);
		expect(start).not.toHaveBeenCalled();
	});

	it('starts the worker at once on a device that has not seen this version, and remembers it once installed', async () => {
		const storage = fakeStorage();
		const fake = fakeInstallWorker({ ok: true });
		await ensureBuiltInPack(BUILT_IN, () => fake.worker, storage);
		expect(urls(fake)).toEqual([BUILT_IN.url]);
		// A newer app brings a newer version: the worker is asked again.
		forgetBuiltInCheck();
		const newer = fakeInstallWorker({ ok: true });
		await ensureBuiltInPack({ ...BUILT_IN, version: `${BUILT_IN.version}.1` }, () => newer.worker, storage);
		expect(newer.asked).toHaveLength(1);
	});

	it('installs it again when the library lost it although this device remembers it', async () => {
		const storage = fakeStorage();
		await ensureBuiltInPack(BUILT_IN, () => null, storage);
		freshDatabase('library-installer-cleared');
		forgetBuiltInCheck();
		await ensureBuiltInPack(BUILT_IN, () => null, storage);
		expect((await getPack(BUILT_IN.id))?.version).toBe(BUILT_IN.version);
	});
});

describe('installBuiltInPack', () => {
	it('fetches nothing when the library holds this version, and installs it otherwise', async () => {
		const fetched = vi.fn(async () => new Response(JSON.stringify(toPackFile(fixture))));
		vi.stubGlobal('fetch', fetched);
		const request = { id: BUILT_IN.id, version: BUILT_IN.version, url: BUILT_IN.url };
		expect(await installBuiltInPack(request)).toEqual({ ok: true });
		expect((await getPack(BUILT_IN.id))?.origin).toBe('built-in');
		expect(await installBuiltInPack(request)).toEqual({ ok: true });
		expect(fetched).toHaveBeenCalledTimes(1);
	});

	it('says why when the pack could not be fetched', async () => {
		vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
		const reply = await installBuiltInPack({ id: BUILT_IN.id, version: BUILT_IN.version, url: BUILT_IN.url });
		expect(reply).toMatchObject({ ok: false, message: expect.stringContaining('404') });
		expect(await getPack(BUILT_IN.id)).toBeUndefined();
	});
});
