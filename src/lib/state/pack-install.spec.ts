import { beforeEach, describe, expect, it } from 'vitest';
import { getPack } from '$lib/db/library';
import { countWrites, freshDatabase, type WriteCounter } from '$lib/db/test-db';
import { toPackFile } from '$lib/domain/pack-file';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { installPackFile } from './pack-install';

const NOW = Date.UTC(2026, 11, 1, 9);
const fileOf = (id: string, title: string) =>
	new TextEncoder().encode(JSON.stringify(toPackFile({ ...makeFixturePack(), id, title, version: 'v1' })));

let writes: WriteCounter;
beforeEach(() => {
	writes = countWrites(freshDatabase('pack-install'));
});

describe('installPackFile with a check of the pack it holds', () => {
	it('refuses the file in the caller’s words before anything is written', async () => {
		const seen: string[] = [];
		const result = await installPackFile(fileOf('other-pack', 'Other pack'), {
			origin: 'file',
			now: NOW,
			accept: (pack) => {
				seen.push(pack.id);
				return `This holds “${pack.title}”, not the pack asked for.`;
			}
		});
		expect(seen).toEqual(['other-pack']);
		expect(result).toEqual({
			ok: false,
			problem: {
				message: 'This holds “Other pack”, not the pack asked for.',
				details: ['The file holds “other-pack” version v1.']
			}
		});
		expect(writes.requests).toBe(0);
		expect(await getPack('other-pack')).toBeUndefined();
	});

	it('installs the file when the check lets it through', async () => {
		const result = await installPackFile(fileOf('needed-pack', 'Needed pack'), {
			origin: 'file',
			now: NOW,
			accept: () => null
		});
		expect(result.ok && result.outcome.status).toBe('installed');
		expect(writes.requests).toBeGreaterThan(0);
		expect((await getPack('needed-pack'))?.title).toBe('Needed pack');
	});
});
