import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveRequests, type ServingScope } from './worker-serve';

function fakeScope() {
	const target = new EventTarget();
	const scope = {
		addEventListener: (type: 'message', listener: (event: MessageEvent) => void) =>
			target.addEventListener(type, listener as EventListener),
		postMessage: vi.fn()
	} satisfies ServingScope;
	const ask = (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data }));
	return { scope, ask };
}

describe('serveRequests', () => {
	afterEach(() => void vi.useRealTimers());

	it('answers each request with what the work returns', async () => {
		const { scope, ask } = fakeScope();
		serveRequests(async (n: number) => n * 2, scope);
		ask(21);
		await vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalledWith(42));
	});

	it('throws a failed request again as the worker’s own error, and answers nothing', async () => {
		vi.useFakeTimers();
		const { scope, ask } = fakeScope();
		serveRequests(async () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		}, scope);
		ask('install');
		// The rejection settles in a microtask; the error is thrown in a task of its own.
		for (let turn = 0; turn < 3; turn++) await Promise.resolve();
		expect(vi.getTimerCount()).toBe(1);
		expect(() => vi.runAllTimers()).toThrow('Failed to fetch dynamically imported module');
		expect(scope.postMessage).not.toHaveBeenCalled();
	});
});
