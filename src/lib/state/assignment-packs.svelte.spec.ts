import { describe, expect, it } from 'vitest';
import { qualifyPack } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import { readPackFile, toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import type { InstalledPack } from '$lib/domain/share/assignment-packs';
import type { AssignmentSet } from '$lib/domain/share/assignment-set';
import { AssignmentPacks } from './assignment-packs.svelte';
import type { QuizLibrary } from './library-content';

const fixture = makeFixturePack();
const URL_OF_PACK = 'https://packs.example.org/fixture.json';
const needed: InstalledPack = { id: fixture.id, version: fixture.version, title: fixture.title };

/** A set of four multiple-choice questions from the fixture pack, at the version the teacher had. */
const set = (pack: { url?: string } = {}): AssignmentSet => ({
	v: 1,
	packs: [{ ...needed, ...pack }],
	id: 'set-1',
	title: 'Fixture set',
	instructions: '',
	spec: { selection: {}, count: 4, modes: ['multiple-choice'], seed: 'seed-1' },
	showAnswers: true,
	createdAt: 0
});

/** A library holding `installed`; installs add what the file or address holds, as the device's library does. */
function libraryOf(installed: InstalledPack[], serves: InstalledPack = needed) {
	const added: string[] = [];
	const library: QuizLibrary = {
		installed: async () => installed,
		packFor: async () => qualifyPack(fixture),
		install: async (url) => {
			added.push(url);
			installed.push(serves);
			return { ok: true };
		},
		installFile: async (bytes, accept) => {
			const read = readPackFile(bytes);
			if (!read.ok) return { ok: false, message: read.problem.message };
			const refusal = accept?.(read.pack);
			if (refusal) return { ok: false, message: refusal };
			added.push(read.pack.id);
			installed.push({ id: read.pack.id, version: read.pack.version, title: read.pack.title });
			return { ok: true };
		}
	};
	return { library, added };
}

const fileOf = (name: string, pack: Pack) => {
	const bytes = new TextEncoder().encode(JSON.stringify(toPackFile(pack)));
	return { name, arrayBuffer: async () => bytes.slice().buffer };
};

describe('AssignmentPacks', () => {
	it('counts the questions when the library has every pack at the teacher’s version', async () => {
		const packs = new AssignmentPacks(libraryOf([needed]).library);
		expect(await packs.check(set())).toBe(true);
		expect(packs.missing).toEqual([]);
		expect(packs.questionCount).toBe(4);
	});

	it('names a missing pack, and one in another version, in plain words', async () => {
		const absent = new AssignmentPacks(libraryOf([]).library);
		expect(await absent.check(set())).toBe(false);
		expect(absent.missingMessage).toBe(
			'This assignment needs “Quiz fixture”, which your library does not have. Ask your teacher for its pack file, then add it below.'
		);
		const older = new AssignmentPacks(libraryOf([{ ...needed, version: 'older' }]).library);
		expect(await older.check(set())).toBe(false);
		expect(older.missingMessage).toMatch(
			/^This assignment needs the version of “Quiz fixture” your teacher used/
		);
	});

	it('refuses another pack’s file before adding it, then takes the right one', async () => {
		const { library, added } = libraryOf([]);
		const packs = new AssignmentPacks(library);
		await packs.check(set());
		const other = { ...fixture, id: 'other', title: 'Other pack' };
		expect(await packs.installFile(set(), fileOf('other.json', other))).toEqual({
			ready: false,
			error: '“other.json” holds “Other pack”, not the pack this assignment needs. Nothing was added.'
		});
		expect(added).toEqual([]);
		expect(await packs.installFile(set(), fileOf('fixture.json', fixture))).toEqual({ ready: true });
		expect(added).toEqual([fixture.id]);
		expect(packs.missing).toEqual([]);
		expect(packs.questionCount).toBe(4);
		expect(packs.installing).toBe(false);
	});

	it('says when the file holds another version of the pack than the teacher’s', async () => {
		const packs = new AssignmentPacks(libraryOf([]).library);
		await packs.check(set());
		const outcome = await packs.installFile(set(), fileOf('old.json', { ...fixture, version: 'older' }));
		expect(outcome).toEqual({
			ready: false,
			error:
				'“old.json” holds another version of “Quiz fixture” than your teacher used: ask them for its pack file again.'
		});
	});

	it('installs from the link’s address; an address serving another version is tried once', async () => {
		const stale = libraryOf([], { ...needed, version: 'newer' });
		const packs = new AssignmentPacks(stale.library);
		await packs.check(set({ url: URL_OF_PACK }));
		expect(packs.installable.map((p) => p.url)).toEqual([URL_OF_PACK]);
		expect(await packs.installMissing(set({ url: URL_OF_PACK }))).toEqual({ ready: false, error: null });
		expect(stale.added).toEqual([URL_OF_PACK]);
		expect(packs.installable).toEqual([]);

		const fresh = libraryOf([]);
		const ready = new AssignmentPacks(fresh.library);
		await ready.check(set({ url: URL_OF_PACK }));
		expect(await ready.installMissing(set({ url: URL_OF_PACK }))).toEqual({ ready: true });
		expect(ready.questionCount).toBe(4);
	});

	it('passes on why an install failed, and can try again', async () => {
		const { library } = libraryOf([]);
		const failing = new AssignmentPacks({
			...library,
			install: async () => ({ ok: false, message: 'The pack could not be fetched: the server answered 404.' })
		});
		await failing.check(set({ url: URL_OF_PACK }));
		expect(await failing.installMissing(set({ url: URL_OF_PACK }))).toEqual({
			ready: false,
			error: 'The pack could not be fetched: the server answered 404.'
		});
		expect(failing.installing).toBe(false);
		expect(failing.installable).toHaveLength(1);
	});
});
