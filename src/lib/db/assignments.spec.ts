import { beforeEach, describe, expect, it } from 'vitest';
import { topicAssignment, sampleResult } from '../domain/share/test-fixtures';
import {
	addResults,
	countResults,
	deleteAssignment,
	getAssignment,
	listAssignments,
	openSoonestDue,
	listTakenAssignments,
	listResults,
	markDone,
	resultRecordId,
	saveStudentAssignment,
	saveTeacherAssignment,
	studentRecordId
} from './assignments';
import type { SourcedeckDB } from './database';
import { freshDatabase } from './test-db';

const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const LINK = 'https://example.test/assign/take#a1.AAAA';
const set = topicAssignment();

let database: SourcedeckDB;
beforeEach(() => {
	database = freshDatabase('assignments');
});

describe('teacher assignments', () => {
	it('saves a set under its own id and lists the newest first', async () => {
		const older = topicAssignment({ id: 'older-set', title: 'Older' });
		await saveTeacherAssignment(older, LINK, NOW - 1000);
		await saveTeacherAssignment(set, LINK, NOW);
		const listed = await listAssignments('teacher');
		expect(listed.map((row) => row.id)).toEqual([set.id, 'older-set']);
		expect(listed[0]).toMatchObject({ role: 'teacher', status: 'open', link: LINK, createdAt: NOW, set });
		expect(await listAssignments('student')).toEqual([]);
	});

	it('skips a stored row whose set no longer validates', async () => {
		await saveTeacherAssignment(set, LINK, NOW);
		await database.assignments.put({
			id: 'broken',
			role: 'teacher',
			createdAt: NOW,
			set: { title: 42 },
			link: LINK,
			status: 'open'
		});
		expect((await listAssignments('teacher')).map((row) => row.id)).toEqual([set.id]);
		expect(await getAssignment('broken')).toBeNull();
	});

	it('deleting an assignment removes its results in the same transaction', async () => {
		await saveTeacherAssignment(set, LINK, NOW);
		await addResults(set.id, [sampleResult()], NOW);
		await deleteAssignment(set.id);
		expect(await getAssignment(set.id)).toBeNull();
		expect(await database.results.count()).toBe(0);
	});
});

describe('student assignments', () => {
	it('keeps a student copy apart from the teacher copy of the same set', async () => {
		await saveTeacherAssignment(set, LINK, NOW);
		const copy = await saveStudentAssignment(set, LINK, NOW + 5);
		expect(copy.id).toBe(studentRecordId(set.id));
		expect(copy).toMatchObject({ role: 'student', status: 'open', createdAt: NOW + 5 });
		expect(copy.studentName).toBeUndefined();
		expect(await database.assignments.count()).toBe(2);
		expect((await getAssignment(set.id))?.role).toBe('teacher');
	});

	it('opening the link again keeps the name, attempt and status', async () => {
		await saveStudentAssignment(set, LINK, NOW, { studentName: '  Amira Haddad ', attemptId: 'att-1' });
		const again = await saveStudentAssignment(set, LINK, NOW + 60_000);
		expect(again).toMatchObject({ studentName: 'Amira Haddad', attemptId: 'att-1', createdAt: NOW });
		await markDone(again.id, 'SDR1-ABC', NOW + 120_000);
		const reopened = await saveStudentAssignment(set, LINK, NOW + 180_000);
		expect(reopened).toMatchObject({ status: 'done', resultCode: 'SDR1-ABC', doneAt: NOW + 120_000 });
	});

	it('lists open assignments soonest due first, done ones not at all', async () => {
		const later = topicAssignment({ id: 'due-later', dueAt: NOW + 5 * 86_400_000 });
		const sooner = topicAssignment({ id: 'due-sooner', dueAt: NOW + 86_400_000 });
		const undated = topicAssignment({ id: 'no-due-date', dueAt: undefined });
		const finished = topicAssignment({ id: 'finished', dueAt: NOW });
		for (const each of [undated, later, sooner, finished]) await saveStudentAssignment(each, LINK, NOW);
		await markDone(studentRecordId('finished'), 'SDR1-X', NOW);
		expect(openSoonestDue(await listAssignments('student')).map((row) => row.set.id)).toEqual([
			'due-sooner',
			'due-later',
			'no-due-date'
		]);
	});

	it('lists what the student took: finished ones latest first with their score and code, then the rest', async () => {
		const first = topicAssignment({ id: 'first-quiz' });
		const second = topicAssignment({ id: 'second-quiz' });
		const started = topicAssignment({ id: 'started-quiz' });
		await database.quizAttempts.bulkAdd([
			{
				id: 'att-1',
				startedAt: NOW,
				finishedAt: NOW + 60_000,
				spec: first.spec,
				answers: [],
				score: 2.25,
				maxScore: 8
			},
			{
				id: 'att-2',
				startedAt: NOW,
				finishedAt: NOW + 90_000,
				spec: second.spec,
				answers: [],
				score: 7,
				maxScore: 8
			},
			{ id: 'att-3', startedAt: NOW, spec: started.spec, answers: [] }
		]);
		await saveStudentAssignment(first, LINK, NOW, { studentName: 'Amira', attemptId: 'att-1' });
		await saveStudentAssignment(second, LINK, NOW + 1, { studentName: 'Amira', attemptId: 'att-2' });
		await saveStudentAssignment(started, LINK, NOW + 2, { studentName: 'Amira', attemptId: 'att-3' });
		await markDone(studentRecordId('first-quiz'), 'SDR2-FIRST', NOW + 60_000);
		await markDone(studentRecordId('second-quiz'), 'SDR2-SECOND', NOW + 30_000);
		await saveTeacherAssignment(topicAssignment({ id: 'teachers-own' }), LINK, NOW);

		const taken = await listTakenAssignments();
		expect(taken.map((row) => [row.set.id, row.status, row.resultCode, row.score, row.maxScore])).toEqual([
			['first-quiz', 'done', 'SDR2-FIRST', 2.25, 8],
			['second-quiz', 'done', 'SDR2-SECOND', 7, 8],
			['started-quiz', 'open', undefined, undefined, undefined]
		]);
	});

	it('markDone refuses an unknown assignment', async () => {
		await expect(markDone('nope', 'SDR1-X', NOW)).rejects.toThrow(RangeError);
	});
});

