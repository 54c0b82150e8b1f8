/**
 * The class gradebook of one assignment: a row per student, a column per question, and which questions the
 * class missed most. Built from decoded result codes; pure.
 */

import { roundPoints, scorePercent } from '../points';
import type { AssignmentSet } from './assignment-codec';
import { toCsvText, type CsvCell } from './csv';
import { creditOf, type QuizResult } from './quiz-result';
import { madeOnFirstUse } from '../made-on-first-use';

export interface GradebookRow {
	/** As spelled in the kept submission. */
	student: string;
	score: number;
	maxScore: number;
	/** 0..100. */
	percent: number;
	timeTakenMs: number;
	startedAt: number;
	finishedAt: number;
	/** Credit per question in quiz order, 0..1; 0 when the question was not answered. */
	credits: number[];
	/** What the student gave per question, when the code carries it. */
	given: (string | undefined)[];
	/** Question indexes (quiz order, from 0) with no credit, and with partial credit. */
	missed: number[];
	partial: number[];
	/** Finished after the due date. */
	late: boolean;
	/** Took longer than the time limit. */
	overTime: boolean;
	/** How many different results this student sent (only the latest counts). */
	attempts: number;
}

export interface GradebookQuestion {
	/** Position in the quiz, from 0. */
	index: number;
	/** "Q3", or "Q3 · <label>" when labels were given. */
	label: string;
	missedBy: string[];
	partialBy: string[];
	correctCount: number;
	/** Share of the available credit the class lost on it, 0..1. */
	missRate: number;
}

export type GradebookNoteKind = 'duplicate' | 'pasted-twice' | 'other-assignment' | 'question-count';

export interface GradebookNote {
	kind: GradebookNoteKind;
	student?: string;
	message: string;
}

export interface Gradebook {
	assignmentId: string;
	title: string;
	questionCount: number;
	/** Alphabetical by student. */
	rows: GradebookRow[];
	/** Most missed first (the "most-missed questions" list); `questionsInQuizOrder` for the table and CSV. */
	questions: GradebookQuestion[];
	/** Everything handled on the teacher's behalf, to show beside the table. */
	notes: GradebookNote[];
	/** Class average 0..100, or null with no results. */
	averagePercent: number | null;
}

export interface GradebookOptions {
	/** Question prompts in quiz order (from regenerating the quiz); also fixes the number of questions. */
	questionLabels?: readonly string[];
}

