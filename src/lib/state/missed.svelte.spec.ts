import { beforeEach, describe, expect, it } from 'vitest';
import type { SourcedeckDB } from '$lib/db/database';
import { recordQuizMiss } from '$lib/db/missed';
import { getSettings, updateSettings } from '$lib/db/settings';
import { answerCard, saveSessionPrefs } from '$lib/db/study';
import { freshDatabase } from '$lib/db/test-db';
import type { Card, Entity, Pack, Source } from '$lib/domain/pack';
import { AGAIN, createScheduler } from '$lib/domain/scheduler';
import { DAY, HOUR, MINUTE } from '$lib/domain/time';
import { testCard } from '$lib/domain/test-card';
import { qualify } from '$lib/domain/library';
import { setPackEnabled } from '$lib/db/library';
import { libraryCache } from './library-cache.svelte';
import { installTestPacks, readTestLibrary, testPack } from './test-library';
import { MissedState } from './missed.svelte';

const NOW = new Date(2025, 4, 20, 18, 0).getTime();
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 1825, enableFuzz: false });

const card = (id: string, answer: string, extra: Partial<Card> = {}): Card =>
	testCard(id, { answer, accepted: [answer], ...extra });

const PACK = testPack('test', [
	card('mosul:country', 'Iraq'),
	card('raqqa:country', 'Syria'),
	card('tanf:country', 'Syria'),
	card('abadi:role', 'Prime minister of Iraq from 2014 to 2018, who led the war on IS', {
		type: 'actor-role'
	})
]);
const q = (id: string) => qualify(PACK.id, id);

let time: number;
let database: SourcedeckDB;

async function open() {
	const state = new MissedState({ clock: () => time, content: readTestLibrary });
	await state.load();
	return state;
}

const studyAgain = (id: string, at: number, typed?: string) =>
	answerCard(id, AGAIN, at, 1000, typed, { scheduler });

beforeEach(async () => {
	time = NOW;
	database = freshDatabase('missed-state');
	await installTestPacks(PACK);
});

describe('MissedState list', () => {
	it('reads the titles of the cards’ sources, so each source line names its source by title, not id', async () => {
		const source: Source = {
			id: 'magnier-2017',
			title: 'Analysis of the battle for al-Qaim',
			kind: 'analysis',
			publisher: 'unknown',
			date: 'unknown',
			file: 'magnier-2017.txt',
			reliability: ''
		};
		const titled = testPack('titled', [card('qaim:country', 'Iraq')], [source]);
		await installTestPacks(titled);
		expect(libraryCache.source(qualify(titled.id, source.id))).toBeUndefined();
		await open();
		expect(libraryCache.source(qualify(titled.id, source.id))?.title).toBe(source.title);
	});

	it('says only the card’s own pair of a whole matching answer an older version recorded', async () => {
		const mosul: Entity = {
			id: 'mosul',
			kind: 'place',
			name: 'Mosul',
			aliases: [],
			contested: false,
			evidence: [],
			topic: 'mosul',
			importance: 1
		};
		const named: Pack = {
			...testPack('named', [card('mosul:country', 'Iraq'), card('raqqa:country', 'Syria')]),
			entities: [mosul, { ...mosul, id: 'raqqa', name: 'Raqqa' }]
		};
		await installTestPacks(named);
		const whole = 'Mosul → Iraq; Raqqa → Iraq; Tanf → Syria; Baghdad → Iraq';
		await recordQuizMiss({ cardId: qualify('named', 'raqqa:country'), at: NOW - HOUR, given: whole });
		await recordQuizMiss({ cardId: q('raqqa:country'), at: NOW - HOUR, given: whole });
		const state = await open();
		const given = (id: string) => state.entries.find((e) => e.cardId === id)?.lastGiven;
		expect(given(qualify('named', 'raqqa:country'))).toBe('Raqqa → Iraq');
		// A card whose entity the library does not hold keeps what was stored.
		expect(given(q('raqqa:country'))).toBe(whole);
	});

	it('is empty on first launch', async () => {
		const state = await open();
		expect(state.loading).toBe(false);
		expect(state.empty).toBe(true);
		expect(state.windowDays).toBe(14);
		state.startDrill();
		expect(state.drilling).toBe(false);
	});

	it('lists study and quiz misses newest first with counts, given answers and when', async () => {
		await studyAgain(q('mosul:country'), NOW - 3 * DAY, 'Iran');
		await studyAgain(q('mosul:country'), NOW - 2 * DAY);
		await recordQuizMiss({ cardId: q('mosul:country'), at: NOW - 2 * DAY + HOUR, given: 'Syria' });
		await recordQuizMiss({ cardId: q('raqqa:country'), at: NOW - HOUR, given: 'Iraq' });
		await recordQuizMiss({ cardId: q('gone:from-pack'), at: NOW - MINUTE });
		const state = await open();
		expect(state.entries.map((e) => [e.cardId, e.count, e.lastGiven, e.when, e.from])).toEqual([
			[q('raqqa:country'), 1, 'Iraq', 'today', ['quiz']],
			[q('mosul:country'), 3, 'Syria', '2 days ago', ['study', 'quiz']]
		]);
		expect(state.entries[1]!.card.answer).toBe('Iraq');
		expect(state.count).toBe(2);
		expect(state.empty).toBe(false);
	});

	it('names each card’s pack once a second pack is on, and leaves out the cards of a pack turned off', async () => {
		const other = testPack('other', [card('homs:country', 'Syria')]);
		await installTestPacks(other);
		await recordQuizMiss({ cardId: q('mosul:country'), at: NOW - HOUR });
		await recordQuizMiss({ cardId: qualify(other.id, 'homs:country'), at: NOW - MINUTE });
		const state = await open();
		expect(state.namesPacks).toBe(true);
		expect(state.entries.map((e) => [e.cardId, e.pack])).toEqual([
			[qualify(other.id, 'homs:country'), 'Pack other'],
			[q('mosul:country'), 'Pack test']
		]);
		await setPackEnabled(other.id, false);
		const alone = await open();
		expect(alone.namesPacks).toBe(false);
		expect(alone.entries.map((e) => [e.cardId, e.pack])).toEqual([[q('mosul:country'), null]]);
	});

	it('flags leeches: eight misses in all, even outside the window', async () => {
		for (let i = 0; i < 7; i++) await recordQuizMiss({ cardId: q('tanf:country'), at: NOW - (40 + i) * DAY });
		await recordQuizMiss({ cardId: q('tanf:country'), at: NOW - DAY });
		await recordQuizMiss({ cardId: q('raqqa:country'), at: NOW - DAY });
		const state = await open();
		expect(state.entries.map((e) => [e.cardId, e.count, e.total, e.leech])).toEqual([
			[q('raqqa:country'), 1, 1, false],
			[q('tanf:country'), 1, 8, true]
		]);
		expect(state.leechCount).toBe(1);
	});

	it('changes the window, saves it, and refuses days out of range', async () => {
		await recordQuizMiss({ cardId: q('raqqa:country'), at: NOW - 20 * DAY });
		const state = await open();
		expect(state.empty).toBe(true);
		await state.setWindowDays(30);
		expect(state.entries.map((e) => e.cardId)).toEqual([q('raqqa:country')]);
		expect((await getSettings()).missedWindowDays).toBe(30);
		await state.setWindowDays(0);
		expect(state.windowError).toBe('Days must be between 1 and 365.');
		expect(state.windowDays).toBe(30);
		expect((await getSettings()).missedWindowDays).toBe(30);
		await state.setWindowDays(7.5);
		expect(state.windowError).toBe('Days must be a whole number.');
		expect((await open()).windowDays).toBe(30);
	});
});

