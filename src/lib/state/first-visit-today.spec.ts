import { beforeEach, expect, it } from 'vitest';
import packJson from '$lib/content/generated/pack.json';
import { installPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import type { Pack } from '$lib/domain/pack';
import { firstVisitToday } from './first-visit-today';
import { readToday } from './today-read';

beforeEach(() => {
	freshDatabase('first-visit-today');
});

it('is what Today reads once the built-in pack is installed on a device with nothing else', async () => {
	const now = new Date(2026, 11, 5, 9, 0).getTime();
	await installPack(packJson as unknown as Pack, { origin: 'built-in', now });
	expect(firstVisitToday()).toEqual(await readToday(now));
});
