import { beforeEach, describe, expect, it } from 'vitest';
import type { QuizSpec } from '../domain/quiz/types';
import { MINUTE } from '../domain/time';
import type { SourcedeckDB } from './database';
import { listMisses } from './missed';
import {
	discardAttempt,
	finishAttempt,
	latestUnfinished,
	listAttempts,
	loadAttempt,
	saveAnswer,
	startAttempt
} from './quiz-attempts';
import { freshDatabase } from './test-db';

const NOW = new Date(2025, 4, 20, 18, 0).getTime();
const SPEC: QuizSpec = { selection: { kinds: ['place'] }, count: 5, modes: ['map', 'typed'], seed: 's1' };

let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('quiz-attempts');
});

describe('quiz attempts', () => {
	it('starts an attempt with its spec and no answers, tagged with the assignment when given', async () => {
		const own = await startAttempt(SPEC, NOW);
		const assigned = await startAttempt(SPEC, NOW + 1, { assignmentId: 'as-1' });
		expect(own).toEqual({ id: expect.any(String), startedAt: NOW, spec: SPEC, answers: [] });
		expect(assigned.assignmentId).toBe('as-1');
		expect(assigned.id).not.toBe(own.id);
		expect(await loadAttempt(own.id)).toEqual(own);
		expect(await loadAttempt('nope')).toBeUndefined();
	});

	it('saves answers in order, replaces one given again and refuses gaps', async () => {
		const { id } = await startAttempt(SPEC, NOW);
		await saveAnswer(id, 0, { kind: 'text', text: 'Raqqa' });
		await saveAnswer(id, 1, null);
		await saveAnswer(id, 1, { kind: 'point', lat: 35, lon: 40 });
		await expect(saveAnswer(id, 3, { kind: 'text', text: 'x' })).rejects.toThrow(RangeError);
		expect((await loadAttempt(id))!.answers).toEqual([
			{ kind: 'text', text: 'Raqqa' },
			{ kind: 'point', lat: 35, lon: 40 }
		]);
		await expect(saveAnswer('missing', 0, null)).rejects.toThrow(/not found/);
	});

	it('finishes with the score and records the misses in the same step, once', async () => {
		const { id } = await startAttempt(SPEC, NOW);
		await saveAnswer(id, 0, { kind: 'text', text: 'Rawa' });
		const misses = [{ cardId: 'raqqa:place-country', given: 'Rawa' }, { cardId: 'mosul:place-map' }];
		const finished = await finishAttempt(id, NOW + 5 * MINUTE, 3.5, 5, misses);
		expect(finished).toMatchObject({ id, finishedAt: NOW + 5 * MINUTE, score: 3.5, maxScore: 5 });
		expect(await loadAttempt(id)).toEqual(finished);
		const recorded = await listMisses();
		expect(
			recorded.map(({ cardId, at, from, given, attemptId }) => ({ cardId, at, from, given, attemptId }))
		).toEqual([
			{ cardId: 'raqqa:place-country', at: NOW + 5 * MINUTE, from: 'quiz', given: 'Rawa', attemptId: id },
			{ cardId: 'mosul:place-map', at: NOW + 5 * MINUTE, from: 'quiz', given: undefined, attemptId: id }
		]);

		const again = await finishAttempt(id, NOW + 9 * MINUTE, 5, 5, misses);
		expect(again.finishedAt).toBe(NOW + 5 * MINUTE);
		expect(await listMisses()).toHaveLength(2);
		await expect(saveAnswer(id, 1, null)).rejects.toThrow(/already finished/);
	});

	it('keeps the attempt unfinished when recording the misses fails (one transaction)', async () => {
		const { id } = await startAttempt(SPEC, NOW);
		await expect(finishAttempt(id, NOW + MINUTE, 0, 5, [{ cardId: '' }])).rejects.toThrow(RangeError);
		expect((await loadAttempt(id))!.finishedAt).toBeUndefined();
		expect(await listMisses()).toEqual([]);
	});

	it('finds the latest unfinished attempt: the learner’s own, or the assignment’s', async () => {
		expect(await latestUnfinished()).toBeUndefined();
		const older = await startAttempt(SPEC, NOW);
		const newer = await startAttempt(SPEC, NOW + MINUTE);
		const done = await startAttempt(SPEC, NOW + 2 * MINUTE);
		await finishAttempt(done.id, NOW + 3 * MINUTE, 1, 5);
		const assigned = await startAttempt(SPEC, NOW + 4 * MINUTE, { assignmentId: 'as-1' });
		expect((await latestUnfinished())?.id).toBe(newer.id);
		expect((await latestUnfinished({ assignmentId: 'as-1' }))?.id).toBe(assigned.id);
		expect(await latestUnfinished({ assignmentId: 'as-2' })).toBeUndefined();
		await discardAttempt(newer.id);
		expect((await latestUnfinished())?.id).toBe(older.id);
	});

	it('lists every attempt newest first and never discards a finished one', async () => {
		const a = await startAttempt(SPEC, NOW);
		const b = await startAttempt(SPEC, NOW + MINUTE);
		await finishAttempt(a.id, NOW + 2 * MINUTE, 2, 5);
		await discardAttempt(a.id);
		expect((await listAttempts()).map((x) => x.id)).toEqual([b.id, a.id]);
		expect(await database.quizAttempts.count()).toBe(2);
	});
});
