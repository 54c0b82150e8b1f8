/**
 * The library the answers are timed in: `size` cards, every one due today and in today's queue.
 *
 * SEAM for the library of packs (issue 12). Until it lands the app studies one pack, fetched as a JSON asset, and
 * its queue holds only that pack's cards (581 today). So the library is derived from the real pack: its cards
 * repeated with derived ids ("<id>~<n>") until there are `size`, served in place of the pack's file, with a
 * stored state for each. Once packs are installed into IndexedDB, `derivedLibrary` gives way to generated packs
 * installed the way the app installs them, and `installLibrary` stops routing the pack's file.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardRecord } from '../../src/lib/db/records';
import type { Pack } from '../../src/lib/domain/pack';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface PerfLibrary {
	/** Served as the content pack. */
	pack: Pack;
	/** Stored card states: every card due now. */
	states: CardRecord[];
	/** Stored settings: the daily review cap at its highest. */
	settings: { key: string; value: unknown }[];
	/** Cards today's queue must hold ("N left" on the study page). */
	queued: number;
}

/** The content pack of a build, as the app fetches it. */
export function builtPack(buildDir: string): { pack: Pack; file: string } {
	const dir = join(buildDir, '_app/immutable/assets');
	const file = readdirSync(dir).find((name) => /^pack\.[\w-]+\.json$/.test(name));
	if (!file) throw new Error(`no content pack in ${dir}`);
	return { pack: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Pack, file };
}

/**
 * `size` cards from the real pack, due now: one in four a review (up to the review cap of 5,000, the highest the
 * settings allow), the others learning and relearning (never capped), so all of them are in the queue.
 */
export function derivedLibrary(real: Pack, size: number, now: number): PerfLibrary {
	const REVIEW_CAP = 5_000;
	const cards = Array.from({ length: size }, (_, k) => {
		const card = real.cards[k % real.cards.length]!;
		const round = Math.floor(k / real.cards.length);
		return round === 0 ? card : { ...card, id: `${card.id}~${round}`, pair: `${card.pair}~${round}` };
	});
	let reviews = 0;
	const states = cards.map((card, k): CardRecord => {
		const due = now - MINUTE - (k % 600) * 1000;
		const review = k % 4 === 0 && reviews < REVIEW_CAP;
		if (review) reviews++;
		const base = { id: card.id, due, difficulty: 5, lapses: 0, introducedAt: now - 60 * DAY };
		if (review)
			return {
				...base,
				stability: 10,
				elapsed_days: 10,
				scheduled_days: 10,
				learning_steps: 0,
				reps: 5,
				state: 2,
				last_review: due - 10 * DAY
			};
		const relearning = k % 2 === 1;
		return {
			...base,
			stability: relearning ? 2 : 0.5,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: relearning ? 0 : 1,
			reps: relearning ? 6 : 1,
			lapses: relearning ? 1 : 0,
			state: relearning ? 3 : 1,
			last_review: due - 10 * MINUTE
		};
	});
	return {
		pack: { ...real, version: `${real.version}-perf-${size}`, cards },
		states,
		settings: [{ key: 'reviewCap', value: REVIEW_CAP }],
		queued: size
	};
}

/** Serves the library's pack in place of the app's (the context must block service workers) and stores its states. */
export async function installLibrary(
	context: BrowserContext,
	page: Page,
	library: PerfLibrary,
	packFile: string
): Promise<void> {
	const body = JSON.stringify(library.pack);
	await context.route(`**/_app/immutable/assets/${packFile}`, (route) =>
		route.fulfill({ body, contentType: 'application/json' })
	);
	await page.evaluate(
		async ({ states, settings }) => {
			const open = indexedDB.open('sourcedeck');
			const db: IDBDatabase = await new Promise((resolve, reject) => {
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const tx = db.transaction(['cards', 'settings'], 'readwrite');
			for (const setting of settings) tx.objectStore('settings').put(setting);
			for (const state of states) tx.objectStore('cards').put(state);
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ states: library.states, settings: library.settings }
	);
}
