/**
 * A second pack for journeys: one source of the built-in pack, its place entries without links to other entries,
 * and their cards, under another pack id; and a backup that puts it into the library beside the built-in pack.
 */
import packJson from '../src/lib/content/generated/pack.json' with { type: 'json' };
import type { Pack } from '../src/lib/domain/pack';
import type { BackupData } from '../src/lib/domain/backup';
import { toPackFile } from '../src/lib/domain/pack-file';
import { backupText } from './backup-fixture';

const builtIn = packJson as unknown as Pack;
const source = builtIn.sources[0]!;
const entities = builtIn.entities
	.filter((e) => e.kind === 'place' && !e.place?.within)
	.filter((e) => e.evidence.every((x) => x.source === source.id))
	.slice(0, 3);
const ids = new Set(entities.map((e) => e.id));

export const SECOND_PACK: Pack = {
	id: 'second-test-pack',
	title: 'A second test pack',
	description: 'Three places from one source, for tests.',
	version: 'v1',
	topics: [],
	sources: [{ ...source, title: `Second pack copy of ${source.title}` }],
	entities,
	cards: builtIn.cards
		.filter((c) => ids.has(c.entity) && c.sources.every((s) => s === source.id))
		.map((c) => ({ ...c, pair: c.id }))
};

/** A backup holding the second pack (on) and whatever else a test gives. */
export function secondPackBackup(data: Partial<BackupData> = {}, now = Date.now()): string {
	return backupText({
		...data,
		library: [
			{
				record: {
					id: SECOND_PACK.id,
					title: SECOND_PACK.title,
					description: SECOND_PACK.description,
					version: SECOND_PACK.version,
					hash: '',
					origin: 'file',
					installedAt: now,
					updatedAt: now,
					enabled: true,
					topics: [],
					counts: {
						cards: SECOND_PACK.cards.length,
						retired: 0,
						sources: 1,
						entities: SECOND_PACK.entities.length
					},
					sizes: { kinds: {}, sources: {} }
				},
				pack: toPackFile(SECOND_PACK)
			}
		]
	});
}
