import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import packJson from '../../content/generated/pack.json';
import type { Pack } from '../pack';
import type { ChoiceQuestion } from '../quiz';
import { bankQuestions, questionText } from './bank';
import { KAHOOT_ANSWER_MAX, KAHOOT_QUESTION_MAX, kahoot } from './kahoot';
import { choice, truth, typed } from './test-questions';

const pack = packJson as unknown as Pack;
const NOW = Date.UTC(2026, 2, 1);

/** The sheet read back by read-excel-file, from Kahoot's first question row on. */
async function questionRows(bytes: Uint8Array) {
	const rows = await readSheet(Buffer.from(bytes));
	const header = rows.findIndex((row) => String(row[1] ?? '').startsWith('Question - max 120'));
	return { rows, header, questions: rows.slice(header + 1) };
}

describe('Kahoot spreadsheet export', () => {
	it("reads back as Kahoot's template: header on row 8, one question a row from row 9 in columns B–H", async () => {
		const questions = bankQuestions(pack, { seed: 'kahoot', modes: ['multiple-choice', 'true-false'] });
		const out = await kahoot.write({ pack, questions, now: NOW });
		const { rows, header, questions: written } = await questionRows(out.bytes);
		expect(header).toBe(7);
		expect(rows[header]!.slice(1, 8)).toEqual([
			'Question - max 120 characters',
			'Answer 1 - max 75 characters',
			'Answer 2 - max 75 characters',
			'Answer 3 - max 75 characters',
			'Answer 4 - max 75 characters',
			'Time limit (sec) - 5, 10, 20, 30, 60, 90, 120, or 240 secs',
			'Correct answer(s) - choose at least one'
		]);
		expect(written).toHaveLength(out.count);
		expect(out.count).toBeGreaterThan(20);
		const texts = new Set(questions.map((q) => questionText(q)));
		written.forEach((row, i) => {
			const [number, question, ...rest] = row;
			const answers = rest.slice(0, 4).filter((a) => a !== null && a !== undefined && a !== '') as string[];
			expect(number).toBe(i + 1);
			// Respected by choosing questions that fit: each is a whole question of the quiz, never a cut one.
			expect(texts.has(String(question))).toBe(true);
			expect(String(question).length).toBeLessThanOrEqual(KAHOOT_QUESTION_MAX);
			expect(answers.length).toBeGreaterThanOrEqual(2);
			for (const answer of answers) expect(answer.length).toBeLessThanOrEqual(KAHOOT_ANSWER_MAX);
			expect([5, 10, 20, 30, 60, 90, 120, 240]).toContain(row[6]);
			expect(Number(row[7])).toBeGreaterThanOrEqual(1);
			expect(Number(row[7])).toBeLessThanOrEqual(answers.length);
		});
	});

	it("puts the right answer's number in H, true/false as True and False, and leaves out what Kahoot cannot hold", async () => {
		const long: ChoiceQuestion = { ...choice, prompt: `${'A very long question '.repeat(7)}?` };
		const longAnswer: ChoiceQuestion = { ...choice, options: ['x'.repeat(76), 'b', 'c', 'd'] };
		const out = await kahoot.write({ pack, questions: [choice, truth, typed, long, longAnswer], now: NOW });
		const { questions: written } = await questionRows(out.bytes);
		expect(written.map((row) => row.slice(1, 8))).toEqual([
			[choice.prompt, ...choice.options, 20, 3],
			[truth.statement, 'True', 'False', null, null, 20, 2]
		]);
		expect(out.notes[0]).toMatch(/^3 of 5 questions were left out/);
	});
});