/** Same student despite spacing and case: "Amira  Haddad " and "amira haddad". */
export function studentKey(name: string): string {
	return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function sameSubmission(a: QuizResult, b: QuizResult): boolean {
	return (
		a.startedAt === b.startedAt &&
		a.finishedAt === b.finishedAt &&
		a.score === b.score &&
		JSON.stringify(a.answers) === JSON.stringify(b.answers)
	);
}

/** Alphabetical regardless of case and accents; a fixed locale keeps the order the same on every device. */
const byName = madeOnFirstUse(() => new Intl.Collator('en', { sensitivity: 'base' }));

interface Kept {
	result: QuizResult;
	/** Distinct submissions seen for this student. */
	distinct: QuizResult[];
}

export function buildGradebook(
	assignment: AssignmentSet,
	results: readonly QuizResult[],
	options: GradebookOptions = {}
): Gradebook {
	const notes: GradebookNote[] = [];
	const byStudent = new Map<string, Kept>();
	for (const result of results) {
		if (result.assignmentId !== assignment.id) {
			notes.push({
				kind: 'other-assignment',
				student: result.student,
				message: `${result.student}'s result belongs to another assignment and was left out.`
			});
			continue;
		}
		const key = studentKey(result.student);
		const kept = byStudent.get(key);
		if (!kept) {
			byStudent.set(key, { result, distinct: [result] });
			continue;
		}
		if (kept.distinct.some((earlier) => sameSubmission(earlier, result))) {
			notes.push({
				kind: 'pasted-twice',
				student: result.student,
				message: `${result.student}'s code was pasted more than once; it counts once.`
			});
			continue;
		}
		kept.distinct.push(result);
		// The latest attempt wins; on a tie, the one pasted last.
		if (result.finishedAt >= kept.result.finishedAt) kept.result = result;
	}
	for (const { result, distinct } of byStudent.values())
		if (distinct.length > 1)
			notes.push({
				kind: 'duplicate',
				student: result.student,
				message: `${result.student} sent ${distinct.length} different results; only the latest counts.`
			});

	const kept = [...byStudent.values()];
	const questionCount =
		options.questionLabels?.length ?? Math.max(0, ...kept.map(({ result }) => result.answers.length));
	for (const { result } of kept)
		if (result.answers.length !== questionCount)
			notes.push({
				kind: 'question-count',
				student: result.student,
				message: `${result.student}'s result has ${result.answers.length} answers for ${questionCount} questions; missing ones count as missed.`
			});

	const limitSec = assignment.timeLimitSec ?? assignment.spec.timeLimitSec;
	const rows = kept
		.map(({ result, distinct }) => toRow(result, distinct.length, questionCount, assignment.dueAt, limitSec))
		.sort((a, b) => byName().compare(a.student, b.student));

	return {
		assignmentId: assignment.id,
		title: assignment.title,
		questionCount,
		rows,
		questions: questionStats(rows, questionCount, options.questionLabels),
		notes,
		averagePercent: rows.length ? rows.reduce((sum, row) => sum + row.percent, 0) / rows.length : null
	};
}

function toRow(
	result: QuizResult,
	attempts: number,
	questionCount: number,
	dueAt: number | undefined,
	limitSec: number | undefined
): GradebookRow {
	const credits: number[] = [];
	const given: (string | undefined)[] = [];
	for (let index = 0; index < questionCount; index++) {
		const answer = result.answers[index];
		credits.push(answer ? creditOf(answer) : 0);
		given.push(answer?.given);
	}
	const timeTakenMs = result.finishedAt - result.startedAt;
	return {
		student: result.student,
		score: result.score,
		maxScore: result.maxScore,
		percent: result.maxScore > 0 ? (result.score / result.maxScore) * 100 : 0,
		timeTakenMs,
		startedAt: result.startedAt,
		finishedAt: result.finishedAt,
		credits,
		given,
		missed: indexesWhere(credits, (credit) => credit === 0),
		partial: indexesWhere(credits, (credit) => credit > 0 && credit < 1),
		late: dueAt !== undefined && result.finishedAt > dueAt,
		overTime: limitSec !== undefined && timeTakenMs > limitSec * 1000,
		attempts
	};
}

function indexesWhere(values: number[], test: (value: number) => boolean): number[] {
	return values.flatMap((value, index) => (test(value) ? [index] : []));
}

function questionStats(
	rows: GradebookRow[],
	questionCount: number,
	labels: readonly string[] | undefined
): GradebookQuestion[] {
	const questions = Array.from({ length: questionCount }, (_, index) => {
		const lost = rows.reduce((sum, row) => sum + (1 - row.credits[index]!), 0);
		const label = labels?.[index];
		return {
			index,
			label: label ? `Q${index + 1} · ${label}` : `Q${index + 1}`,
			missedBy: rows.filter((row) => row.credits[index] === 0).map((row) => row.student),
			partialBy: rows.filter((row) => row.partial.includes(index)).map((row) => row.student),
			correctCount: rows.filter((row) => row.credits[index] === 1).length,
			missRate: rows.length ? lost / rows.length : 0
		};
	});
	return questions.sort(
		(a, b) => b.missRate - a.missRate || b.missedBy.length - a.missedBy.length || a.index - b.index
	);
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The questions as the students met them, Q1 first: the order of the table's columns and of the CSV's. */
export function questionsInQuizOrder(gradebook: Gradebook): GradebookQuestion[] {
	return [...gradebook.questions].sort((a, b) => a.index - b.index);
}

/**
 * What a gradebook CSV is for: `full` for the teacher's spreadsheet (times, late flag, question labels);
 * `grade-import` for an LMS or spreadsheet grade import: the student, then numbers only, one column per question
 * named Q1, Q2 … (short and unique, as grade items need), then the totals.
 */
export type GradebookCsvForm = 'full' | 'grade-import';

/**
 * The gradebook as RFC 4180 CSV: one row per student, questions in quiz order (1 right, 0 missed). Points and
 * percentages are rounded as the app shows them (`points.ts`), so the file says what the student saw.
 */
export function toCsv(gradebook: Gradebook, form: GradebookCsvForm = 'full'): string {
	const inQuizOrder = questionsInQuizOrder(gradebook);
	const credits = (row: GradebookRow) =>
		inQuizOrder.map((question) => roundPoints(row.credits[question.index]!));
	if (form === 'grade-import') {
		const header: CsvCell[] = [
			'Student',
			...inQuizOrder.map((question) => `Q${question.index + 1}`),
			'Score',
			'Max score',
			'Percent'
		];
		const rows = gradebook.rows.map((row): CsvCell[] => [
			row.student,
			...credits(row),
			roundPoints(row.score),
			roundPoints(row.maxScore),
			scorePercent(row.score, row.maxScore)
		]);
		return toCsvText([header, ...rows]);
	}
	const header: CsvCell[] = [
		'Student',
		'Score',
		'Max score',
		'Percent',
		'Time taken (seconds)',
		'Started (UTC)',
		'Finished (UTC)',
		'Late',
		...inQuizOrder.map((question) => question.label)
	];
	const rows = gradebook.rows.map((row): CsvCell[] => [
		row.student,
		roundPoints(row.score),
		roundPoints(row.maxScore),
		scorePercent(row.score, row.maxScore),
		Math.round(row.timeTakenMs / 1000),
		isoSeconds(row.startedAt),
		isoSeconds(row.finishedAt),
		row.late ? 'yes' : 'no',
		...credits(row)
	]);
	return toCsvText([header, ...rows]);
}
