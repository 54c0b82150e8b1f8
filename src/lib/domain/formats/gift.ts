/**
 * Moodle GIFT: a question bank as text (Question bank › Import › GIFT). Multiple choice, true/false, short answer
 * with every accepted spelling as a right answer, and matching; each question carries its source and excerpts
 * as general feedback. Text is marked [plain] so Moodle shows it as written, and GIFT's control characters
 * (~ = # { } : and the backslash) are escaped wherever text goes.
 */
import type { Question } from '../quiz';
import { bankLimitNotes, bankQuestions, questionFeedback, questionText } from './bank';
import { sourcesById } from './evidence';
import { exportFileName, utf8 } from './selection';
import type { Exporter } from './types';

/** Escapes GIFT's special characters; a line break becomes GIFT's `\n`. */
export function giftEscape(text: string): string {
	return text
		.replace(/[^\S\r\n]+/g, ' ')
		.trim()
		.replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
		.replace(/ *\r?\n */g, '\\n');
}

/** Moodle needs three pairs at least; "->" cannot be escaped in GIFT, so a label holding it cannot go in. */
const MIN_MATCHING_PAIRS = 3;

/** One question in GIFT, or null when GIFT cannot hold it. */
export function giftQuestion(question: Question, feedback: string, title: string): string | null {
	const head = `::${giftEscape(title)}::[plain]${giftEscape(questionText(question))}`;
	const general = `####${giftEscape(feedback)}`;
	switch (question.mode) {
		case 'multiple-choice': {
			const options = question.options.map(
				(option, i) => `\t${i === question.correctIndex ? '=' : '~'}${giftEscape(option)}`
			);
			return `${head} {\n${options.join('\n')}\n\t${general}\n}`;
		}
		case 'true-false':
			return `${head} {${question.truth ? 'TRUE' : 'FALSE'}\n\t${general}\n}`;
		case 'typed': {
			const answers = [...new Set(question.accepted.map((a) => a.trim()).filter(Boolean))];
			if (answers.length === 0) return null;
			return `${head} {\n${answers.map((a) => `\t=${giftEscape(a)}`).join('\n')}\n\t${general}\n}`;
		}
		case 'matching': {
			const pairs = question.left.map((item) => [item.label, question.solution[item.id] ?? ''] as const);
			if (pairs.length < MIN_MATCHING_PAIRS) return null;
			if (pairs.some(([left, right]) => !left.trim() || !right.trim() || `${left}${right}`.includes('->')))
				return null;
			const used = new Set(pairs.map(([, right]) => right));
			const extra = question.right.filter((label) => !used.has(label) && !label.includes('->'));
			const lines = [
				...pairs.map(([left, right]) => `\t=${giftEscape(left)} -> ${giftEscape(right)}`),
				// A right-hand label with no left item is a wrong choice Moodle offers beside the right ones.
				...extra.map((label) => `\t= -> ${giftEscape(label)}`)
			];
			return `${head} {\n${lines.join('\n')}\n\t${general}\n}`;
		}
		default:
			return null;
	}
}

/** "Q12 · SDF retakes Raqqa": a short, unique title Moodle lists the question under. */
export function questionTitle(question: Question, index: number): string {
	const words = questionText(question).replace(/\s+/g, ' ').trim();
	const short = words.length > 60 ? `${words.slice(0, 60).replace(/\s+\S*$/, '')} …` : words;
	return `Q${index + 1} · ${short}`;
}

export const gift: Exporter = {
	id: 'gift',
	label: 'Moodle GIFT question bank (.gift.txt)',
	extension: 'gift.txt',
	mimeType: 'text/plain;charset=utf-8',
	holds: 'questions',
	async write(input) {
		const { pack } = input;
		const sources = sourcesById(pack);
		const questions =
			input.questions ?? bankQuestions(pack, { cardIds: input.cardIds, seed: input.seed ?? pack.version });
		const blocks: string[] = [];
		questions.forEach((question, i) => {
			const block = giftQuestion(question, questionFeedback(question, sources), questionTitle(question, i));
			if (block) blocks.push(block);
		});
		const category = `$course$/top/${pack.title.replace(/[/\r\n]+/g, ' ').trim()}`;
		const text = [
			`// ${pack.title.replace(/\s+/g, ' ')}: questions made with Sourcedeck (pack version ${pack.version}).`,
			`$CATEGORY: ${category}`,
			...blocks
		].join('\n\n');
		const left = questions.length - blocks.length;
		return {
			fileName: exportFileName(pack, this.extension),
			mimeType: this.mimeType,
			bytes: utf8(`${text}\n`),
			count: blocks.length,
			notes: [
				...(input.questions ? [] : bankLimitNotes(pack, input.cardIds)),
				...(left
					? [`${left} of ${questions.length} questions were left out: GIFT has no timeline or map questions.`]
					: [])
			]
		};
	}
};
