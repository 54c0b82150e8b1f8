import type { Transaction } from 'dexie';
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
	}
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
