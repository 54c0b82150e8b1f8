/**
 * Moodle XML question bank (Question bank › Import › Moodle XML format): multiple choice, true/false, short
 * answer with every accepted spelling at full marks, and matching (extra right-hand labels as wrong choices).
 * All text is plain_text, so Moodle shows it as written; the source and excerpts are the general feedback.
 */
import type { Question } from '../quiz';
import { bankLimitNotes, bankQuestions, questionFeedback, questionText } from './bank';
import { sourcesById } from './evidence';
import { questionTitle } from './gift';
import { exportFileName, utf8 } from './selection';
import type { Exporter } from './types';
import { xmlText } from './xlsx';

const text = (value: string) => `<text>${xmlText(value)}</text>`;
const plain = (tag: string, value: string, attributes = '') =>
	`<${tag}${attributes} format="plain_text">${text(value)}</${tag}>`;

function answer(fraction: number, value: string, feedback = ''): string {
	return `<answer fraction="${fraction}" format="plain_text">${text(value)}${plain('feedback', feedback)}</answer>`;
}

/** One `<question>` element, or null for a mode Moodle has no equivalent for. */
export function moodleQuestion(question: Question, feedback: string, title: string): string | null {
	const common =
		`<name>${text(title)}</name>` +
		plain('questiontext', questionText(question)) +
		plain('generalfeedback', feedback) +
		'<defaultgrade>1</defaultgrade><hidden>0</hidden>';
	switch (question.mode) {
		case 'multiple-choice':
			return (
				`<question type="multichoice">${common}<penalty>0.3333333</penalty>` +
				'<single>true</single><shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering>' +
				question.options.map((option, i) => answer(i === question.correctIndex ? 100 : 0, option)).join('') +
				'</question>'
			);
		case 'true-false':
			return (
				`<question type="truefalse">${common}<penalty>1</penalty>` +
				answer(question.truth ? 100 : 0, 'true') +
				answer(question.truth ? 0 : 100, 'false') +
				'</question>'
			);
		case 'typed': {
			const accepted = [...new Set(question.accepted.map((a) => a.trim()).filter(Boolean))];
			if (accepted.length === 0) return null;
			return (
				`<question type="shortanswer">${common}<penalty>0.3333333</penalty><usecase>0</usecase>` +
				accepted.map((a) => answer(100, a)).join('') +
				'</question>'
			);
		}
		case 'matching': {
			const pairs = question.left.map((item) => [item.label, question.solution[item.id] ?? ''] as const);
			if (pairs.length < 2 || pairs.some(([left, right]) => !left.trim() || !right.trim())) return null;
			const used = new Set(pairs.map(([, right]) => right));
			const subquestions = [
				...pairs.map(([left, right]) => [left, right] as const),
				// An answer with an empty question is a wrong choice offered beside the right ones.
				...question.right.filter((label) => !used.has(label)).map((label) => ['', label] as const)
			];
			return (
				`<question type="matching">${common}<penalty>0.3333333</penalty><shuffleanswers>true</shuffleanswers>` +
				subquestions
					.map(
						([left, right]) =>
							`<subquestion format="plain_text">${text(left)}<answer>${text(right)}</answer></subquestion>`
					)
					.join('') +
				'</question>'
			);
		}
		default:
			return null;
	}
}

export const moodleXml: Exporter = {
	id: 'moodle-xml',
	label: 'Moodle XML question bank (.xml)',
	extension: 'xml',
	mimeType: 'application/xml',
	holds: 'questions',
	async write(input) {
		const { pack } = input;
		const sources = sourcesById(pack);
		const questions =
			input.questions ?? bankQuestions(pack, { cardIds: input.cardIds, seed: input.seed ?? pack.version });
		const elements: string[] = [];
		questions.forEach((question, i) => {
			const element = moodleQuestion(
				question,
				questionFeedback(question, sources),
				questionTitle(question, i)
			);
			if (element) elements.push(element);
		});
		const category =
			'<question type="category"><category>' +
			text(`$course$/top/${pack.title.replace(/[/\r\n]+/g, ' ').trim()}`) +
			'</category></question>';
		const xml =
			'<?xml version="1.0" encoding="UTF-8"?>\n' +
			`<!-- ${xmlText(pack.title).replace(/--/g, '- -')}: questions made with Sourcedeck (pack version ${xmlText(pack.version)}) -->\n` +
			`<quiz>\n${[category, ...elements].join('\n')}\n</quiz>\n`;
		const left = questions.length - elements.length;
		return {
			fileName: exportFileName(pack, this.extension),
			mimeType: this.mimeType,
			bytes: utf8(xml),
			count: elements.length,
			notes: [
				...(input.questions ? [] : bankLimitNotes(pack, input.cardIds)),
				...(left
					? [
							`${left} of ${questions.length} questions were left out: Moodle has no timeline or map questions.`
						]
					: [])
			]
		};
	}
};
