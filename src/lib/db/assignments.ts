/**
 * Shared quiz sets: the teacher's own (with the results students hand back) and the ones a student opened from a
 * link. A student's copy is stored under its own key, so a teacher who tries their own link on the same device
 * keeps both.
 */
import { AssignmentSetSchema, type AssignmentSet } from '../domain/share/assignment-set';
import { crc32 } from '../domain/share/crc32';
import { studentKey } from '../domain/share/gradebook';
import { QuizResultSchema, type QuizResult } from '../domain/share/quiz-result';
import * as v from 'valibot';
import { db } from './database';
import type { AssignmentRecord, ResultRecord } from './records';

export type AssignmentRole = AssignmentRecord['role'];

/** An assignment record whose set passed validation again on the way out. */
export interface StoredAssignment extends AssignmentRecord {
	set: AssignmentSet;
}

/** The key of a student's copy of the set `setId`. */
export const studentRecordId = (setId: string): string => `student:${setId}`;

/** The first library upgrade named a set's pack as `pack: { id }`; sets now name theirs as a list. */
function withPacksList(set: unknown): unknown {
	const { pack, ...rest } = (set ?? {}) as { pack?: unknown; packs?: unknown };
	return pack && typeof pack === 'object' && rest.packs === undefined ? { ...rest, packs: [pack] } : set;
}

/** Null when the stored set no longer validates (e.g. a hand-edited backup): such rows are skipped. */
function checked(record: AssignmentRecord | undefined): StoredAssignment | null {
	if (!record) return null;
	const parsed = v.safeParse(AssignmentSetSchema, withPacksList(record.set));
	return parsed.success ? { ...record, set: parsed.output } : null;
}

/** Saves (or replaces) a set the teacher made; its id is the set's id. */
export async function saveTeacherAssignment(
	set: AssignmentSet,
	link: string,
	now: number
): Promise<StoredAssignment> {
	const record: StoredAssignment = {
		id: set.id,
		role: 'teacher',
		createdAt: now,
		set,
		link,
		status: 'open'
	};
	await db().assignments.put(record);
	return record;
}

export async function getAssignment(id: string): Promise<StoredAssignment | null> {
	return checked(await db().assignments.get(id));
}

/** The role's assignments, newest first. */
export async function listAssignments(role: AssignmentRole): Promise<StoredAssignment[]> {
	const rows = await db().assignments.where('role').equals(role).toArray();
	return rows
		.map(checked)
		.filter((row): row is StoredAssignment => row !== null)
		.sort((a, b) => b.createdAt - a.createdAt);
}

/** The open ones of a student's assignments, the soonest due first (those with no due date last, newest first). */
export function openSoonestDue(rows: readonly StoredAssignment[]): StoredAssignment[] {
	const open = rows.filter((row) => row.status === 'open');
	const due = (row: StoredAssignment) => row.set.dueAt ?? Number.POSITIVE_INFINITY;
	return open.sort((a, b) => due(a) - due(b) || b.createdAt - a.createdAt);
}

/** An assignment the student took on this device, with how it went. */
export interface TakenAssignment extends StoredAssignment {
	/** The score and maximum of the finished attempt (unrounded), when it is still stored. */
	score?: number;
	maxScore?: number;
}

/**
 * The assignments a student opened here, finished ones first (the most recent first), then the unfinished ones
 * (newest first), each with its attempt's score; read in one transaction.
 */
export async function listTakenAssignments(): Promise<TakenAssignment[]> {
	const database = db();
	return database.transaction('r', [database.assignments, database.quizAttempts], async () => {
		const rows = await listAssignments('student');
		const attemptIds = rows.flatMap((row) => (row.attemptId ? [row.attemptId] : []));
		const attempts = new Map(
			(await database.quizAttempts.bulkGet(attemptIds)).flatMap((attempt) =>
				attempt ? [[attempt.id, attempt]] : []
			)
		);
		const taken = rows.map((row): TakenAssignment => {
			const attempt = row.attemptId ? attempts.get(row.attemptId) : undefined;
			return attempt?.score !== undefined && attempt.maxScore !== undefined
				? { ...row, score: attempt.score, maxScore: attempt.maxScore }
				: row;
		});
		const finished = (row: TakenAssignment) => (row.status === 'done' ? (row.doneAt ?? row.createdAt) : -1);
		return taken.sort((a, b) => finished(b) - finished(a) || b.createdAt - a.createdAt);
	});
}

