import { describe, expect, it } from 'vitest';
import { buildGradebook, questionsInQuizOrder, studentKey, toCsv } from './gradebook';
import type { QuizAnswer, QuizResult } from './result-codec';
import { sampleResult, topicAssignment } from './test-fixtures';

const assignment = topicAssignment({ dueAt: 1_730_001_600_000, timeLimitSec: 1200 });
const START = 1_730_000_000_000;

const answersOf = (pattern: string): QuizAnswer[] =>
	[...pattern].map((mark) =>
		mark === '1' ? { correct: true } : mark === 'p' ? { correct: 0.5 } : { correct: false }
	);

function result(
	student: string,
	pattern: string,
	minutes = 10,
	overrides: Partial<QuizResult> = {}
): QuizResult {
	const answers = answersOf(pattern);
	const score = answers.reduce(
		(sum, answer) => sum + (answer.correct === true ? 1 : answer.correct ? 0.5 : 0),
		0
	);
	return sampleResult({
		student,
		answers,
		score,
		maxScore: answers.length,
		startedAt: START,
		finishedAt: START + minutes * 60_000,
		...overrides
	});
}

describe('gradebook', () => {
	it('makes a row per student, alphabetically, with score, percent, time and misses', () => {
		const book = buildGradebook(assignment, [
			result('Omar Said', '1100', 12),
			result('amira Haddad', '1p10', 8)
		]);
		expect(book.rows.map((row) => row.student)).toEqual(['amira Haddad', 'Omar Said']);
		const [amira, omar] = book.rows;
		expect(amira).toMatchObject({ score: 2.5, maxScore: 4, percent: 62.5, timeTakenMs: 480_000 });
		expect(amira!.credits).toEqual([1, 0.5, 1, 0]);
		expect(amira!.missed).toEqual([3]);
		expect(amira!.partial).toEqual([1]);
		expect(omar).toMatchObject({ percent: 50, missed: [2, 3], partial: [], attempts: 1 });
		expect(book.averagePercent).toBe(56.25);
		expect(book.questionCount).toBe(4);
	});

	it('orders questions most-missed first and names who missed each', () => {
		const book = buildGradebook(assignment, [result('A', '1000'), result('B', '1p01'), result('C', '1101')]);
		expect(book.questions.map((question) => question.index)).toEqual([2, 1, 3, 0]);
		const [worst, second] = book.questions;
		expect(worst).toMatchObject({ label: 'Q3', missedBy: ['A', 'B', 'C'], correctCount: 0, missRate: 1 });
		expect(second).toMatchObject({ missedBy: ['A'], partialBy: ['B'], correctCount: 1, missRate: 0.5 });
		expect(book.questions[3]).toMatchObject({ index: 0, missedBy: [], correctCount: 3, missRate: 0 });
	});

	it('uses question labels when given', () => {
		const book = buildGradebook(assignment, [result('A', '10')], {
			questionLabels: ['Who led the Mosul offensive?', 'Where is Al-Qaim?']
		});
		expect(book.questions.map((question) => question.label)).toEqual([
			'Q2 · Where is Al-Qaim?',
			'Q1 · Who led the Mosul offensive?'
		]);
	});

	it('keeps only the latest attempt of a student who submitted twice, and says so', () => {
		const first = result('Amira Haddad', '0000', 10);
		const retake = result(' amira  haddad', '1111', 10, {
			startedAt: START + 3_600_000,
			finishedAt: START + 4_000_000
		});
		const book = buildGradebook(assignment, [retake, first]);
		expect(book.rows).toHaveLength(1);
		expect(book.rows[0]).toMatchObject({ student: ' amira  haddad', percent: 100, attempts: 2 });
		expect(book.notes).toEqual([
			{
				kind: 'duplicate',
				student: ' amira  haddad',
				message: ' amira  haddad sent 2 different results; only the latest counts.'
			}
		]);
	});

	it('counts the same code pasted twice once', () => {
		const once = result('Omar', '1010');
		const book = buildGradebook(assignment, [once, { ...once }]);
		expect(book.rows).toHaveLength(1);
		expect(book.rows[0]!.attempts).toBe(1);
		expect(book.notes.map((note) => note.kind)).toEqual(['pasted-twice']);
	});

	it('leaves out results of other assignments, and flags short results, late and over-time work', () => {
		const book = buildGradebook(assignment, [
			result('Lina', '11', 25),
			result('Sami', '1111', 5, { finishedAt: 1_730_002_000_000, startedAt: 1_730_001_700_000 }),
			result('Other', '1111', 5, { assignmentId: 'differentId' })
		]);
		expect(book.rows.map((row) => row.student)).toEqual(['Lina', 'Sami']);
		expect(book.notes.map((note) => [note.kind, note.student])).toEqual([
			['other-assignment', 'Other'],
			['question-count', 'Lina']
		]);
		const [lina, sami] = book.rows;
		expect(lina).toMatchObject({ credits: [1, 1, 0, 0], missed: [2, 3], overTime: true, late: false });
		expect(sami).toMatchObject({ late: true, overTime: false });
	});

	it('is empty but well-formed with no results', () => {
		const book = buildGradebook(assignment, []);
		expect(book).toMatchObject({
			rows: [],
			questions: [],
			notes: [],
			averagePercent: null,
			questionCount: 0
		});
		expect(toCsv(book)).toBe(
			'Student,Score,Max score,Percent,Time taken (seconds),Started (UTC),Finished (UTC),Late\r\n'
		);
	});

	it('treats spacing and case as the same student', () => {
		expect(studentKey('  Amira   HADDAD ')).toBe(studentKey('amira haddad'));
		expect(studentKey('Amira Haddad')).not.toBe(studentKey('Amira Hadad'));
	});
});

