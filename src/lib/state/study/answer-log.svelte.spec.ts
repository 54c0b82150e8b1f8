import { describe, expect, it } from 'vitest';
import { AnswerLog } from './answer-log.svelte';

/** An answer given and stored, its save over. */
function storedAnswer(log: AnswerLog, reviewId: number): void {
	const saving = log.beginAnswer();
	saving.stored(reviewId);
	saving.end();
}

describe('AnswerLog', () => {
	it('offers an answer for undo from its tap, and not once its save has failed', () => {
		const log = new AnswerLog();
		expect(log.canUndo).toBe(false);
		const failing = log.beginAnswer();
		expect(log.canUndo).toBe(true);
		failing.end();
		expect(log.canUndo).toBe(false);
		storedAnswer(log, 7);
		expect(log.canUndo).toBe(true);
	});

	it('is busy while a write is stored, and counts every write begun', () => {
		const log = new AnswerLog();
		const end = log.begin();
		const answer = log.beginAnswer();
		expect([log.busy, log.writing, log.begun]).toEqual([true, true, 2]);
		answer.end();
		end();
		expect([log.busy, log.writing, log.begun]).toEqual([false, false, 2]);
	});

	it('an undo pressed while an answer is saved takes that answer back once it is stored', async () => {
		const log = new AnswerLog();
		storedAnswer(log, 1);
		const second = log.beginAnswer();
		const undoing = log.beginUndo();
		second.stored(2);
		second.end();
		const undo = await undoing;
		expect(undo?.reviewId).toBe(2);
		expect(log.writing).toBe(true);
		log.takenBack();
		undo?.end();
		expect((await log.beginUndo())?.reviewId).toBe(1);
	});

	it('an undo pressed while an answer that fails is saved takes nothing back', async () => {
		const log = new AnswerLog();
		storedAnswer(log, 1);
		const failing = log.beginAnswer();
		const undoing = log.beginUndo();
		failing.end();
		expect(await undoing).toBeNull();
		expect(log.writing).toBe(false);
		expect(log.canUndo).toBe(true);
	});

	it('of two undos pressed together, the second waits for the first and then finds nothing to take back', async () => {
		const log = new AnswerLog();
		const saving = log.beginAnswer();
		const firstUndo = log.beginUndo();
		const secondUndo = log.beginUndo();
		saving.stored(5);
		saving.end();
		const first = await firstUndo;
		expect(first?.reviewId).toBe(5);
		log.takenBack();
		first?.end();
		expect(await secondUndo).toBeNull();
	});

	it('has nothing to take back once told to forget, or before any answer', async () => {
		const log = new AnswerLog();
		expect(await log.beginUndo()).toBeNull();
		storedAnswer(log, 3);
		log.forgetAnswers();
		expect(log.canUndo).toBe(false);
		expect(await log.beginUndo()).toBeNull();
	});
});
