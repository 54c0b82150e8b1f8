import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportJson, resetAll } from '$lib/db/backup';
import { takeSnapshot } from '$lib/db/snapshots';
import { answerCard } from '$lib/db/study';
import { freshDatabase } from '$lib/db/test-db';
import { freshSnapshotDatabase } from '$lib/db/test-snapshots';
import { GOOD, createScheduler } from '$lib/domain/scheduler';
import { DAY, MINUTE } from '$lib/domain/time';
import { deviceResume } from './resume-hint';
import { deviceGivenAnswers } from './study/given-answers';
import { SnapshotsState, formatTakenAt } from './snapshots.svelte';
import { sampleResumeHint } from './test-resume-hint';
import { fakeStorage } from './test-storage';

const NOW = new Date(2025, 6, 1, 9, 30).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

beforeEach(() => {
	freshDatabase('snapshots-state');
	freshSnapshotDatabase('snapshots-state');
	vi.stubGlobal('localStorage', fakeStorage());
});
afterEach(() => {
	vi.unstubAllGlobals();
});

async function studied(cards: number) {
	for (let i = 0; i < cards; i++)
		await answerCard(`card-${i}`, GOOD, NOW - DAY + i * MINUTE, 1000, undefined, { scheduler });
}

describe('SnapshotsState', () => {
	it('lists no copies, with nothing to read, on a device with nothing stored', () => {
		const state = new SnapshotsState();
		expect(state.items).toBeNull();
		state.nothingStored();
		expect(state.items).toEqual([]);
	});

	it('lists the copies newest first, saying why each was taken and what it holds', async () => {
		await studied(2);
		await takeSnapshot('import', { now: NOW - DAY, detail: 'class.json' });
		await takeSnapshot('reset', { now: NOW });
		const state = new SnapshotsState();
		expect(state.items).toBeNull();
		await state.load();
		expect(state.items!.map(({ label, holds, takenAt }) => ({ label, holds, takenAt }))).toEqual([
			{ label: 'Before deleting everything', holds: '2 reviews and 2 card states', takenAt: NOW },
			{
				label: 'Before importing a backup (“class.json”)',
				holds: '2 reviews and 2 card states',
				takenAt: NOW - DAY
			}
		]);
		expect(formatTakenAt(NOW)).toMatch(/^1 Jul 2025, 09:30$/);
	});

	it('restores only after confirmation, keeps a copy of what it replaced, and forgets the next-card hint and unstored answers', async () => {
		await studied(3);
		const before = JSON.parse(await exportJson(NOW));
		await takeSnapshot('reset', { now: NOW });
		await resetAll();
		await studied(1);
		deviceResume.write(sampleResumeHint({ from: NOW, until: NOW + DAY }));
		deviceGivenAnswers.keep({ cardId: 'mosul:country', rating: GOOD, at: NOW, durationMs: 1000 });
		const state = new SnapshotsState({ clock: () => NOW + MINUTE });
		await state.load();
		expect(await state.confirm()).toBe(false);
		state.ask(state.items![0]!);
		state.cancel();
		expect(await state.confirm()).toBe(false);
		expect(JSON.parse(await exportJson(NOW)).data.reviews).toHaveLength(1);

		state.ask(state.items![0]!);
		expect(await state.confirm()).toBe(true);
		expect(state.restored).toBe(`Restored the copy of ${formatTakenAt(NOW)}: 3 reviews and 3 card states.`);
		expect(JSON.parse(await exportJson(NOW)).data).toEqual(before.data);
		expect(deviceResume.read()).toBeNull();
		expect(deviceGivenAnswers.read()).toEqual([]);
		expect(state.items!.map((item) => item.label)).toEqual([
			'Before restoring a copy',
			'Before deleting everything'
		]);
		expect(state.items![0]!.holds).toBe('1 review and 1 card state');
	});

	it('names each Restore button apart: when and why its copy was taken, and which of two alike', async () => {
		await studied(1);
		await takeSnapshot('import', { now: NOW, detail: 'class.json' });
		await takeSnapshot('import', { now: NOW + 20_000, detail: 'class.json' });
		await takeSnapshot('reset', { now: NOW + 30_000 });
		const state = new SnapshotsState();
		await state.load();
		const at = formatTakenAt(NOW);
		expect(formatTakenAt(NOW + 30_000)).toBe(at);
		expect(state.items!.map((item) => item.restoreName)).toEqual([
			`Restore the copy of ${at}, before deleting everything`,
			`Restore the copy of ${at}, before importing a backup (“class.json”) (1 of 2, newest first)`,
			`Restore the copy of ${at}, before importing a backup (“class.json”) (2 of 2, newest first)`
		]);
	});

	it('says why a restore failed and that nothing changed', async () => {
		await studied(1);
		await takeSnapshot('reset', { now: NOW });
		const refused = new SnapshotsState({
			restore: async () => ({ ok: false, error: { kind: 'damaged', message: 'That copy is damaged.' } })
		});
		await refused.load();
		refused.ask(refused.items![0]!);
		expect(await refused.confirm()).toBe(false);
		expect(refused.error).toBe('Nothing was changed. That copy is damaged.');
		const full = new SnapshotsState({
			restore: async () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		});
		await full.load();
		full.ask(full.items![0]!);
		expect(await full.confirm()).toBe(false);
		expect(full.error).toMatch(/^The device is out of storage space, so nothing was restored/);
		expect(full.working).toBe(false);
	});
});
