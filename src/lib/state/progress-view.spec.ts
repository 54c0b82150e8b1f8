import { afterEach, expect, it } from 'vitest';
import { SourcedeckDB } from '$lib/db/database';
import { progressIfStored } from './progress-view';
import { ProgressState } from './progress.svelte';

let opened: SourcedeckDB | undefined;
afterEach(async () => {
	opened?.close();
	if (opened) await opened.delete();
	opened = undefined;
});

it('gives no state (and loads none) on a device with no study data, and the reading state once there is some', async () => {
	expect(await progressIfStored()).toBeNull();
	opened = new SourcedeckDB();
	await opened.open();
	expect(await progressIfStored()).toBeInstanceOf(ProgressState);
});
