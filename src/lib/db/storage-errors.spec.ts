import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { QUOTA_MESSAGE, describeStorageError, isQuotaError } from './storage-errors';

describe('storage errors', () => {
	it('recognises a full disk however it is wrapped', () => {
		const domError = new DOMException('full', 'QuotaExceededError');
		expect(isQuotaError(domError)).toBe(true);
		expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
		expect(isQuotaError(new Dexie.AbortError('aborted', domError))).toBe(true);
		expect(isQuotaError(new Error('other'))).toBe(false);
		expect(isQuotaError(null)).toBe(false);
	});

	it('says what happened and how to free space', () => {
		expect(describeStorageError(new DOMException('full', 'QuotaExceededError'), 'your answer')).toBe(
			QUOTA_MESSAGE
		);
		expect(QUOTA_MESSAGE).toMatch(/out of storage space/);
		expect(QUOTA_MESSAGE).toMatch(/Free some space/);
		expect(describeStorageError(new Dexie.DatabaseClosedError(), 'your answer')).toMatch(/Reload this page/);
		expect(describeStorageError(new Error('x'), 'your answer')).toMatch(/your answer could not be saved/);
	});
});
