import { beforeEach, expect, it } from 'vitest';
import packJson from '$lib/content/generated/pack.json';
import { installPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import type { Pack } from '$lib/domain/pack';
import { firstVisitProgress, undatedView } from './first-visit-progress';
import { forgetLibraryContent } from './library-content';
import { ProgressState } from './progress.svelte';

beforeEach(() => {
	freshDatabase('first-visit-progress');
	forgetLibraryContent();
});

it('is what the progress page reads once the built-in pack is installed on a device with nothing else', async () => {
	const now = new Date(2026, 11, 5, 9, 0).getTime();
	await installPack(packJson as unknown as Pack, { origin: 'built-in', now });
	const read = new ProgressState({ clock: () => now });
	await read.load();
	expect(read.error).toBeNull();
	const guess = await firstVisitProgress();
	expect(guess).toEqual(undatedView(read));
	// What it shows: nothing answered, every card of the pack counted, none started.
	expect(guess.hasReviews).toBe(false);
	expect(guess.forecastTotal).toBe(0);
	expect(guess.masteryOverall.total).toBe(packJson.cards.length);
	expect(guess.masteryBySource.flatMap((group) => group.rows).length).toBeGreaterThan(0);
});
