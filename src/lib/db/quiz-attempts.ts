/**
 * Quiz attempts: started with the quiz's spec (enough to regenerate its questions), answered one question at
 * a time so a reload or a closed tab resumes where the learner was, and finished with the score; the wrong
 * answers go to the missed list in the same transaction.
 */
import type { QuizAnswer, QuizSpec } from '../domain/quiz/types';
import { db } from './database';
import { recordQuizMisses } from './missed';
import type { QuizAttemptRecord } from './records';

export interface AttemptOptions {
	/** The teacher's assignment a student's attempt belongs to. */
	assignmentId?: string;
}

/** A card the learner got wrong in the quiz, with what they answered. */
export interface AttemptMiss {
	cardId: string;
	given?: string;
}

export async function startAttempt(
	spec: QuizSpec,
	now: number,
	options: AttemptOptions = {}
): Promise<QuizAttemptRecord> {
	const attempt: QuizAttemptRecord = { id: crypto.randomUUID(), startedAt: now, spec, answers: [] };
	if (options.assignmentId) attempt.assignmentId = options.assignmentId;
	await db().quizAttempts.add(attempt);
	return attempt;
}

async function unfinished(attemptId: string): Promise<QuizAttemptRecord> {
	const attempt = await db().quizAttempts.get(attemptId);
	if (!attempt) throw new Error(`Quiz attempt ${attemptId} not found`);
	if (attempt.finishedAt !== undefined) throw new Error(`Quiz attempt ${attemptId} is already finished`);
	return attempt;
}

/**
 * Stores the answer to question `index` (null: skipped or out of time). Answers are given in order, so
 * `index` is at most the number already stored; storing one again replaces it.
 */
export async function saveAnswer(attemptId: string, index: number, answer: QuizAnswer | null): Promise<void> {
	await db().transaction('rw', db().quizAttempts, async () => {
		const attempt = await unfinished(attemptId);
		if (!Number.isInteger(index) || index < 0 || index > attempt.answers.length) {
			throw new RangeError(`Answer ${index} is out of order (${attempt.answers.length} stored)`);
		}
		const answers = attempt.answers.slice();
		answers[index] = answer;
		await db().quizAttempts.update(attemptId, { answers });
	});
}

/**
 * Finishes the attempt with its score and records each miss as a quiz miss, in one transaction. Finishing
 * twice changes nothing (a double tap or a second tab does not record the misses again).
 */
export async function finishAttempt(
	attemptId: string,
	now: number,
	score: number,
	maxScore: number,
	misses: readonly AttemptMiss[] = []
): Promise<QuizAttemptRecord> {
	const database = db();
	return database.transaction('rw', [database.quizAttempts, database.misses], async () => {
		const attempt = await database.quizAttempts.get(attemptId);
		if (!attempt) throw new Error(`Quiz attempt ${attemptId} not found`);
		if (attempt.finishedAt !== undefined) return attempt;
		const finished: QuizAttemptRecord = { ...attempt, finishedAt: now, score, maxScore };
		await database.quizAttempts.put(finished);
		if (misses.length > 0) {
			await recordQuizMisses(misses.map((m) => ({ ...m, at: now, attemptId })));
		}
		return finished;
	});
}

export async function loadAttempt(id: string): Promise<QuizAttemptRecord | undefined> {
	return db().quizAttempts.get(id);
}

/** The most recently started unfinished attempt: of the assignment, or of the learner's own quizzes. */
export async function latestUnfinished(options: AttemptOptions = {}): Promise<QuizAttemptRecord | undefined> {
	return db()
		.quizAttempts.orderBy('startedAt')
		.reverse()
		.filter((a) => a.finishedAt === undefined && a.assignmentId === options.assignmentId)
		.first();
}

/** Every attempt, newest first. */
export async function listAttempts(): Promise<QuizAttemptRecord[]> {
	return db().quizAttempts.orderBy('startedAt').reverse().toArray();
}

/** Drops an unfinished attempt the learner chose not to resume (finished ones are kept as history). */
export async function discardAttempt(id: string): Promise<void> {
	await db().transaction('rw', db().quizAttempts, async () => {
		const attempt = await db().quizAttempts.get(id);
		if (attempt && attempt.finishedAt === undefined) await db().quizAttempts.delete(id);
	});
}
