import { describe, expect, it } from 'vitest';
import { packRecord } from '$lib/db/library';
import { qualifyPack } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { contentOf } from './library-content';
import { quizLibraryChoices } from './quiz-library-choices';

const first = qualifyPack(makeFixturePack());
const second = qualifyPack({ ...makeFixturePack(), id: 'second', title: 'Second pack' });

/** The packs as the library reads them: their records in install order, their content as one pack. */
function libraryOf(...packs: Pack[]) {
	const records = packs.map((pack, i) =>
		packRecord(pack, { hash: '', origin: 'file', installedAt: i, now: i, enabled: true, retired: 0 })
	);
	return contentOf(records, { ...first, sources: packs.flatMap((p) => p.sources) });
}

describe('quizLibraryChoices', () => {
	it('offers the one pack and its sources by their titles, in the pack’s order', () => {
		const choices = quizLibraryChoices(libraryOf(first));
		expect(choices.packs).toEqual([{ value: 'fixture', label: 'Quiz fixture' }]);
		expect(choices.sources).toEqual(first.sources.map((s) => ({ value: s.id, label: s.title })));
		expect(choices.sources[0]!.value).toMatch(/^fixture\//);
	});

	it('names each source’s pack when more than one pack is on, pack by pack', () => {
		const choices = quizLibraryChoices(libraryOf(first, second));
		expect(choices.packs.map((p) => p.label)).toEqual(['Quiz fixture', 'Second pack']);
		expect(choices.sources).toEqual([
			...first.sources.map((s) => ({ value: s.id, label: `${s.title} (Quiz fixture)` })),
			...second.sources.map((s) => ({ value: s.id, label: `${s.title} (Second pack)` }))
		]);
	});

	it('names a source of a pack it does not know by the pack’s id', () => {
		const choices = quizLibraryChoices({
			packs: [
				{ id: 'a', title: 'A' },
				{ id: 'b', title: 'B' }
			],
			pack: { sources: [{ id: 'gone/report', title: 'Report' }] }
		});
		expect(choices.sources).toEqual([{ value: 'gone/report', label: 'Report (gone)' }]);
	});

	it('keeps only ids and labels: small enough to prerender', () => {
		const choices = quizLibraryChoices(libraryOf(first, second));
		for (const choice of [...choices.packs, ...choices.sources])
			expect(Object.keys(choice).sort()).toEqual(['label', 'value']);
	});
});
