import { beforeEach, describe, expect, it, vi } from 'vitest';
import { latestDraft } from '$lib/db/drafts';
import { freshDatabase } from '$lib/db/test-db';
import { PackDraftState } from './draft.svelte';
import { PackSourcesState } from './sources.svelte';

const file = (name: string, content: string | Uint8Array, size?: number) => {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

async function setup() {
	const draft = new PackDraftState({ clock: () => 1, newId: () => 'd1', saveDelay: 0 });
	await draft.load();
	return { draft, sources: new PackSourcesState(draft) };
}

beforeEach(() => {
	freshDatabase('pack-sources');
});

describe('PackSourcesState', () => {
	it('adds pasted text and opened files, and keeps them with the draft', async () => {
		const { draft, sources } = await setup();
		expect(sources.addPasted('A report', 'Iraqi forces entered Mosul on 3 November 2016.')).toBe(true);
		expect(await sources.addFiles([file('notes.md', '# Notes\n\nThe army said it took the airport.')])).toBe(
			1
		);
		expect(sources.list.map((s) => [s.id, s.title, s.file])).toEqual([
			['source-1', 'A report', ''],
			['source-2', 'notes', 'notes.md']
		]);
		expect(sources.list[1]!.text).toContain('The army said it took the airport.');
		sources.update('source-2', 'reliability', 'My own notes.');
		await draft.flush();
		expect((await latestDraft())?.sources[1]?.reliability).toBe('My own notes.');
	});

	it('refuses bad input with a plain message and adds nothing', async () => {
		const { draft, sources } = await setup();
		expect(sources.addPasted('Empty', '   ')).toBe(false);
		expect(sources.problems[0]).toMatch(/is empty/);
		const junk = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
		const added = await sources.addFiles([
			file('empty.txt', ''),
			file('huge.txt', 'x', 50 * 1024 * 1024),
			file('junk.txt', junk),
			file('photo.jpg', 'x')
		]);
		expect(added).toBe(0);
		expect(sources.problems).toHaveLength(4);
		expect(sources.problems[1]).toMatch(/50 MB, more than/);
		expect(sources.problems[2]).toMatch(/does not contain readable text/);
		expect(sources.problems[3]).toMatch(/not a kind of file/);
		expect(draft.current.sources).toEqual([]);
		expect(draft.saveStatus).toBe('blank');
	});

	it('puts a removed source back where it was, with what was said about it', async () => {
		const { draft, sources } = await setup();
		sources.addPasted('One', 'First text here.');
		sources.addPasted('Two', 'Second text here.');
		sources.update('source-1', 'publisher', 'A wire service');
		sources.remove('source-1');
		expect(sources.list.map((s) => s.id)).toEqual(['source-2']);
		expect(sources.removed?.source.title).toBe('One');
		sources.putBack();
		expect(sources.status).toBe('“One” is back.');
		expect(sources.removed).toBeNull();
		expect(sources.list.map((s) => [s.id, s.publisher, s.text])).toEqual([
			['source-1', 'A wire service', 'First text here.'],
			['source-2', '', 'Second text here.']
		]);
		await draft.flush();
		expect((await latestDraft())?.sources.map((s) => s.id)).toEqual(['source-1', 'source-2']);
	});

	it('does not add the same text twice (spacing and line breaks aside), and says which source has it', async () => {
		const { sources } = await setup();
		sources.addPasted('Report', 'The army took the town.\nThe mayor fled.');
		expect(sources.addPasted('Report again', '  The army took the town. The mayor fled. ')).toBe(false);
		expect(sources.problems).toEqual([
			'“Report again” was not added: its text is the same as “Report”’s, already a source.'
		]);
		expect(sources.list.map((s) => s.title)).toEqual(['Report']);
		expect(sources.addPasted('Other', 'The army took the town. The mayor stayed.')).toBe(true);
	});

	it('never reuses the id of a removed source', async () => {
		const { sources } = await setup();
		sources.addPasted('One', 'First text here.');
		sources.remove('source-1');
		sources.addPasted('Two', 'Second text here.');
		expect(sources.list.map((s) => s.id)).toEqual(['source-2']);
	});
});

describe('PackSourcesState: the Word and PDF readers offline', () => {
	/** A stand-in for the service worker's cache: `online` says whether a fetch can succeed. */
	function readerCache(online: boolean) {
		const cache = { kept: false, fetches: 0, online };
		return {
			cache,
			readers: {
				kept: async () => cache.kept,
				fetch: async () => {
					cache.fetches++;
					if (!cache.online) throw new TypeError('Failed to fetch');
					cache.kept = true;
				}
			}
		};
	}
	const draftState = async () => {
		const draft = new PackDraftState({ clock: () => 1, newId: () => 'd1', saveDelay: 0 });
		await draft.load();
		return draft;
	};

	it('says the readers are missing, keeps them when asked, and says so', async () => {
		const { cache, readers } = readerCache(true);
		const sources = new PackSourcesState(await draftState(), {}, readers);
		await sources.checkReaders();
		expect(sources.readers).toBe('missing');
		const keeping = sources.keepReaders();
		expect(sources.readers).toBe('fetching');
		await keeping;
		expect(sources.readers).toBe('kept');
		await sources.keepReaders();
		expect(cache.fetches).toBe(1);
	});

	it('says a fetch failed offline, and tries again when asked', async () => {
		const { cache, readers } = readerCache(false);
		const sources = new PackSourcesState(await draftState(), {}, readers);
		await sources.checkReaders();
		await sources.keepReaders();
		expect(sources.readers).toBe('failed');
		cache.online = true;
		await sources.keepReaders();
		expect(sources.readers).toBe('kept');
	});

	it('looks again after files are read: opening a PDF online keeps its reader', async () => {
		const { cache, readers } = readerCache(true);
		const sources = new PackSourcesState(await draftState(), {}, readers);
		await sources.checkReaders();
		cache.kept = true;
		await sources.addFiles([file('notes.txt', 'The army said it took the airport.')]);
		await vi.waitFor(() => expect(sources.readers).toBe('kept'));
	});
});
