/**
 * The libraries the app is timed in, for "speed that does not grow with the library" (issue 12): the built-in
 * pack alone (one pack, its ~600 cards), and ten packs holding 20,000 cards: the built-in pack and nine packs
 * generated from it (its cards repeated under new ids, each pack with its own id and title). The generated
 * packs are installed the way a person installs a pack (/library, "Install from a file"), then every card of
 * every pack gets a stored state due now, so all of them are in today's queue.
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../src/lib/domain/pack';
import { toPackFile } from '../../src/lib/domain/pack-file';

export interface PerfLibrary {
	/** "1 pack, 581 cards". */
	label: string;
	packs: number;
	/** Cards in the library, every one in today's queue ("N left" on the study page). */
	cards: number;
	/** The built-in pack's title (the app installs it itself on its first visit). */
	builtInTitle: string;
	/** Pack files to install besides the built-in pack. */
	files: { name: string; json: string }[];
}

/** The built-in pack of a build, as the app fetches it. */
export function builtPack(buildDir: string): Pack {
	const dir = join(buildDir, '_app/immutable/assets');
	const file = readdirSync(dir).find((name) => /^pack\.[\w-]+\.json$/.test(name));
	if (!file) throw new Error(`no content pack in ${dir}`);
	return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Pack;
}

const label = (packs: number, cards: number) =>
	`${packs} pack${packs === 1 ? '' : 's'}, ${cards.toLocaleString('en')} cards`;

/** The built-in pack and `packs - 1` packs generated from it, `cards` cards in all. */
export function generatedLibrary(builtIn: Pack, packs: number, cards: number): PerfLibrary {
	const extra = packs - 1;
	const remaining = cards - builtIn.cards.length;
	if (extra < 0 || remaining < (extra > 0 ? extra : 0))
		throw new RangeError(`cannot make ${label(packs, cards)} from a pack of ${builtIn.cards.length} cards`);
	const files = Array.from({ length: extra }, (_, k) => {
		const size = Math.floor(remaining / extra) + (k < remaining % extra ? 1 : 0);
		const cardsOfPack = Array.from({ length: size }, (_, n) => {
			const card = builtIn.cards[n % builtIn.cards.length]!;
			const round = Math.floor(n / builtIn.cards.length);
			return round === 0 ? card : { ...card, id: `${card.id}~${round}`, pair: `${card.pair}~${round}` };
		});
		const pack: Pack = {
			...builtIn,
			id: `perf-pack-${k + 2}`,
			title: `Perf pack ${k + 2}`,
			version: `perf-${size}`,
			cards: cardsOfPack
		};
		return { name: `perf-pack-${k + 2}.sourcedeck-pack.json`, json: JSON.stringify(toPackFile(pack)) };
	});
	const total = extra > 0 ? cards : builtIn.cards.length;
	return { label: label(packs, total), packs, cards: total, builtInTitle: builtIn.title, files };
}

/**
 * Installs the library in the page's origin (the app must be open there; it installs its built-in pack
 * itself) and makes every card due now: one in four a review (up to the review cap of 5,000, the highest the
 * settings allow), the others learning and relearning (never capped).
 */
export async function installLibrary(page: Page, origin: string, library: PerfLibrary): Promise<void> {
	await page.goto(`${origin}/library`);
	// The install section comes with the library read (the built-in pack's entry is prerendered before it).
	await page.getByLabel('Install from a file').waitFor({ state: 'attached', timeout: 60_000 });
	await page.getByRole('heading', { level: 2, name: library.builtInTitle }).waitFor({ timeout: 60_000 });
	for (const file of library.files) {
		await page
			.getByLabel('Install from a file')
			.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.json) });
		const title = (JSON.parse(file.json) as Pack).title;
		await page.getByRole('status').filter({ hasText: title }).waitFor({ timeout: 120_000 });
	}
	const stored = await page.evaluate(async (now) => {
		const MINUTE = 60_000;
		const DAY = 86_400_000;
		const REVIEW_CAP = 5_000;
		const open = indexedDB.open('sourcedeck');
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const request = db.transaction('packCards').objectStore('packCards').getAll();
		const cards: { id: string; pack: string; newRank?: number }[] = await new Promise((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		// As the app does when a card is first studied: it is no longer new (`newRank` indexes new cards), and
		// its pack's new cards start further on (`firstNewRank`: one past the last card once all were studied).
		const tx = db.transaction(['cards', 'packCards', 'packs', 'settings'], 'readwrite');
		tx.objectStore('settings').put({ key: 'reviewCap', value: REVIEW_CAP });
		const packs = tx.objectStore('packs').getAll();
		packs.onsuccess = () => {
			for (const pack of packs.result as { counts: { cards: number } }[])
				tx.objectStore('packs').put({ ...pack, firstNewRank: pack.counts.cards });
		};
		let reviews = 0;
		cards.forEach((card, k) => {
			const { newRank: _new, ...started } = card;
			tx.objectStore('packCards').put(started);
			const due = now - MINUTE - (k % 600) * 1000;
			const review = k % 4 === 0 && reviews < REVIEW_CAP;
			if (review) reviews++;
			const relearning = k % 2 === 1;
			const base = {
				id: card.id,
				pack: card.pack,
				activePack: card.pack,
				due,
				difficulty: 5,
				introducedAt: now - 60 * DAY
			};
			tx.objectStore('cards').put(
				review
					? {
							...base,
							stability: 10,
							elapsed_days: 10,
							scheduled_days: 10,
							learning_steps: 0,
							reps: 5,
							lapses: 0,
							state: 2,
							last_review: due - 10 * DAY
						}
					: {
							...base,
							stability: relearning ? 2 : 0.5,
							elapsed_days: 0,
							scheduled_days: 0,
							learning_steps: relearning ? 0 : 1,
							reps: relearning ? 6 : 1,
							lapses: relearning ? 1 : 0,
							state: relearning ? 3 : 1,
							last_review: due - 10 * MINUTE
						}
			);
		});
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
		return cards.length;
	}, Date.now());
	if (stored !== library.cards)
		throw new Error(`the library holds ${stored} cards, not the ${library.cards} of ${library.label}`);
}

/** The study page shows the whole library in today's queue ("N left", once a large library is counted). */
export async function checkQueue(page: Page, library: PerfLibrary): Promise<void> {
	const left = `${library.cards.toLocaleString('en')} left`;
	const count = page.getByText(new RegExp(`^(${library.cards}|${library.cards.toLocaleString('en')}) left$`));
	try {
		await count.first().waitFor({ timeout: 60_000 });
	} catch {
		const text = await page.locator('main').innerText();
		throw new Error(
			`the study page does not show "${left}": the library is not in the queue. It shows:\n${/[\d,]+\+? left/.exec(text)?.[0] ?? 'no count left'}`
		);
	}
}
