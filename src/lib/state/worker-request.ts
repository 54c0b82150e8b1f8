/**
 * One request to a dedicated worker and its one reply: the page's side of the workers that read or write the
 * database off its main thread (the built-in pack's install, Today's numbers). Each is started for the request and
 * let go after it, so no worker keeps a database connection open between requests.
 */

/** What a request needs of a Worker (a real one in the page, a fake in tests). */
export interface RequestWorker<Request, Reply> {
	postMessage(message: Request): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<Reply>) => void): void;
	addEventListener(type: 'error', listener: (event: Event) => void): void;
	terminate(): void;
}

/**
 * The worker's reply; null when no worker could run the request (none in this browser, or its script failed to
 * load): the caller then does the work in the page.
 */
export async function askWorker<Request, Reply>(
	startWorker: () => RequestWorker<Request, Reply> | null,
	request: Request
): Promise<Reply | null> {
	let worker: RequestWorker<Request, Reply> | null;
	try {
		worker = startWorker();
	} catch {
		return null;
	}
	if (!worker) return null;
	const running = worker;
	return new Promise<Reply | null>((resolve) => {
		running.addEventListener('message', (event) => resolve(event.data));
		// A worker that cannot load (an old cache, a strict browser) leaves the work to the page.
		running.addEventListener('error', () => resolve(null));
		running.postMessage(request);
	}).finally(() => running.terminate());
}

/** Whether this browser can start module workers at all (not in Node, where the unit tests run). */
export const canStartWorkers = (): boolean => typeof Worker === 'function';
