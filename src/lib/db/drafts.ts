/**
 * Packs being made (/library/new): each draft is one record, written whole as the person works, so closing the
 * tab loses at most the last keystrokes. The drafts table is in schema v3 (db/schema.ts).
 */
import type { PackDraft } from '../domain/pack-draft/types';
import { db } from './database';

/** Writes the draft whole (its `updatedAt` says when). */
export async function saveDraft(draft: PackDraft): Promise<void> {
	await db().drafts.put({ id: draft.id, updatedAt: draft.updatedAt, draft });
}

/** The draft last worked on, or undefined when there is none. */
export async function latestDraft(): Promise<PackDraft | undefined> {
	const record = await db().drafts.orderBy('updatedAt').last();
	return record?.draft as PackDraft | undefined;
}

export async function deleteDraft(id: string): Promise<void> {
	await db().drafts.delete(id);
}
