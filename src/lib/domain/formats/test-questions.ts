/** Hand-made quiz questions with text that breaks question-bank formats, for the GIFT, Moodle and Kahoot specs. */
import type { Evidence } from '../pack';
import type { ChoiceQuestion, MatchingQuestion, TrueFalseQuestion, TypedQuestion } from '../quiz';

export const NASTY = 'Who ~ said = this # {quote}: back\\slash <b> & "more"?';
const evidence: Evidence[] = [{ source: 'report-a', file: '', excerpt: 'It said: {this} ~ = # that.' }];
const base = { cardIds: ['c1'], entityIds: ['e1'], explanation: 'Because: it is so.', evidence };

export const choice: ChoiceQuestion = {
	...base,
	id: '0',
	mode: 'multiple-choice',
	prompt: NASTY,
	cardId: 'c1',
	options: ['a = b', 'c ~ d', '{e}', 'f: g # h'],
	correctIndex: 2,
	answerText: '{e}'
};

export const truth: TrueFalseQuestion = {
	...base,
	id: '1',
	mode: 'true-false',
	prompt: 'True or false?',
	statement: 'Raqqa fell = in 2017: {true}.',
	truth: false,
	cardId: 'c2',
	answerText: 'False'
};

export const typed: TypedQuestion = {
	...base,
	id: '2',
	mode: 'typed',
	prompt: 'Where is it?',
	accepted: ['Deir ez-Zor', 'Deir Ezzor', 'Dayr az-Zawr'],
	competitors: [],
	cardId: 'c3',
	answerText: 'Deir ez-Zor'
};

export const matching: MatchingQuestion = {
	...base,
	id: '3',
	mode: 'matching',
	prompt: 'Match each place to its country.',
	left: [
		{ id: 'a', label: 'Mosul' },
		{ id: 'b', label: 'Raqqa' },
		{ id: 'c', label: 'Tikrit' }
	],
	right: ['Iraq', 'Syria', 'Jordan'],
	solution: { a: 'Iraq', b: 'Syria', c: 'Iraq' },
	cardId: 'c4',
	answerText: 'Mosul → Iraq; Raqqa → Syria; Tikrit → Iraq'
};
