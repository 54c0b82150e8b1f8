import { beforeEach, describe, expect, it } from 'vitest';
import { latestDraft } from '$lib/db/drafts';
import { freshDatabase } from '$lib/db/test-db';
import { PackDraftState, SAVE_FAILED, type DraftStore } from './draft.svelte';

let ids = 0;
const options = () => ({ clock: () => 5_000, newId: () => `draft-${++ids}`, saveDelay: 0 });

beforeEach(() => {
	freshDatabase('pack-draft');
});

describe('PackDraftState', () => {
	it('starts an empty draft, keeps every change, and reopens it after the tab is closed', async () => {
		const first = new PackDraftState(options());
		await first.load();
		expect(first.draft).toMatchObject({ title: '', sources: [] });
		expect(first.saveStatus).toBe('blank');
		first.current.title = 'Mosul, 2016';
		first.changed();
		expect(first.saveStatus).toBe('pending');
		await first.flush();
		expect(first.saveStatus).toBe('saved');

		const reopened = new PackDraftState(options());
		await reopened.load();
		expect(reopened.current.title).toBe('Mosul, 2016');
		expect(reopened.current.id).toBe(first.current.id);
		expect(reopened.saveStatus).toBe('saved');
	});

	it('saves after the pause on its own', async () => {
		const state = new PackDraftState(options());
		await state.load();
		state.current.topic = 'Raqqa';
		state.changed();
		await expect.poll(() => state.saveStatus).toBe('saved');
		expect((await latestDraft())?.topic).toBe('Raqqa');
	});

	it('says plainly when a change cannot be kept, and keeps it in the page', async () => {
		const failing: DraftStore = {
			latest: async () => undefined,
			save: async () => {
				throw new Error('QuotaExceededError');
			},
			remove: async () => undefined
		};
		const state = new PackDraftState({ ...options(), store: failing });
		await state.load();
		state.current.title = 'Kept in the page';
		state.changed();
		await state.flush();
		expect(state.saveStatus).toBe('failed');
		expect(state.problem?.message).toBe(SAVE_FAILED);
		expect(state.current.title).toBe('Kept in the page');
	});

	it('discards the draft for a fresh one', async () => {
		const state = new PackDraftState(options());
		await state.load();
		state.current.title = 'Gone';
		state.changed();
		await state.flush();
		await state.discard();
		expect(state.current.title).toBe('');
		expect(await latestDraft()).toBeUndefined();
	});
});