describe('gradebook CSV', () => {
	it('writes one row per student with questions in quiz order, the table’s order too', () => {
		const book = buildGradebook(assignment, [result('Haddad, Amira', '1p0', 12.5), result('Omar', '111', 3)]);
		expect(book.questions.map((question) => question.index)).toEqual([2, 1, 0]);
		expect(questionsInQuizOrder(book).map((question) => question.index)).toEqual([0, 1, 2]);
		expect(toCsv(book).split('\r\n')).toEqual([
			'Student,Score,Max score,Percent,Time taken (seconds),Started (UTC),Finished (UTC),Late,Q1,Q2,Q3',
			'"Haddad, Amira",1.5,3,50,750,2024-10-27T03:33:20Z,2024-10-27T03:45:50Z,no,1,0.5,0',
			'Omar,3,3,100,180,2024-10-27T03:33:20Z,2024-10-27T03:36:20Z,no,1,1,1',
			''
		]);
	});

	it('writes the grade-import form: the student, one numeric column per question named Q1…, then the totals', () => {
		const book = buildGradebook(
			assignment,
			[result('Haddad, Amira', '1p0', 12.5), result('Omar', '111', 3)],
			{
				questionLabels: ['Who retook Mosul?', 'When, exactly?', 'Where is Raqqa?']
			}
		);
		expect(toCsv(book, 'grade-import').split('\r\n')).toEqual([
			'Student,Q1,Q2,Q3,Score,Max score,Percent',
			'"Haddad, Amira",1,0.5,0,1.5,3,50',
			'Omar,1,1,1,3,3,100',
			''
		]);
	});

	it('defuses formula-like names in the grade-import form too', () => {
		const book = buildGradebook(assignment, [result('=cmd|calc', '1'), result('-2+3', '1')]);
		expect(toCsv(book, 'grade-import').split('\r\n').slice(1, 3)).toEqual([
			"'-2+3,1,1,1,100",
			"'=cmd|calc,1,1,1,100"
		]);
	});

	it('rounds points and percentages by the app’s one rule, as the student’s screen shows them', () => {
		const credits = [1, 0.25, 1, 0, 0, 0, 0, 0];
		const answers = credits.map((correct) => ({ correct: correct === 1 ? true : correct || false }));
		const book = buildGradebook(assignment, [result('Lina', '1', 10, { answers, score: 2.25, maxScore: 8 })]);
		const row = toCsv(book).split('\r\n')[1]!;
		// "2.3 out of 8 (28%)" on the student's screen (pointsText, scorePercent).
		expect(row.startsWith('Lina,2.3,8,28,')).toBe(true);
		expect(row.endsWith(',1,0.3,1,0,0,0,0,0')).toBe(true);
	});

	it('defuses formula-like and script-like names and keeps them readable', () => {
		const book = buildGradebook(assignment, [
			result('=HYPERLINK("http://evil.example","grade")', '1'),
			result('@SUM(1+1)', '1'),
			result('<script>alert(1)</script>', '1')
		]);
		const lines = toCsv(book).split('\r\n');
		expect(lines).toContain(
			`"'=HYPERLINK(""http://evil.example"",""grade"")",1,1,100,600,2024-10-27T03:33:20Z,2024-10-27T03:43:20Z,no,1`
		);
		expect(lines.some((line) => line.startsWith("'@SUM(1+1),"))).toBe(true);
		expect(lines.some((line) => line.startsWith('<script>alert(1)</script>,'))).toBe(true);
	});
});
