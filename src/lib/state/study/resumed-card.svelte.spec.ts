import { describe, expect, it } from 'vitest';
import { makeFixturePack } from '$lib/domain/quiz/fixture';
import { ALL_CARDS, type QueueFilter } from '$lib/domain/queue';
import type { ResumeHint, ResumeStore } from '../resume-hint';
import { RESUME_FORMAT } from './resume-keeper';
import { ResumedCard } from './resumed-card.svelte';

const NOW = Date.UTC(2026, 11, 6, 9);
const MINUTE = 60_000;
const BY_SOURCE: QueueFilter = { by: 'source', source: 'fixture/blog' };

const HINT: ResumeHint = {
	pack: RESUME_FORMAT,
	cardId: 'fixture/raqqa:country',
	kind: 'review',
	from: NOW - MINUTE,
	until: NOW + MINUTE,
	filter: BY_SOURCE,
	typedMode: true,
	prompt: 'Which country is Raqqa in?',
	kindName: 'Place',
	typeName: 'country',
	cardKind: 'place',
	cardType: 'place-country',
	typing: true,
	answer: 'Syria',
	context: 'A city on the Euphrates.',
	contested: false
};

/** A device whose saved hint is `hint`; idle work waits until `idle()` is called. */
function device(hint: ResumeHint | null) {
	const written: (ResumeHint | null)[] = [];
	const store: ResumeStore = { read: () => hint, write: (saved) => void written.push(saved) };
	const waiting: (() => void)[] = [];
	const whenIdle = (task: () => void) => void waiting.push(task);
	return { store, whenIdle, written, idle: () => waiting.splice(0).forEach((task) => task()) };
}

describe('ResumedCard', () => {
	it('starts with the saved card’s front, filter and mode while the hint holds', () => {
		const { store, whenIdle } = device(HINT);
		const resumed = new ResumedCard(store, whenIdle, NOW);
		expect(resumed.item).toMatchObject({
			kind: 'review',
			card: {
				id: HINT.cardId,
				prompt: HINT.prompt,
				kind: 'place',
				type: 'place-country',
				answer: 'Syria',
				context: 'A city on the Euphrates.'
			}
		});
		expect(resumed.typing).toBe(true);
		expect(resumed.prefs).toEqual({ filter: BY_SOURCE, typedMode: true });
	});

	it('gives way once the stored data is read: no front, and the session tells whether it is typed', () => {
		const { store, whenIdle } = device(HINT);
		const resumed = new ResumedCard(store, whenIdle, NOW);
		resumed.giveWay();
		expect(resumed.item).toBeNull();
		expect(resumed.typing).toBeNull();
		// What the session started with stays its own.
		expect(resumed.prefs).toEqual({ filter: BY_SOURCE, typedMode: true });
	});

	it('starts with nothing when no hint is saved, it has run out, or it is of another format', () => {
		for (const [hint, now] of [
			[null, NOW],
			[HINT, HINT.until],
			[HINT, HINT.from - 1],
			[{ ...HINT, pack: 'older-format' }, NOW]
		] as const) {
			const { store, whenIdle } = device(hint);
			const resumed = new ResumedCard(store, whenIdle, now);
			expect([resumed.item, resumed.typing, resumed.prefs]).toEqual([null, null, null]);
		}
	});

	it('saves the next visit’s card once the page is idle, from what is known then', () => {
		const { store, whenIdle, written, idle } = device(null);
		const resumed = new ResumedCard(store, whenIdle, NOW);
		const card = makeFixturePack().cards[0]!;
		let head = card.id;
		resumed.save(() => ({
			states: new Map(),
			window: { nextDueBeyond: null, started: true },
			head: { card: { ...card, id: head }, kind: 'new', due: null },
			now: NOW,
			filter: ALL_CARDS,
			typedMode: false
		}));
		// A second save asked for before the first is written is the same save.
		resumed.save(() => null);
		expect(written).toEqual([]);
		head = 'fixture/later:card';
		idle();
		expect(written).toHaveLength(1);
		expect(written[0]).toMatchObject({ pack: RESUME_FORMAT, cardId: head, prompt: card.prompt, from: NOW });
	});

	it('saves nothing when the source has no card to offer', () => {
		const { store, whenIdle, written, idle } = device(null);
		new ResumedCard(store, whenIdle, NOW).save(() => null);
		idle();
		expect(written).toEqual([]);
	});
});