describe('results', () => {
	beforeEach(async () => {
		await saveTeacherAssignment(set, LINK, NOW);
	});

	it('adds new results and reports repeats as duplicates, in the order given', async () => {
		const amira = sampleResult();
		const omar = sampleResult({ student: 'Omar Saleh', startedAt: amira.startedAt + 1 });
		expect(await addResults(set.id, [amira, omar, amira], NOW)).toEqual(['added', 'added', 'duplicate']);
		// The same code pasted later, with the name typed in other case and spacing, is still a duplicate.
		const retyped = { ...amira, student: 'amira  HADDAD' };
		expect(await addResults(set.id, [retyped], NOW + 1)).toEqual(['duplicate']);
		expect(await listResults(set.id)).toEqual([amira, omar]);
		expect(await countResults([set.id, 'other'])).toEqual(
			new Map([
				[set.id, 2],
				['other', 0]
			])
		);
	});

	it('a second, different attempt by the same student is kept (the gradebook picks the latest)', async () => {
		const first = sampleResult();
		const second = sampleResult({ finishedAt: first.finishedAt + 1000, score: 1 });
		expect(resultRecordId(first)).not.toBe(resultRecordId(second));
		expect(await addResults(set.id, [first, second], NOW)).toEqual(['added', 'added']);
		expect(await listResults(set.id)).toHaveLength(2);
	});

	it('writes nothing when one result in the batch is for another assignment', async () => {
		const stray = sampleResult({ assignmentId: 'another-set' });
		await expect(addResults(set.id, [sampleResult(), stray], NOW)).rejects.toThrow(RangeError);
		expect(await database.results.count()).toBe(0);
	});

	it('refuses results for an assignment that is not the teacher’s', async () => {
		await saveStudentAssignment(topicAssignment({ id: 'theirs' }), LINK, NOW);
		await expect(addResults('theirs', [sampleResult({ assignmentId: 'theirs' })], NOW)).rejects.toThrow(
			RangeError
		);
		await expect(addResults(studentRecordId('theirs'), [], NOW)).rejects.toThrow(RangeError);
	});

	it('lists results oldest first, skipping stored rows that no longer validate', async () => {
		const late = sampleResult({ student: 'Zed' });
		const early = sampleResult({ student: 'Ann' });
		await addResults(set.id, [late], NOW + 10);
		await addResults(set.id, [early], NOW);
		await database.results.add({
			id: 'junk',
			assignmentId: set.id,
			studentName: 'x',
			receivedAt: NOW,
			result: { score: 'lots' }
		});
		expect((await listResults(set.id)).map((result) => result.student)).toEqual(['Ann', 'Zed']);
	});
});
