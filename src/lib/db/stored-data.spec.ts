import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SourcedeckDB } from './database';
import { DB_NAME, SNAPSHOT_DB_NAME } from './database-name';
import { mayHoldDataOrCopies, mayHoldStudyData } from './stored-data';

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

describe('mayHoldDataOrCopies', () => {
	it('is false with neither database listed, and true with either', async () => {
		const withDatabase = async (name?: string) => {
			const factory = new IDBFactory();
			if (name)
				await new Promise<void>((done) => {
					const request = factory.open(name);
					request.onsuccess = () => {
						request.result.close();
						done();
					};
				});
			return factory;
		};
		expect(await mayHoldDataOrCopies(await withDatabase())).toBe(false);
		expect(await mayHoldDataOrCopies(await withDatabase('someone-else'))).toBe(false);
		expect(await mayHoldDataOrCopies(await withDatabase(SNAPSHOT_DB_NAME))).toBe(true);
		expect(await mayHoldDataOrCopies(await withDatabase(DB_NAME))).toBe(true);
	});
});
