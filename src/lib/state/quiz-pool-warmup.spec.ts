import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuizPoolReady } from '$lib/domain/quiz';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { warmQuizPool } from './quiz-pool-warmup';

// Node has no requestIdleCallback: the warm-up takes its timeout path, one slice every 16 ms.
describe('warming a pack’s quiz indexes in idle time', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('builds them a slice at a time, then says so once', async () => {
		const pack = makeFixturePack();
		const ready = vi.fn();
		warmQuizPool(pack, ready);
		expect(isQuizPoolReady(pack)).toBe(false);
		await vi.advanceTimersByTimeAsync(16);
		// One slice is not the whole pack: the page gets the thread back in between.
		expect(isQuizPoolReady(pack)).toBe(false);
		await vi.runAllTimersAsync();
		expect(isQuizPoolReady(pack)).toBe(true);
		expect(ready).toHaveBeenCalledOnce();
	});

	it('stops when told to, leaving the indexes unbuilt', async () => {
		const pack = makeFixturePack();
		const ready = vi.fn();
		const stop = warmQuizPool(pack, ready);
		await vi.advanceTimersByTimeAsync(16);
		stop();
		await vi.runAllTimersAsync();
		expect(isQuizPoolReady(pack)).toBe(false);
		expect(ready).not.toHaveBeenCalled();
	});
});
