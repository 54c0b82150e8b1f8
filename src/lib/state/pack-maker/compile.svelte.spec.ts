import { beforeEach, describe, expect, it } from 'vitest';
import { listPacks, readPack } from '$lib/db/library';
import { loadSessionPrefs } from '$lib/db/study';
import { freshDatabase } from '$lib/db/test-db';
import { fixtureDraft, proposalId } from '$lib/domain/pack-draft/fixture';
import { readPackFile } from '$lib/domain/pack-file';
import type { PackDraft } from '$lib/domain/pack-draft/types';
import { PackCompileState } from './compile.svelte';
import { PackDraftState, type DraftStore } from './draft.svelte';

const NOW = Date.UTC(2026, 11, 3);

async function withDraft(draft: PackDraft) {
	const store: DraftStore = {
		latest: async () => draft,
		save: async () => undefined,
		remove: async () => undefined
	};
	const state = new PackDraftState({ store, clock: () => NOW });
	await state.load();
	return new PackCompileState(state, { clock: () => NOW });
}

beforeEach(() => {
	freshDatabase('pack-compile');
});

describe('PackCompileState', () => {
	it('lists the problems and saves nothing while there are any', async () => {
		const compile = await withDraft(fixtureDraft());
		expect((await compile.compile()).pack).toBeNull();
		expect(compile.status).toBe('1 problem to fix before the pack can be made.');
		await compile.save();
		expect(await listPacks()).toEqual([]);
	});

	it('saves the pack to the library as made here, and exports a file that installs', async () => {
		const draft = fixtureDraft();
		draft.decisions[proposalId(draft, 'actor', 'Abadi')] = {
			status: 'accepted',
			text: 'Prime minister of Iraq'
		};
		const compile = await withDraft(draft);
		const { pack } = await compile.compile();
		expect(compile.status).toBe('Ready: 2 cards from 1 entry.');
		await compile.save();
		const [record] = await listPacks();
		expect(record).toMatchObject({ id: pack!.id, origin: 'made', title: 'Mosul, autumn 2016' });
		expect((await readPack(pack!.id))?.cards.map((c) => c.answer)).toEqual(pack!.cards.map((c) => c.answer));
		expect(compile.outcome).toMatch(/Study it, or assign a quiz from it\.$/);
		await compile.studySaved();
		expect((await loadSessionPrefs()).filter).toEqual({ by: 'pack', pack: pack!.id });

		const file = (await compile.exportFile())!;
		expect(file.fileName).toBe(`${pack!.id}-${pack!.version}.sourcedeck-pack.json`);
		expect(compile.outcome).toBe(`Saved “${file.fileName}” to your downloads.`);
		expect(compile.status).toBe('Ready: 2 cards from 1 entry.');
		const read = readPackFile(new TextEncoder().encode(file.text));
		expect(read.ok && read.pack.cards).toEqual(pack!.cards);
	});
});
