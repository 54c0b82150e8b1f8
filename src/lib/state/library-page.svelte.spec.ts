import { gzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installPack, listPacks, readPack } from '$lib/db/library';
import { listSnapshots } from '$lib/db/snapshots';
import { answerCard } from '$lib/db/study';
import { freshDatabase } from '$lib/db/test-db';
import { freshSnapshotDatabase } from '$lib/db/test-snapshots';
import { qualify } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import { parsePack, toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { GOOD, createScheduler } from '$lib/domain/scheduler';
import { DAY } from '$lib/domain/time';
import { installPackFile, sha256Hex } from './pack-install';
import { LibraryPageState, ONE_PACK_STAYS_ON, type PickedPackFile } from './library-page.svelte';
import { deviceResume } from './resume-hint';
import { sampleResumeHint } from './test-resume-hint';
import { fakeStorage } from './test-storage';

const NOW = Date.UTC(2026, 11, 1, 9);
const BUILT_IN = 'isis-campaign-2016-2017';
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

beforeEach(async () => {
	freshDatabase('library-page');
	freshSnapshotDatabase('library-page');
	vi.stubGlobal('localStorage', fakeStorage());
	const builtIn = { ...makeFixturePack(), id: BUILT_IN, title: 'Built-in pack', version: 'b1' };
	await installPack(builtIn, { origin: 'built-in', now: NOW - 2 * DAY });
});
afterEach(() => {
	vi.unstubAllGlobals();
});

function secondPack(version = 'v1'): Pack {
	return { ...makeFixturePack(), id: 'second-pack', title: 'Second pack', version };
}

const bytesOf = (pack: Pack) => new TextEncoder().encode(JSON.stringify(toPackFile(pack)));
const picked = (name: string, bytes: Uint8Array): PickedPackFile => ({
	name,
	arrayBuffer: async () => bytes.slice().buffer
});
const state = () => new LibraryPageState({ clock: () => NOW });

/** Some progress, so a snapshot has something to keep. */
const studyOne = () =>
	answerCard(qualify(BUILT_IN, makeFixturePack().cards[0]!.id), GOOD, NOW - DAY, 1000, undefined, {
		scheduler
	});

function rememberNextCard() {
	deviceResume.write(sampleResumeHint({ from: NOW, until: NOW + DAY }));
}

describe('LibraryPageState', () => {
	it('lists each pack with its progress', async () => {
		const cards = makeFixturePack().cards;
		await answerCard(qualify(BUILT_IN, cards[0]!.id), GOOD, NOW - DAY, 1000, undefined, { scheduler });
		const page = state();
		expect(page.items).toBeNull();
		await page.load();
		expect(page.items).toHaveLength(1);
		expect(page.items![0]!.pack).toMatchObject({ id: BUILT_IN, origin: 'built-in', enabled: true });
		expect(page.items![0]!.progress).toEqual({ started: 1, lastStudiedAt: NOW - DAY });
	});

	it('installs a gzipped pack file, says what it did and forgets the saved next card', async () => {
		rememberNextCard();
		const page = state();
		await page.load();
		expect(await page.installFile(picked('second.json.gz', gzipSync(bytesOf(secondPack()))))).toBe(true);
		expect(page.status).toBe(`“Second pack” installed: ${secondPack().cards.length} cards.`);
		expect(page.items!.map((item) => [item.pack.id, item.pack.origin])).toEqual([
			[BUILT_IN, 'built-in'],
			['second-pack', 'file']
		]);
		expect(deviceResume.read()).toBeNull();
		expect(await listSnapshots()).toEqual([]);
	});

	it('keeps a snapshot before upgrading an installed pack, and none for the same version again', async () => {
		await studyOne();
		const page = state();
		await page.installFile(picked('v1.json', bytesOf(secondPack())));
		await page.installFile(picked('v1.json', bytesOf(secondPack())));
		expect(page.status).toBe('“Second pack” is already installed.');
		expect(await listSnapshots()).toEqual([]);
		const v2 = secondPack('v2');
		v2.cards = v2.cards.slice(1);
		expect(await page.installFile(picked('v2.json', bytesOf(v2)))).toBe(true);
		expect(page.status).toBe('“Second pack” updated (version v1 → v2): 1 card retired.');
		expect((await listSnapshots()).map((s) => [s.reason, s.detail])).toEqual([
			['pack-upgrade', 'Second pack']
		]);
	});

	it('refuses a file that would replace the pack the app comes with, keeping it and taking no snapshot', async () => {
		// Installed as the app installs it, from its pack file.
		const builtIn = { ...makeFixturePack(), id: BUILT_IN, title: 'Built-in pack', version: 'b1' };
		await installPackFile(bytesOf(builtIn), { origin: 'built-in', now: NOW - DAY });
		await studyOne();
		const page = state();
		await page.load();
		const edited = { ...builtIn, version: 'b2' };
		edited.cards = edited.cards.slice(1);
		expect(await page.installFile(picked('edited.json', bytesOf(edited)))).toBe(false);
		expect(page.problem!.message).toBe(
			'“Built-in pack” comes with the app and is updated with it: a file cannot replace it. Nothing was installed.'
		);
		expect(page.problem!.detail).toBe("The file's version is b2; the app's is b1.");
		expect((await listPacks()).map((pack) => [pack.id, pack.version, pack.origin])).toEqual([
			[BUILT_IN, 'b1', 'built-in']
		]);
		expect(await listSnapshots()).toEqual([]);
		// Its own export, installed again, is the same pack: nothing to refuse.
		expect(await page.installFile(picked('same.json', bytesOf(builtIn)))).toBe(true);
		expect(page.status).toBe('“Built-in pack” is already installed.');
	});

	it('does not upgrade when the snapshot cannot be kept', async () => {
		await installPack(secondPack(), { origin: 'file', now: NOW });
		const page = new LibraryPageState({
			clock: () => NOW,
			snapshot: async () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		});
		expect(await page.installFile(picked('v2.json', bytesOf(secondPack('v2'))))).toBe(false);
		expect(page.problem!.message).toMatch(/^“Second pack” was not updated, and nothing was changed/);
		expect((await listPacks())[1]!.version).toBe('v1');
	});

	it('refuses a broken file in plain words with the details apart, changing nothing', async () => {
		const page = state();
		await page.load();
		const broken = toPackFile(secondPack()) as unknown as { cards: { answer: unknown }[] };
		broken.cards[0]!.answer = 12;
		const bytes = new TextEncoder().encode(JSON.stringify(broken));
		expect(await page.installFile(picked('broken.json', bytes))).toBe(false);
		expect(page.problem!.message).toBe(
			'“Second pack” has mistakes, so it was not installed. Nothing was changed.'
		);
		expect(page.problem!.detail).toMatch(/^cards\[0\] \(id ".+"\) → answer: expected text/);
		expect(await page.installFile(picked('notes.txt', new TextEncoder().encode('hello')))).toBe(false);
		expect(page.problem!.message).toBe('This file is not a Sourcedeck pack, or it is damaged.');
		expect(await listPacks()).toHaveLength(1);
		expect(page.status).toBe('');
	});

	it('installs from an https link, checking the SHA-256 the link carries', async () => {
		const bytes = bytesOf(secondPack());
		const hash = await sha256Hex(bytes);
		const fetched: string[] = [];
		const fetch = (async (url: string) => {
			fetched.push(url);
			return new Response(bytes.slice());
		}) as typeof globalThis.fetch;
		const page = new LibraryPageState({ clock: () => NOW, fetch });
		expect(await page.installLink(`https://example.org/p.json#sha256=${'0'.repeat(64)}`)).toBe(false);
		expect(page.problem!.message).toMatch(/^This pack is not the one the link names/);
		expect(await page.installLink('http://example.org/p.json')).toBe(false);
		expect(page.problem!.message).toMatch(/^Only https:\/\/ links/);
		expect(await page.installLink(`https://example.org/p.json#sha256=${hash.toUpperCase()}`)).toBe(true);
		expect(fetched).toEqual(['https://example.org/p.json', 'https://example.org/p.json']);
		expect((await listPacks())[1]).toMatchObject({ origin: 'link', url: 'https://example.org/p.json' });
	});

	it('turns packs off and on, keeping at least one on', async () => {
		await installPack(secondPack(), { origin: 'file', now: NOW });
		const page = state();
		await page.load();
		expect(await page.setEnabled('second-pack', false)).toBe(true);
		expect(page.status).toMatch(/^“Second pack” is off/);
		expect(page.enabledCount).toBe(1);
		expect(page.isLastOn(BUILT_IN)).toBe(true);
		expect(await page.setEnabled(BUILT_IN, false)).toBe(false);
		expect(page.problem!.message).toBe(ONE_PACK_STAYS_ON);
		expect(await page.setEnabled('second-pack', true)).toBe(true);
		expect(await page.setEnabled(BUILT_IN, false)).toBe(true);
		expect(page.items!.map((item) => item.pack.enabled)).toEqual([false, true]);
	});

	it('exports a pack as a pack file that reads back as the pack', async () => {
		await installPack(secondPack(), { origin: 'file', now: NOW });
		const page = state();
		const file = await page.exportPack('second-pack');
		expect(file!.fileName).toBe('second-pack-v1.sourcedeck-pack.json');
		expect(parsePack(JSON.parse(file!.text))).toEqual({ ok: true, pack: await readPack('second-pack') });
		expect(await page.exportPack('nothing')).toBeNull();
		expect(page.problem!.message).toMatch(/could not be made/);
	});

	it('removes a pack only after confirmation, with a snapshot first; never the built-in pack', async () => {
		await installPack(secondPack(), { origin: 'file', now: NOW });
		await studyOne();
		const page = state();
		await page.load();
		page.askRemove(BUILT_IN);
		expect(page.pendingRemoval).toBeNull();
		page.askRemove('second-pack');
		page.cancelRemove();
		expect(await page.confirmRemove()).toBe(false);
		await page.setEnabled(BUILT_IN, false);
		page.askRemove('second-pack');
		expect(page.pendingRemoval!.title).toBe('Second pack');
		expect((await page.backup())!.fileName).toBe('sourcedeck-backup-2026-12-01.json');
		expect(await page.confirmRemove()).toBe(true);
		expect(page.status).toMatch(/^“Second pack” removed/);
		expect(page.items!.map((item) => [item.pack.id, item.pack.enabled])).toEqual([[BUILT_IN, true]]);
		expect((await listSnapshots()).map((s) => [s.reason, s.detail])).toEqual([
			['pack-removal', 'Second pack']
		]);
	});
});
