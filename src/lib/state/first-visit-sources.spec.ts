import { beforeEach, expect, it } from 'vitest';
import packJson from '$lib/content/generated/pack.json';
import { installPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import type { Pack } from '$lib/domain/pack';
import { firstVisitSources } from './first-visit-sources';
import { SourcesState } from './sources.svelte';
import { readTestLibrary } from './test-library';

beforeEach(() => {
	freshDatabase('first-visit-sources');
});

it('shows what Sources reads once the built-in pack is installed on a device with nothing else', async () => {
	const firstVisit = firstVisitSources();
	const before = new SourcesState({ firstVisit, content: readTestLibrary });
	const shown = () => ({
		groups: before.groups.map((g) => ({ pack: { id: g.pack.id, title: g.pack.title }, sources: g.sources })),
		counts: before.groups.flatMap((g) => g.sources.map((s) => before.counts(s.id))),
		count: before.count,
		namesPacks: before.namesPacks
	});
	const guessed = shown();
	expect(guessed.count).toBe(5);
	expect(guessed.counts.every((c) => c.entries > 0 && c.cards > 0)).toBe(true);

	await installPack(packJson as unknown as Pack, { origin: 'built-in', now: Date.UTC(2026, 11, 5) });
	await before.readOnce();
	expect(before.read).toBe(true);
	expect(shown()).toEqual(guessed);
});
