import type { Table, Transaction } from 'dexie';
import {
	LEGACY_PACK_ID,
	SESSION_PREFS_KEY,
	legacyAnswer,
	legacyKey,
	legacySessionPrefs,
	legacySet,
	legacySpec
} from '../domain/legacy-ids';
import { localDay } from '../domain/time';

/**
 * Every schema version the app has shipped, oldest first. Never edit a shipped entry: add a new one.
 * Dexie keeps the stores of earlier versions unless a later one changes or deletes them.
 */
export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: SchemaVersion[] = [
	{
		version: 1,
		stores: {
			settings: 'key',
			cards: 'id, due, state',
			reviews: '++id, cardId, at'
		}
	},
	{
		version: 2,
		stores: {
			reviews: '++id, cardId, at, day',
			misses: '++id, cardId, at',
			quizAttempts: 'id, startedAt, assignmentId',
			assignments: 'id, role, createdAt',
			results: 'id, assignmentId'
		},
		// v1 reviews had no calendar day: derive it so the heatmap and streak can index by day.
		upgrade: async (tx) => {
			await tx
				.table('reviews')
				.toCollection()
				.modify((review: { at: number; day?: string }) => {
					review.day = localDay(review.at);
				});
		}
	},
	{
		version: 3,
		stores: {
			// The library: every pack's metadata, sources, entities and cards, ids qualified with the pack's id.
			packs: 'id',
			packSources: 'id, pack',
			packEntities: 'id, pack',
			// `newRank` is set only on a card never studied (and not retired): new cards in order, by index.
			packCards: 'id, pack, [pack+newRank], *sources',
			// `activePack` is absent on a retired card, which keeps it out of every queue.
			cards: 'id, due, state, pack, [activePack+state+due], [pack+last_review]',
			// Packs being made from a person's own documents (issue 16).
			drafts: 'id, updatedAt'
		},
		// Everything stored so far belongs to the one pack there was: its ids are qualified with that pack's id.
		// The pack's content is installed afterwards (see library.ts), which reconciles cards it no longer has.
		upgrade: async (tx) => {
			const cards = tx.table('cards') as Table<{ id: string; pack?: string; activePack?: string }, string>;
			const states = await cards.toArray();
			await cards.clear();
			await cards.bulkAdd(
				states.map((s) => ({ ...s, id: legacyKey(s.id), pack: LEGACY_PACK_ID, activePack: LEGACY_PACK_ID }))
			);
			for (const table of ['reviews', 'misses'])
				await tx
					.table(table)
					.toCollection()
					.modify((row: { cardId: string }) => {
						row.cardId = legacyKey(row.cardId);
					});
			await tx
				.table('quizAttempts')
				.toCollection()
				.modify((attempt: { spec: unknown; answers: unknown[] }) => {
					attempt.spec = legacySpec(attempt.spec);
					attempt.answers = attempt.answers.map(legacyAnswer);
				});
			await tx
				.table('assignments')
				.toCollection()
				.modify((assignment: { set: unknown }) => {
					assignment.set = legacySet(assignment.set);
				});
			const prefs = await tx.table('settings').get(SESSION_PREFS_KEY);
			if (prefs) await tx.table('settings').put({ ...prefs, value: legacySessionPrefs(prefs.value) });
		}
	}
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
