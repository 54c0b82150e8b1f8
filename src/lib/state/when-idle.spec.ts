import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('asks the browser for an idle moment, with the latest time to run', () => {
		const requestIdleCallback = vi.fn();
		vi.stubGlobal('requestIdleCallback', requestIdleCallback);
		const work = vi.fn();
		whenIdle(work, 2000);
		expect(requestIdleCallback).toHaveBeenCalledWith(work, { timeout: 2000 });
		expect(work).not.toHaveBeenCalled();
	});

	it('without requestIdleCallback, runs a frame later with no idle time to spend', async () => {
		vi.useFakeTimers();
		const work = vi.fn();
		whenIdle(work, 2000);
		await vi.advanceTimersByTimeAsync(15);
		expect(work).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(work).toHaveBeenCalledOnce();
		expect(work.mock.calls[0]![0].timeRemaining()).toBe(0);
	});
});
