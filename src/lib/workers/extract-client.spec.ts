import { describe, expect, it } from 'vitest';
import type { ExtractDocument, Proposal } from '$lib/domain/extract';
import { createExtractClient, ExtractCancelled, type WorkerLike } from './extract-client';
import { createExtractHandler, type ExtractRequest, type ExtractResponse } from './extract-protocol';

const proposal = (name: string): Proposal => ({
	id: `actor:${name}`,
	kind: 'actor',
	name,
	aliases: [],
	evidence: [{ file: name, excerpt: name, start: 0, end: name.length }],
	confidence: 1
});

/** A worker in the same thread: the real handler behind postMessage, with delivery a microtask later. */
function fakeWorkers(
	extract: (docs: ExtractDocument[]) => Proposal[] = (docs) => docs.map((d) => proposal(d.file))
) {
	const started: { terminated: boolean; received: ExtractRequest[] }[] = [];
	const start = (): WorkerLike => {
		const listeners: ((e: MessageEvent<ExtractResponse>) => void)[] = [];
		const state = { terminated: false, received: [] as ExtractRequest[] };
		started.push(state);
		const handle = createExtractHandler({
			extract,
			post: (m) => {
				if (!state.terminated) for (const l of listeners) l({ data: m } as MessageEvent<ExtractResponse>);
			},
			now: () => 0
		});
		return {
			postMessage(message) {
				state.received.push(message);
				queueMicrotask(() => void handle(message));
			},
			addEventListener(_type, listener) {
				listeners.push(listener);
			},
			terminate() {
				state.terminated = true;
			}
		};
	};
	return { start, started };
}

describe('createExtractClient', () => {
	it('starts no worker until the first job, then resolves each job with its own proposals', async () => {
		const { start, started } = fakeWorkers();
		const client = createExtractClient(start);
		expect(started).toHaveLength(0);
		const [a, b] = await Promise.all([
			client.extract([{ file: 'a.txt', text: 'A.' }]),
			client.extract([{ file: 'b.txt', text: 'B.' }])
		]);
		expect(a.proposals.map((p) => p.name)).toEqual(['a.txt']);
		expect(b.proposals.map((p) => p.name)).toEqual(['b.txt']);
		expect(started).toHaveLength(1);
	});

	it('rejects with ExtractCancelled when aborted, and a later job still works', async () => {
		const { start } = fakeWorkers();
		const client = createExtractClient(start);
		const controller = new AbortController();
		const job = client.extract([{ file: 'a.txt', text: 'A.' }], { signal: controller.signal });
		controller.abort();
		await expect(job).rejects.toBeInstanceOf(ExtractCancelled);
		const next = await client.extract([{ file: 'b.txt', text: 'B.' }]);
		expect(next.proposals.map((p) => p.name)).toEqual(['b.txt']);
	});

	it('stops the worker to cancel the running job and hands the queued ones to a new worker', async () => {
		const { start, started } = fakeWorkers();
		const client = createExtractClient(start);
		const controller = new AbortController();
		const running = client.extract([{ file: 'a.txt', text: 'A.' }], { signal: controller.signal });
		const queued = client.extract([{ file: 'b.txt', text: 'B.' }]);
		controller.abort();
		await expect(running).rejects.toBeInstanceOf(ExtractCancelled);
		expect((await queued).proposals.map((p) => p.name)).toEqual(['b.txt']);
		expect(started[0]!.terminated).toBe(true);
		expect(started).toHaveLength(2);
	});

	it('rejects with the worker’s message when the engine fails', async () => {
		const { start } = fakeWorkers(() => {
			throw new Error('engine failed');
		});
		const client = createExtractClient(start);
		await expect(client.extract([{ file: 'a.txt', text: 'A.' }])).rejects.toThrow('engine failed');
	});

	it('dispose rejects every pending job', async () => {
		const { start } = fakeWorkers();
		const client = createExtractClient(start);
		const job = client.extract([{ file: 'a.txt', text: 'A.' }]);
		client.dispose();
		await expect(job).rejects.toBeInstanceOf(ExtractCancelled);
	});
});
