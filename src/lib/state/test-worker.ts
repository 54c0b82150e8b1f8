/** For specs: a dedicated worker that replies as told, or fails to load, and records what it was asked. */
import type { RequestWorker } from './worker-request';

export interface FakeWorker<Request, Reply> {
	worker: RequestWorker<Request, Reply>;
	/** Every request posted to it, in order. */
	asked: Request[];
	/** Whether the page let it go. */
	terminated(): boolean;
}

export function fakeWorker<Request, Reply>(
	behaviour: Reply | 'fails to load' | ((request: Request) => Reply)
): FakeWorker<Request, Reply> {
	const asked: Request[] = [];
	let terminated = false;
	const listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
	const worker: RequestWorker<Request, Reply> = {
		addEventListener: (type: string, listener: (event: never) => void) => listeners[type]!.push(listener),
		postMessage: (request) => {
			asked.push(request);
			queueMicrotask(() => {
				if (behaviour === 'fails to load') for (const l of listeners.error!) l(new Event('error') as never);
				else {
					const data =
						typeof behaviour === 'function' ? (behaviour as (r: Request) => Reply)(request) : behaviour;
					for (const l of listeners.message!) l({ data } as never);
				}
			});
		},
		terminate: () => (terminated = true)
	};
	return { worker, asked, terminated: () => terminated };
}
