import { afterEach, expect, it, vi } from 'vitest';
import { SourcedeckDB } from '$lib/db/database';
import { ifStudyDataStored } from './study-data-stored';

let opened: SourcedeckDB | undefined;
afterEach(async () => {
	opened?.close();
	if (opened) await opened.delete();
	opened = undefined;
});

it('loads nothing on a device with no study data, and loads once the database exists', async () => {
	const load = vi.fn(async () => 'the state');
	expect(await ifStudyDataStored(load)).toBeNull();
	expect(load).not.toHaveBeenCalled();
	opened = new SourcedeckDB();
	await opened.open();
	expect(await ifStudyDataStored(load)).toBe('the state');
	expect(load).toHaveBeenCalledTimes(1);
});

it('loads where the device may hold data, as the check says', async () => {
	expect(
		await ifStudyDataStored(
			async () => 1,
			async () => true
		)
	).toBe(1);
	expect(
		await ifStudyDataStored(
			async () => 1,
			async () => false
		)
	).toBeNull();
});
