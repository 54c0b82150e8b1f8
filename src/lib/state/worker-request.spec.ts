import { describe, expect, it } from 'vitest';
import { askWorker, type RequestWorker } from './worker-request';

/** A worker that replies with its request doubled, or fails to load; it records whether it was let go. */
function fakeWorker(loads: boolean) {
	let terminated = false;
	const listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
	const worker: RequestWorker<number, number> = {
		addEventListener: (type: string, listener: (event: never) => void) => listeners[type]!.push(listener),
		postMessage: (n) =>
			queueMicrotask(() => {
				if (loads) for (const l of listeners.message!) l({ data: n * 2 } as never);
				else for (const l of listeners.error!) l(new Event('error') as never);
			}),
		terminate: () => (terminated = true)
	};
	return { worker, terminated: () => terminated };
}

describe('askWorker', () => {
	it('posts the request, resolves with the reply and lets the worker go', async () => {
		const fake = fakeWorker(true);
		expect(await askWorker(() => fake.worker, 21)).toBe(42);
		expect(fake.terminated()).toBe(true);
	});

	it('answers null, for the page to do the work, when the worker fails to load', async () => {
		const fake = fakeWorker(false);
		expect(await askWorker(() => fake.worker, 21)).toBeNull();
		expect(fake.terminated()).toBe(true);
	});

	it('answers null when no worker can start, or starting one throws', async () => {
		expect(await askWorker<number, number>(() => null, 21)).toBeNull();
		const refuses = (): RequestWorker<number, number> => {
			throw new DOMException('Workers are not allowed here', 'SecurityError');
		};
		expect(await askWorker(refuses, 21)).toBeNull();
	});
});
