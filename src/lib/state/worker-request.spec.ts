import { describe, expect, it } from 'vitest';
import { fakeWorker } from './test-worker';
import { askWorker, type RequestWorker } from './worker-request';

/** A worker that replies with its request doubled, or fails to load. */
const doubler = (loads: boolean) => fakeWorker<number, number>(loads ? (n) => n * 2 : 'fails to load');

describe('askWorker', () => {
	it('posts the request, resolves with the reply and lets the worker go', async () => {
		const fake = doubler(true);
		expect(await askWorker(() => fake.worker, 21)).toBe(42);
		expect(fake.terminated()).toBe(true);
	});

	it('answers null, for the page to do the work, when the worker fails to load', async () => {
		const fake = doubler(false);
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
