/**
 * The worker's side of a request (see worker-request.ts): each message is handled and answered once. Work that
 * throws (a chunk the worker imports that cannot load: offline, when the first visit's install was cut off before
 * the worker's code was kept) is thrown again as the worker's own error, which the page hears as the worker
 * failing and does the work itself; a rejected promise alone would leave the page waiting for a reply forever.
 */

/** What serving needs of a worker's global scope (a fake in tests). */
export interface ServingScope {
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	postMessage(message: unknown): void;
}

export function serveRequests<Request, Reply>(
	handle: (request: Request) => Promise<Reply>,
	scope: ServingScope = self as unknown as ServingScope
): void {
	scope.addEventListener('message', (event) => {
		handle(event.data as Request).then(
			(reply) => scope.postMessage(reply),
			(error: unknown) =>
				setTimeout(() => {
					throw error;
				})
		);
	});
}
