import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../domain/pack-draft/types';
import { deleteDraft, latestDraft, saveDraft } from './drafts';
import { freshDatabase } from './test-db';

beforeEach(() => {
	freshDatabase('drafts');
});

describe('drafts', () => {
	it('keeps a draft whole and gives back the one last worked on', async () => {
		expect(await latestDraft()).toBeUndefined();
		const older = { ...emptyDraft('a', 1_000), title: 'Older' };
		const newer = { ...emptyDraft('b', 2_000), title: 'Newer' };
		await saveDraft(newer);
		await saveDraft(older);
		expect(await latestDraft()).toEqual(newer);
		await saveDraft({ ...older, updatedAt: 3_000 });
		expect((await latestDraft())?.title).toBe('Older');
	});

	it('forgets a deleted draft', async () => {
		await saveDraft(emptyDraft('a', 1_000));
		await deleteDraft('a');
		expect(await latestDraft()).toBeUndefined();
	});
});
