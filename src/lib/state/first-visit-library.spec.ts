import { beforeEach, expect, it } from 'vitest';
import packJson from '$lib/content/generated/pack.json';
import { installPack, packProgress } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import type { PackRecord } from '$lib/db/records';
import type { Pack } from '$lib/domain/pack';
import { firstVisitLibraryItem } from './first-visit-library';

beforeEach(() => {
	freshDatabase('first-visit-library');
});

it('guesses the entry a first install of the built-in pack writes, in everything the library page shows', async () => {
	const { pack: installed } = await installPack(packJson as unknown as Pack, {
		origin: 'built-in',
		now: Date.UTC(2026, 11, 3)
	});
	const guess = firstVisitLibraryItem();
	// Everything but what the install on the device sets (its time, hash and reading position).
	const shown = ({
		hash: _hash,
		installedAt: _installedAt,
		updatedAt: _updatedAt,
		firstNewRank: _firstNewRank,
		...rest
	}: PackRecord) => rest;
	expect(shown(guess.pack)).toEqual(shown(installed));
	expect(guess.progress).toEqual(await packProgress(installed.id));
});
