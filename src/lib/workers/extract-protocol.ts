/**
 * The messages between a page and the extraction worker, and the worker's side as a plain function (so Vitest
 * runs it without a Worker). One job at a time, in order; a job cancelled before it starts never runs.
 */
import type { ExtractDocument, Gazetteer, Proposal } from '$lib/domain/extract';

export type ExtractRequest =
	{ type: 'extract'; id: number; documents: ExtractDocument[] } | { type: 'cancel'; id: number };

export type ExtractResponse =
	| { type: 'proposals'; id: number; proposals: Proposal[]; ms: number }
	| { type: 'cancelled'; id: number }
	| { type: 'error'; id: number; message: string };

export interface ExtractHandlerDeps {
	extract: (documents: ExtractDocument[], options: { gazetteer?: Gazetteer }) => Proposal[];
	/** Loads the gazetteer once; a failure leaves places without coordinates, it does not fail the job. */
	loadGazetteer?: () => Promise<Gazetteer>;
	post: (message: ExtractResponse) => void;
	/** Milliseconds, for the timing the page may show (performance.now in the worker). */
	now: () => number;
	/** Lets messages that arrived meanwhile (a cancel) be handled before a job starts. */
	yieldToMessages?: () => Promise<void>;
}

/** The worker's message handler: returns a function to call with each incoming message. */
export function createExtractHandler(deps: ExtractHandlerDeps): (message: ExtractRequest) => Promise<void> {
	const cancelled = new Set<number>();
	let gazetteer: Promise<Gazetteer | undefined> | undefined;
	let queue: Promise<void> = Promise.resolve();
	const yieldToMessages = deps.yieldToMessages ?? (() => new Promise<void>((r) => setTimeout(r, 0)));

	const loadGazetteer = () => {
		gazetteer ??= deps.loadGazetteer
			? deps.loadGazetteer().catch(() => undefined)
			: Promise.resolve(undefined);
		return gazetteer;
	};

	const run = async (id: number, documents: ExtractDocument[]) => {
		await yieldToMessages();
		if (cancelled.delete(id)) return deps.post({ type: 'cancelled', id });
		const places = await loadGazetteer();
		if (cancelled.delete(id)) return deps.post({ type: 'cancelled', id });
		const started = deps.now();
		try {
			const proposals = deps.extract(documents, places ? { gazetteer: places } : {});
			deps.post({ type: 'proposals', id, proposals, ms: deps.now() - started });
		} catch (error) {
			deps.post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
		}
	};

	return (message) => {
		if (message.type === 'cancel') {
			cancelled.add(message.id);
			return Promise.resolve();
		}
		if (message.type === 'extract') {
			queue = queue.then(() => run(message.id, message.documents));
			return queue;
		}
		return Promise.resolve();
	};
}
