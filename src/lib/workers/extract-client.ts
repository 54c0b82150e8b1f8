/**
 * The page's side of the extraction worker: `extract(documents, { signal })` resolves with the proposals.
 * Aborting a job that has not started drops it; aborting the running job stops the worker (extraction is one
 * synchronous pass that cannot be interrupted) and the next job starts a fresh one.
 */
import type { ExtractDocument, Proposal } from '$lib/domain/extract';
import type { ExtractRequest, ExtractResponse } from './extract-protocol';

/** What the client needs of a Worker (a real one in the page, a fake in tests). */
export interface WorkerLike {
	postMessage(message: ExtractRequest): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<ExtractResponse>) => void): void;
	terminate(): void;
}

export interface ExtractResult {
	proposals: Proposal[];
	/** Time the worker spent extracting, in milliseconds. */
	ms: number;
}

export class ExtractCancelled extends Error {
	constructor() {
		super('Finding proposals was cancelled.');
		this.name = 'ExtractCancelled';
	}
}

interface Pending {
	resolve: (result: ExtractResult) => void;
	reject: (error: Error) => void;
}

export interface ExtractClient {
	extract(documents: ExtractDocument[], options?: { signal?: AbortSignal }): Promise<ExtractResult>;
	/** Stops the worker; pending jobs reject with ExtractCancelled. */
	dispose(): void;
}

/** The page's default worker: bundled by Vite, loaded only when the first job is posted. */
export function startExtractWorker(): WorkerLike {
	return new Worker(new URL('./extract.worker.ts', import.meta.url), {
		type: 'module',
		name: 'extract'
	}) as WorkerLike;
}

export function createExtractClient(startWorker: () => WorkerLike = startExtractWorker): ExtractClient {
	let worker: WorkerLike | undefined;
	let nextId = 1;
	const pending = new Map<number, Pending>();
	/** Jobs posted to the current worker, oldest first: the first one is the one running. */
	let posted: number[] = [];

	const failAll = () => {
		for (const p of pending.values()) p.reject(new ExtractCancelled());
		pending.clear();
		posted = [];
	};

	const ensureWorker = () => {
		if (worker) return worker;
		const w = startWorker();
		w.addEventListener('message', (event) => {
			const message = event.data;
			const job = pending.get(message.id);
			posted = posted.filter((id) => id !== message.id);
			if (!job) return;
			pending.delete(message.id);
			if (message.type === 'proposals') job.resolve({ proposals: message.proposals, ms: message.ms });
			else if (message.type === 'cancelled') job.reject(new ExtractCancelled());
			else job.reject(new Error(message.message));
		});
		worker = w;
		return w;
	};

	const cancel = (id: number) => {
		const job = pending.get(id);
		if (!job || !worker) return;
		if (posted[0] === id) {
			// Running: only stopping the worker stops it. The jobs queued behind it go to a new worker.
			const requeue = posted.slice(1);
			worker.terminate();
			worker = undefined;
			pending.delete(id);
			posted = [];
			job.reject(new ExtractCancelled());
			for (const other of requeue) {
				const documents = queuedDocuments.get(other);
				if (documents) post(other, documents);
			}
		} else {
			worker.postMessage({ type: 'cancel', id });
		}
	};

	const queuedDocuments = new Map<number, ExtractDocument[]>();
	const post = (id: number, documents: ExtractDocument[]) => {
		ensureWorker().postMessage({ type: 'extract', id, documents });
		posted.push(id);
	};

	return {
		extract(documents, options = {}) {
			const id = nextId++;
			if (options.signal?.aborted) return Promise.reject(new ExtractCancelled());
			const result = new Promise<ExtractResult>((resolve, reject) => {
				pending.set(id, {
					resolve: (r) => {
						queuedDocuments.delete(id);
						resolve(r);
					},
					reject: (e) => {
						queuedDocuments.delete(id);
						reject(e);
					}
				});
			});
			queuedDocuments.set(id, documents);
			post(id, documents);
			options.signal?.addEventListener('abort', () => cancel(id), { once: true });
			return result;
		},
		dispose() {
			worker?.terminate();
			worker = undefined;
			failAll();
		}
	};
}
