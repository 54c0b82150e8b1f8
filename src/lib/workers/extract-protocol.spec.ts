import { describe, expect, it } from 'vitest';
import type { ExtractDocument, Proposal } from '$lib/domain/extract';
import { createExtractHandler, type ExtractResponse } from './extract-protocol';

const doc: ExtractDocument = { file: 'a.txt', text: 'Text.' };
const proposal = (name: string): Proposal => ({
	id: `actor:${name}`,
	kind: 'actor',
	name,
	aliases: [],
	evidence: [{ file: 'a.txt', excerpt: name, start: 0, end: name.length }],
	confidence: 1
});

function setup(extract = (docs: ExtractDocument[]) => docs.map((d) => proposal(d.file))) {
	const posted: ExtractResponse[] = [];
	let gazetteerLoads = 0;
	let clock = 0;
	const handle = createExtractHandler({
		extract: (docs, options) => {
			clock += 5;
			return options.gazetteer ? extract(docs) : [];
		},
		loadGazetteer: async () => {
			gazetteerLoads++;
			return { lookup: () => [] };
		},
		post: (m) => posted.push(m),
		now: () => clock,
		yieldToMessages: () => Promise.resolve()
	});
	return { handle, posted, loads: () => gazetteerLoads };
}

describe('createExtractHandler', () => {
	it('answers a job with its proposals and the time it took', async () => {
		const { handle, posted } = setup();
		await handle({ type: 'extract', id: 1, documents: [doc] });
		expect(posted).toEqual([{ type: 'proposals', id: 1, proposals: [proposal('a.txt')], ms: 5 }]);
	});

	it('loads the gazetteer once for many jobs', async () => {
		const { handle, posted, loads } = setup();
		await Promise.all([
			handle({ type: 'extract', id: 1, documents: [doc] }),
			handle({ type: 'extract', id: 2, documents: [{ file: 'b.txt', text: 'B.' }] })
		]);
		expect(loads()).toBe(1);
		expect(posted.map((m) => m.id)).toEqual([1, 2]);
	});

	it('drops a job cancelled before it starts and says so', async () => {
		const { handle, posted } = setup();
		const first = handle({ type: 'extract', id: 1, documents: [doc] });
		const second = handle({ type: 'extract', id: 2, documents: [doc] });
		await handle({ type: 'cancel', id: 2 });
		await Promise.all([first, second]);
		expect(posted.map((m) => m.type)).toEqual(['proposals', 'cancelled']);
		expect(posted[1]).toEqual({ type: 'cancelled', id: 2 });
	});

	it('reports an engine failure as an error message for that job, and goes on with the next', async () => {
		let calls = 0;
		const { handle, posted } = setup((docs) => {
			if (calls++ === 0) throw new Error('broken document');
			return docs.map((d) => proposal(d.file));
		});
		await handle({ type: 'extract', id: 1, documents: [doc] });
		await handle({ type: 'extract', id: 2, documents: [doc] });
		expect(posted[0]).toEqual({ type: 'error', id: 1, message: 'broken document' });
		expect(posted[1]!.type).toBe('proposals');
	});

	it('still extracts when the gazetteer cannot be loaded (places come without coordinates)', async () => {
		const posted: ExtractResponse[] = [];
		const handle = createExtractHandler({
			extract: (docs, options) => [proposal(options.gazetteer ? 'with' : 'without')],
			loadGazetteer: () => Promise.reject(new Error('offline')),
			post: (m) => posted.push(m),
			now: () => 0,
			yieldToMessages: () => Promise.resolve()
		});
		await handle({ type: 'extract', id: 7, documents: [doc] });
		expect(posted).toEqual([{ type: 'proposals', id: 7, proposals: [proposal('without')], ms: 0 }]);
	});
});
