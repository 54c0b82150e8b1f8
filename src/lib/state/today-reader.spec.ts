import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import { toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { ensureBuiltInPack, forgetBuiltInCheck } from './library-installer';
import type { TodayRead } from './today-read';
import { readTodayOffPage } from './today-reader';
import type { TodayReply, TodayRequest } from './today-serve';
import { fakeWorker } from './test-worker';

const NOW = new Date(2026, 11, 5, 9, 0).getTime();
const fixture = makeFixturePack();
const READ: TodayRead = {
	summary: {
		dueNow: 3,
		newToday: 7,
		missed: 1,
		streak: { current: 2, longest: 5, studiedToday: false },
		nextDueAt: null,
		heldByCap: 0,
		started: true,
		totalReviews: 12,
		filter: { by: 'all' }
	},
	openAssignments: [],
	finishedAssignments: 0,
	titles: { packs: [], sources: [] }
};

const fakeTodayWorker = (behaviour: TodayReply | 'fails to load') =>
	fakeWorker<TodayRequest, TodayReply>(behaviour);

beforeEach(() => {
	freshDatabase('today-reader');
	forgetBuiltInCheck();
	vi.stubGlobal('fetch', async () => new Response(JSON.stringify(toPackFile(fixture))));
});
afterEach(() => vi.unstubAllGlobals());

describe('readTodayOffPage', () => {
	it('asks a worker for the numbers at the instant given, with the built-in pack to make sure of, and lets it go', async () => {
		const fake = fakeTodayWorker({ ok: true, read: READ });
		expect(await readTodayOffPage(NOW, { startWorker: () => fake.worker })).toEqual(READ);
		expect(fake.asked).toHaveLength(1);
		expect(fake.asked[0]!.now).toBe(NOW);
		expect(fake.asked[0]!.builtIn.id).toMatch(/\S/);
		expect(fake.terminated()).toBe(true);
		// The worker made sure of the built-in pack: the page does not check again (no worker, no read).
		const startAgain = vi.fn(() => null);
		await ensureBuiltInPack(undefined, startAgain);
		expect(startAgain).not.toHaveBeenCalled();
		expect(await getPack(fixture.id)).toBeUndefined();
	});

	it('passes on the worker’s refusal', async () => {
		const refused = fakeTodayWorker({ ok: false, message: 'The pack could not be fetched.' });
		await expect(readTodayOffPage(NOW, { startWorker: () => refused.worker })).rejects.toThrow(
			'The pack could not be fetched.'
		);
		expect(refused.terminated()).toBe(true);
	});

	it('reads in the page, installing the built-in pack first, when no worker can run or it fails to load', async () => {
		const read = await readTodayOffPage(NOW, { startWorker: () => null });
		expect((await getPack(fixture.id))?.origin).toBe('built-in');
		expect(read.summary.newToday).toBeGreaterThan(0);
		expect(read.titles.packs.map((p) => p.title)).toEqual([fixture.title]);

		freshDatabase('today-reader-fallback');
		forgetBuiltInCheck();
		const broken = fakeTodayWorker('fails to load');
		const again = await readTodayOffPage(NOW, { startWorker: () => broken.worker });
		expect(broken.terminated()).toBe(true);
		expect(again.summary.totalReviews).toBe(0);
		expect((await getPack(fixture.id))?.origin).toBe('built-in');
	});

	it('shows a first visit’s numbers on a device with no study data, starting no worker and installing nothing', async () => {
		const FIRST: TodayRead = {
			...READ,
			summary: { ...READ.summary, dueNow: 0, started: false, totalReviews: 0 }
		};
		const startWorker = vi.fn(() => fakeTodayWorker({ ok: true, read: READ }).worker);
		const read = await readTodayOffPage(NOW, {
			firstVisit: FIRST,
			startWorker,
			mayHoldData: async () => false
		});
		expect(read).toBe(FIRST);
		expect(startWorker).not.toHaveBeenCalled();
		expect(await getPack(fixture.id)).toBeUndefined();
	});

	it('reads the stored data when the device may hold some, the first visit’s numbers given or not', async () => {
		const fake = fakeTodayWorker({ ok: true, read: READ });
		const read = await readTodayOffPage(NOW, {
			firstVisit: { ...READ, summary: { ...READ.summary, totalReviews: 0 } },
			startWorker: () => fake.worker,
			mayHoldData: async () => true
		});
		expect(read).toEqual(READ);
		expect(fake.asked).toHaveLength(1);
	});
});
