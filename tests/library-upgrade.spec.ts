/**
 * A newer app brings a newer built-in pack: the library upgrades it on the next visit, keeps the learner's progress
 * on every card that persists, and says what changed. The older version is what the app's pack file served before
 * (the test routes it); then the app's own file, the newer version, is served again.
 */
import { expect, test } from '@playwright/test';
import packJson from '../src/lib/content/generated/pack.json' with { type: 'json' };
import meta from '../src/lib/content/generated/built-in.json' with { type: 'json' };
import type { Pack } from '../src/lib/domain/pack';
import { toPackFile } from '../src/lib/domain/pack-file';
import { gradeGood, readStore } from './idb';

const PACK_ASSET = /\/_app\/immutable\/assets\/pack\.[^/]+\.json$/;
const NEWER = packJson as unknown as Pack;

/**
 * The version before: the newer one without its last two cards (added since), with the wording of the card before
 * them different (changed since) and one card the newer one no longer has (retired since).
 */
const OLDER: Pack = (() => {
	const kept = NEWER.cards.slice(0, -3);
	const reworded = NEWER.cards.at(-3)!;
	const dropped = { ...NEWER.cards[0]!, id: `${NEWER.cards[0]!.id}-first-wording` };
	return {
		...NEWER,
		version: 'older-version',
		cards: [...kept, { ...reworded, prompt: `${reworded.prompt} (as first worded)` }, dropped]
	};
})();

test('a newer built-in pack upgrades the library: progress kept on persisting cards, the change said', async ({
	browser
}) => {
	// No service worker: the app's pack file is fetched from the network, where the test serves either version.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const older = Buffer.from(JSON.stringify(toPackFile(OLDER)));
	await context.route(PACK_ASSET, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: older })
	);
	const page = await context.newPage();
	await page.goto('/study');
	const prompt = await gradeGood(page);
	const [studied] = await readStore<{ id: string; reps: number; pack: string }>(page, 'cards');
	expect(studied).toMatchObject({ reps: 1, pack: meta.id });
	const packs = await readStore<{ id: string; version: string }>(page, 'packs');
	expect(packs.map((p) => [p.id, p.version])).toEqual([[meta.id, 'older-version']]);
	// The card studied is one the newer version keeps as it was.
	expect(NEWER.cards.slice(0, -3).map((c) => `${meta.id}/${c.id}`)).toContain(studied!.id);
	expect(prompt).not.toBe('');

	// The newer app: its own pack file again.
	await context.unrouteAll();
	await page.goto('/library');
	const entry = page.getByRole('list', { name: 'Packs' }).getByRole('article', { name: meta.title });
	await expect(entry.getByText('Latest update: 2 cards added, 1 changed, 1 retired.')).toBeVisible();
	await expect(entry.getByRole('definition').nth(2)).toHaveText(meta.cards.toLocaleString('en'));
	await expect(entry.getByRole('definition').nth(4)).toHaveText(/^1 card of [\d,]+ started/);
	expect((await readStore<{ id: string; version: string }>(page, 'packs')).map((p) => p.version)).toEqual([
		meta.version
	]);
	const cards = await readStore<{ id: string; reps: number }>(page, 'cards');
	expect(cards.find((c) => c.id === studied!.id)).toMatchObject({ reps: 1 });

	// Study goes on from the upgraded pack, the progress counted: the card studied is not new again.
	await page.goto('/study');
	await expect(page.locator('#card-prompt')).toBeVisible();
	await expect(page.locator('#card-prompt')).not.toHaveText(prompt);
	await context.close();
});