export interface StudentDetails {
	studentName?: string;
	attemptId?: string;
}

/**
 * Keeps a set a student opened. Opening the same link again returns the stored copy (its name, attempt and
 * status survive); `details` fill in the name and attempt once the student starts.
 */
export async function saveStudentAssignment(
	set: AssignmentSet,
	link: string,
	now: number,
	details: StudentDetails = {}
): Promise<StoredAssignment> {
	const database = db();
	return database.transaction('rw', database.assignments, async () => {
		const id = studentRecordId(set.id);
		const existing = await database.assignments.get(id);
		const record: StoredAssignment = {
			...(existing ?? { id, role: 'student', createdAt: now, status: 'open' }),
			set,
			link
		};
		const name = details.studentName?.trim();
		if (name) record.studentName = name;
		if (details.attemptId) record.attemptId = details.attemptId;
		await database.assignments.put(record);
		return record;
	});
}

/** The student finished: the assignment leaves Today and keeps its result code to show again. */
export async function markDone(id: string, resultCode: string, now: number): Promise<void> {
	const updated = await db().assignments.update(id, { status: 'done', resultCode, doneAt: now });
	if (updated === 0) throw new RangeError(`No assignment ${id}`);
}

/** The same submission always gets the same key, however its code was pasted. */
export function resultRecordId(result: QuizResult): string {
	const fingerprint = JSON.stringify([result.answers, result.score, result.maxScore]);
	const hash = crc32(new TextEncoder().encode(fingerprint)).toString(36);
	const who = studentKey(result.student);
	return `${result.assignmentId}:${who}:${result.startedAt}:${result.finishedAt}:${hash}`;
}

export type AddOutcome = 'added' | 'duplicate';

/**
 * Stores results handed back for the teacher's assignment `assignmentId`, in one transaction; one already
 * stored (or repeated in `results`) is a duplicate and left as it was. Outcomes are in `results` order.
 */
export async function addResults(
	assignmentId: string,
	results: readonly QuizResult[],
	now: number
): Promise<AddOutcome[]> {
	const database = db();
	return database.transaction('rw', [database.assignments, database.results], async () => {
		const assignment = await database.assignments.get(assignmentId);
		if (assignment?.role !== 'teacher') throw new RangeError(`No teacher assignment ${assignmentId}`);
		const seen = new Set<string>();
		const outcomes: AddOutcome[] = [];
		for (const result of results) {
			if (result.assignmentId !== assignmentId)
				throw new RangeError(`A result for ${result.assignmentId} is not for ${assignmentId}`);
			const id = resultRecordId(result);
			if (seen.has(id) || (await database.results.get(id))) {
				outcomes.push('duplicate');
				continue;
			}
			seen.add(id);
			const row: ResultRecord = { id, assignmentId, studentName: result.student, receivedAt: now, result };
			await database.results.add(row);
			outcomes.push('added');
		}
		return outcomes;
	});
}

/** The results received for an assignment, in the order they arrived (any that no longer validate skipped). */
export async function listResults(assignmentId: string): Promise<QuizResult[]> {
	const rows = await db().results.where('assignmentId').equals(assignmentId).toArray();
	return rows
		.sort((a, b) => a.receivedAt - b.receivedAt)
		.flatMap((row) => {
			const parsed = v.safeParse(QuizResultSchema, row.result);
			return parsed.success && parsed.output.assignmentId === assignmentId ? [parsed.output] : [];
		});
}

/** Counts of received results per assignment id (for the teacher's list). */
export async function countResults(assignmentIds: readonly string[]): Promise<Map<string, number>> {
	const counts = new Map(assignmentIds.map((id) => [id, 0]));
	await db()
		.results.where('assignmentId')
		.anyOf([...assignmentIds])
		.each((row) => counts.set(row.assignmentId, (counts.get(row.assignmentId) ?? 0) + 1));
	return counts;
}

/** Deletes an assignment and every result received for it, in one transaction. */
export async function deleteAssignment(id: string): Promise<void> {
	const database = db();
	await database.transaction('rw', [database.assignments, database.results], async () => {
		await database.results.where('assignmentId').equals(id).delete();
		await database.assignments.delete(id);
	});
}
