/**
 * Kahoot's quiz spreadsheet (.xlsx), laid out as its template: instructions on top, the header on row 8, one
 * question a row from row 9 (number in A, question in B, answers in C–F, time limit in G, the right answer's
 * number in H). Kahoot takes multiple choice with two to four answers, a question of at most 120 characters and
 * answers of at most 75. Questions that do not fit are left out, never cut: a shortened question is a different
 * question. True/false questions go in as two answers, True and False.
 */
import type { Question } from '../quiz';
import { bankLimitNotes, bankQuestions } from './bank';
import { exportFileName } from './selection';
import type { Exporter } from './types';
import { writeXlsx, type XlsxCell } from './xlsx';

export const KAHOOT_QUESTION_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;
export const KAHOOT_FIRST_ROW = 9;

/** What Kahoot shows: a question, 2–4 answers, the 0-based index of the right one. */
export interface KahootRow {
	question: string;
	answers: string[];
	correctIndex: number;
	timeLimitSec: number;
}

/** Seconds to read and answer: Kahoot allows 5, 10, 20, 30, 60, 90, 120 or 240. */
function timeLimitFor(question: string, answers: string[]): number {
	const reading = question.length + answers.reduce((sum, a) => sum + a.length, 0);
	return reading <= 120 ? 20 : reading <= 240 ? 30 : 60;
}

/** The question as a Kahoot row, or null when Kahoot cannot hold it as it is. */
export function kahootRow(question: Question): KahootRow | null {
	let text: string;
	let answers: string[];
	let correctIndex: number;
	if (question.mode === 'multiple-choice' || question.mode === 'map-identify') {
		if (question.mode === 'map-identify') return null; // needs its map
		text = question.prompt;
		answers = question.options;
		correctIndex = question.correctIndex;
	} else if (question.mode === 'true-false') {
		text = question.statement;
		answers = ['True', 'False'];
		correctIndex = question.truth ? 0 : 1;
	} else return null;
	const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
	text = flat(text);
	answers = answers.map(flat);
	if (text.length === 0 || text.length > KAHOOT_QUESTION_MAX) return null;
	if (answers.length < 2 || answers.length > 4) return null;
	if (answers.some((a) => a.length === 0 || a.length > KAHOOT_ANSWER_MAX)) return null;
	return { question: text, answers, correctIndex, timeLimitSec: timeLimitFor(text, answers) };
}

const INSTRUCTIONS = [
	'Kahoot quiz made with Sourcedeck',
	'Upload this file in Kahoot: Create › Add question › Import spreadsheet.',
	'Each row is a question with two to four answers, a time limit and the number of the right answer.',
	`Questions fit Kahoot's limits (${KAHOOT_QUESTION_MAX} characters; answers ${KAHOOT_ANSWER_MAX}): longer ones were left out, not shortened.`
];
const HEADER = [
	'',
	`Question - max ${KAHOOT_QUESTION_MAX} characters`,
	`Answer 1 - max ${KAHOOT_ANSWER_MAX} characters`,
	`Answer 2 - max ${KAHOOT_ANSWER_MAX} characters`,
	`Answer 3 - max ${KAHOOT_ANSWER_MAX} characters`,
	`Answer 4 - max ${KAHOOT_ANSWER_MAX} characters`,
	'Time limit (sec) - 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];

export const kahoot: Exporter = {
	id: 'kahoot',
	label: 'Kahoot spreadsheet (.xlsx)',
	extension: 'xlsx',
	mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	holds: 'questions',
	async write(input) {
		const questions =
			input.questions ??
			bankQuestions(input.pack, {
				cardIds: input.cardIds,
				seed: input.seed ?? input.pack.version,
				modes: ['multiple-choice', 'true-false']
			});
		const rows = questions.map(kahootRow).filter((row): row is KahootRow => row !== null);
		const sheetRows: XlsxCell[][] = INSTRUCTIONS.map((line) => ['', line]);
		while (sheetRows.length < KAHOOT_FIRST_ROW - 2) sheetRows.push([]);
		sheetRows.push(HEADER);
		rows.forEach((row, i) =>
			sheetRows.push([
				i + 1,
				row.question,
				row.answers[0],
				row.answers[1],
				row.answers[2],
				row.answers[3],
				row.timeLimitSec,
				row.correctIndex + 1
			])
		);
		const left = questions.length - rows.length;
		const notes = input.questions ? [] : bankLimitNotes(input.pack, input.cardIds);
		if (left > 0)
			notes.push(
				`${left} of ${questions.length} questions were left out: Kahoot takes multiple choice and true/false only, with a question of at most ${KAHOOT_QUESTION_MAX} characters and answers of at most ${KAHOOT_ANSWER_MAX}.`
			);
		notes.push('Kahoot has no place for sources: they are not in this file.');
		return {
			fileName: exportFileName(input.pack, this.extension),
			mimeType: this.mimeType,
			bytes: writeXlsx(
				{
					name: 'Kahoot quiz',
					rows: sheetRows,
					boldRows: [1, KAHOOT_FIRST_ROW - 1],
					columnWidths: [5, 60, 30, 30, 30, 30, 16, 16]
				},
				input.now
			),
			count: rows.length,
			notes
		};
	}
};
