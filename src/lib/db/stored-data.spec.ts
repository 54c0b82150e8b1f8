import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SourcedeckDB } from './database';
import { mayHoldStudyData } from './stored-data';

describe('mayHoldStudyData', () => {
	it('is false on a device whose browser lists no database of ours, and true once one is created', async () => {
		const name = `sourcedeck-${crypto.randomUUID()}`;
		expect(await mayHoldStudyData(indexedDB, name)).toBe(false);
		const database = new SourcedeckDB(name);
		await database.open();
		expect(await mayHoldStudyData(indexedDB, name)).toBe(true);
		database.close();
	});

	it('does not create the database by asking', async () => {
		const factory = new IDBFactory();
		await mayHoldStudyData(factory, 'sourcedeck-untouched');
		expect(await factory.databases()).toEqual([]);
	});

	it('says it may where the browser cannot list its databases, or the listing fails', async () => {
		const noListing = { open: () => undefined } as unknown as IDBFactory;
		expect(await mayHoldStudyData(noListing, 'sourcedeck')).toBe(true);
		const failing = {
			databases: () => Promise.reject(new DOMException('denied', 'SecurityError'))
		} as unknown as IDBFactory;
		expect(await mayHoldStudyData(failing, 'sourcedeck')).toBe(true);
	});
});