describe('MissedState drill', () => {
	beforeEach(async () => {
		await recordQuizMiss({ cardId: q('mosul:country'), at: NOW - 2 * HOUR });
		await recordQuizMiss({ cardId: q('raqqa:country'), at: NOW - HOUR });
	});

	it('goes through every card until each is answered right, then the list is empty', async () => {
		const state = await open();
		state.startDrill();
		expect(state.drilling).toBe(true);
		expect(state.current?.id).toBe(q('raqqa:country'));
		expect(state.drillLeft).toBe(2);
		state.reveal();
		expect(state.revealed).toBe(true);
		time += 5000;
		await state.answer(false);
		// Wrong: to the back of the drill, rated Again in its schedule (a new miss).
		expect(state.current?.id).toBe(q('mosul:country'));
		expect(state.revealed).toBe(false);
		expect(state.drillLeft).toBe(2);
		expect(await database.reviews.where('cardId').equals(q('raqqa:country')).count()).toBe(1);
		await state.answer(true);
		expect(state.current?.id).toBe(q('raqqa:country'));
		time += 5000;
		await state.answer(false);
		// Only one Again per card per day in the schedule.
		expect(await database.reviews.where('cardId').equals(q('raqqa:country')).count()).toBe(1);
		await state.answer(true);
		expect(state.drilling).toBe(false);
		expect(state.drillFinished).toBe(true);
		expect(state.clearedInDrill).toBe(2);
		expect(state.wrongInDrill).toBe(2);
		expect(state.empty).toBe(true);
		expect(await database.misses.filter((m) => m.clearedAt === undefined).count()).toBe(0);
	});

	it('stopping early keeps the cards not yet answered right', async () => {
		const state = await open();
		state.startDrill();
		await state.answer(true);
		await state.stopDrill();
		expect(state.drilling).toBe(false);
		expect(state.drillFinished).toBe(false);
		expect(state.entries.map((e) => e.cardId)).toEqual([q('mosul:country')]);
	});

	it('checks typed answers with typo tolerance when typed mode is on, and saves what was typed', async () => {
		await updateSettings({ typedAnswers: true });
		const state = await open();
		expect(state.typedMode).toBe(true);
		state.startDrill();
		expect(state.typing).toBe(true);
		state.typed = 'Syira';
		state.reveal();
		expect(state.verdict?.correct).toBe(true);
		await state.answer(true);
		state.typed = 'Iran';
		state.reveal();
		expect(state.verdict?.correct).toBe(false);
		await state.answer(false);
		const [review] = await database.reviews.toArray();
		expect(review).toMatchObject({ cardId: q('mosul:country'), typed: 'Iran' });
	});

	it('follows the study session’s typed-answer choice, and never types sentences', async () => {
		await updateSettings({ typedAnswers: true });
		await saveSessionPrefs({ filter: { by: 'all' }, typedAnswers: false });
		expect((await open()).typedMode).toBe(false);
		await saveSessionPrefs({ filter: { by: 'all' }, typedAnswers: true });
		await recordQuizMiss({ cardId: q('abadi:role'), at: NOW - MINUTE });
		const state = await open();
		state.startDrill();
		expect(state.current?.id).toBe(q('abadi:role'));
		expect(state.typing).toBe(false);
		state.reveal();
		expect(state.verdict).toBeNull();
	});
});
