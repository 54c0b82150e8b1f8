import { beforeEach, describe, expect, it } from 'vitest';
import { setPackEnabled } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import { cardAnchor } from '$lib/domain/anchors';
import { qualify } from '$lib/domain/library';
import type { Source } from '$lib/domain/pack';
import { testCard } from '$lib/domain/test-card';
import { SourcesState } from './sources.svelte';
import { installTestPacks, readTestLibrary, testPack } from './test-library';

const source = (id: string, publisher = 'unknown'): Source => ({
	id,
	title: `Title of ${id}`,
	kind: 'analysis',
	publisher,
	date: 'unknown',
	file: `${id}.txt`,
	reliability: ''
});

const FIRST = testPack(
	'first',
	[testCard('mosul:place-country', { sources: ['zh-2016'] })],
	[source('zh-2016', 'Zaman'), source('blog-2017')]
);
const SECOND = testPack(
	'second',
	[testCard('homs:place-country', { sources: ['atlas'] })],
	[source('atlas')]
);

const open = async (content = readTestLibrary) => {
	const sources = new SourcesState({ content });
	await sources.load();
	return sources;
};

beforeEach(async () => {
	freshDatabase('sources-state');
	await installTestPacks(FIRST);
});

describe('SourcesState', () => {
	it('lists one pack’s sources without naming the pack', async () => {
		const sources = await open();
		expect(sources.loading).toBe(false);
		expect(sources.namesPacks).toBe(false);
		expect(sources.count).toBe(2);
		expect(sources.groups.map((g) => [g.pack.id, g.sources.map((s) => s.id)])).toEqual([
			['first', [qualify('first', 'zh-2016'), qualify('first', 'blog-2017')]]
		]);
		expect(sources.sourceLabel(qualify('first', 'zh-2016'))).toBe('1 · Zaman');
		expect(sources.sourceLabel(qualify('first', 'blog-2017'))).toBe('2 · analysis');
		expect(sources.credit(qualify('first', 'zh-2016'))).toBe('Zaman');
		expect(sources.credit(qualify('first', 'blog-2017'))).toBe('the analysis');
		expect(sources.cardsBySource(qualify('first', 'zh-2016')).map((c) => c.id)).toEqual([
			qualify('first', 'mosul:place-country')
		]);
	});

	it('puts a second pack’s sources under its own pack, numbered within it, until it is turned off', async () => {
		await installTestPacks(SECOND);
		const sources = await open();
		expect(sources.namesPacks).toBe(true);
		expect(sources.groups.map((g) => [g.pack.title, g.sources.map((s) => s.title)])).toEqual([
			['Pack first', ['Title of zh-2016', 'Title of blog-2017']],
			['Pack second', ['Title of atlas']]
		]);
		expect(sources.sourceLabel(qualify('second', 'atlas'))).toBe('1 · analysis');
		expect(sources.cardsBySource(qualify('second', 'atlas')).map((c) => c.id)).toEqual([
			qualify('second', 'homs:place-country')
		]);
		await setPackEnabled('second', false);
		expect((await open()).groups.map((g) => g.pack.id)).toEqual(['first']);
	});

	it('finds the source a linked card is listed under, in its own pack, to open it', async () => {
		await installTestPacks(SECOND);
		const sources = await open();
		expect(sources.opened.size).toBe(0);
		expect(sources.sourceOfCard(cardAnchor(qualify('second', 'homs:place-country')))).toBe(
			qualify('second', 'atlas')
		);
		expect(sources.sourceOfCard(cardAnchor(qualify('first', 'mosul:place-country')))).toBe(
			qualify('first', 'zh-2016')
		);
		expect(sources.sourceOfCard('card-nothing')).toBeUndefined();
	});

	it('shows a first visit’s sources and counts until asked, then reads the library once', async () => {
		let reads = 0;
		const firstVisit = {
			pack: { id: 'first', title: 'Pack first' },
			sources: [source(qualify('first', 'zh-2016'), 'Zaman')],
			counts: { [qualify('first', 'zh-2016')]: { entries: 4, cards: 9 } }
		};
		const sources = new SourcesState({
			firstVisit,
			content: () => {
				reads++;
				return readTestLibrary();
			}
		});
		expect(sources.read).toBe(false);
		expect(sources.loading).toBe(false);
		expect(sources.count).toBe(1);
		expect(sources.groups).toEqual([{ pack: firstVisit.pack, sources: firstVisit.sources }]);
		expect(sources.counts(qualify('first', 'zh-2016'))).toEqual({ entries: 4, cards: 9 });
		expect(sources.counts('unknown')).toEqual({ entries: 0, cards: 0 });
		expect(reads).toBe(0);

		// Two sources opened at once read the library once.
		await Promise.all([sources.readOnce(), sources.readOnce()]);
		expect(reads).toBe(1);
		expect(sources.read).toBe(true);
		// Now what is stored: two sources, each counted from the cards read.
		expect(sources.count).toBe(2);
		expect(sources.counts(qualify('first', 'zh-2016'))).toEqual({ entries: 0, cards: 1 });
		expect(sources.counts(qualify('first', 'blog-2017'))).toEqual({ entries: 0, cards: 0 });
		await sources.readOnce();
		expect(reads).toBe(1);
	});

	it('reads again when asked after a failed read', async () => {
		let fail = true;
		const sources = new SourcesState({
			content: () => (fail ? Promise.reject(new Error('The database is closed.')) : readTestLibrary())
		});
		await sources.readOnce();
		expect(sources.error).toBe('Could not read the sources: The database is closed.');
		expect(sources.read).toBe(false);
		fail = false;
		await sources.readOnce();
		expect(sources.error).toBeNull();
		expect(sources.count).toBe(2);
	});

	it('says so plainly when the library cannot be read', async () => {
		const sources = await open(() => Promise.reject(new Error('The database is closed.')));
		expect(sources.loading).toBe(false);
		expect(sources.error).toBe('Could not read the sources: The database is closed.');
		expect(sources.groups).toEqual([]);
	});
});
