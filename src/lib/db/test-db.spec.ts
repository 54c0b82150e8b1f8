import { describe, expect, it } from 'vitest';
import { countWrites, freshDatabase } from './test-db';

describe('countWrites', () => {
	it('sees creates, updates, deletes and whole-table clears on every table, and no reads', async () => {
		const database = freshDatabase('count-writes');
		const writes = countWrites(database);
		await database.settings.put({ key: 'a', value: 1 });
		expect(writes.rows).toBe(1);
		await database.settings.put({ key: 'a', value: 2 });
		await database.misses.add({ cardId: 'c', at: 1, from: 'quiz' });
		await database.misses.toCollection().modify({ at: 2 });
		await database.settings.delete('a');
		expect(writes.rows).toBe(5);
		expect([...writes.tables].sort()).toEqual(['misses', 'settings']);
		writes.reset();
		await database.cards.toArray();
		await database.settings.get('a');
		expect(writes.rows + writes.requests).toBe(0);
		await database.results.clear();
		expect(writes.requests).toBe(1);
		expect([...writes.tables]).toEqual(['results']);
	});
});
