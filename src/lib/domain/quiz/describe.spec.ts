import { describe, expect, it } from 'vitest';
import { describeAnswer, describeItemAnswer, itemPartOfAnswerText } from './describe';
import type { MatchingQuestion, Question, QuizAnswer, TimelineQuestion } from './types';

const base = { cardIds: [], answerText: '', explanation: '', evidence: [] };

const matching: MatchingQuestion = {
	...base,
	id: '0',
	mode: 'matching',
	prompt: 'Match each person to their side.',
	left: [
		{ id: 'khamenei', label: 'Ali Khamenei' },
		{ id: 'townsend', label: 'Stephen Townsend' }
	],
	right: ['Iranian government', 'Coalition'],
	solution: { khamenei: 'Iranian government', townsend: 'Coalition' },
	cardId: 'khamenei:person-side',
	entityIds: ['khamenei', 'townsend']
};

const timeline: TimelineQuestion = {
	...base,
	id: '1',
	mode: 'timeline',
	prompt: 'Put these events in order, earliest first.',
	items: [
		{ id: 'raqqa', label: 'Raqqa offensive' },
		{ id: 'mosul', label: 'Battle of Mosul' },
		{ id: 'dabiq', label: 'Fall of Dabiq' }
	],
	correctOrder: ['dabiq', 'mosul', 'raqqa'],
	dates: {},
	cardId: 'dabiq:event-date',
	entityIds: ['raqqa', 'mosul', 'dabiq']
};

describe('describeItemAnswer', () => {
	it('gives one item’s pair of a matching answer, not the whole answer', () => {
		const answer: QuizAnswer = {
			kind: 'pairs',
			pairs: { khamenei: 'Coalition', townsend: 'Iranian government' }
		};
		expect(describeAnswer(matching, answer)).toBe(
			'Ali Khamenei → Coalition; Stephen Townsend → Iranian government'
		);
		expect(describeItemAnswer(matching, answer, 'khamenei')).toBe('Ali Khamenei → Coalition');
		expect(describeItemAnswer(matching, answer, 'townsend')).toBe('Stephen Townsend → Iranian government');
	});

	it('marks an item left unpaired', () => {
		expect(describeItemAnswer(matching, { kind: 'pairs', pairs: {} }, 'townsend')).toBe(
			'Stephen Townsend → ?'
		);
	});

	it('gives where one item of a timeline was put', () => {
		const answer: QuizAnswer = { kind: 'order', ids: ['mosul', 'raqqa', 'dabiq'] };
		expect(describeItemAnswer(timeline, answer, 'dabiq')).toBe('Fall of Dabiq: placed 3rd of 3');
		expect(describeItemAnswer(timeline, answer, 'mosul')).toBe('Battle of Mosul: placed 1st of 3');
		expect(describeItemAnswer(timeline, answer, 'raqqa')).toBe('Raqqa offensive: placed 2nd of 3');
		expect(describeItemAnswer(timeline, { kind: 'order', ids: ['mosul'] }, 'dabiq')).toBe(
			'Fall of Dabiq: not placed'
		);
	});

	it('gives the whole answer for other questions, unknown items and answers of another kind', () => {
		const typed: Question = {
			...base,
			id: '2',
			mode: 'typed',
			prompt: '?',
			accepted: ['Iraq'],
			competitors: [],
			cardId: 'c',
			entityIds: ['e']
		};
		expect(describeItemAnswer(typed, { kind: 'text', text: ' Syria ' }, 'e')).toBe('Syria');
		const pairs: QuizAnswer = { kind: 'pairs', pairs: { khamenei: 'Coalition' } };
		expect(describeItemAnswer(matching, pairs, 'nobody')).toBe(describeAnswer(matching, pairs));
		expect(describeItemAnswer(timeline, pairs, 'dabiq')).toBe('No answer');
		expect(describeItemAnswer(matching, null, 'khamenei')).toBe('No answer');
	});
});

describe('itemPartOfAnswerText', () => {
	it('finds one item’s pair in a whole matching answer stored as text', () => {
		const whole = describeAnswer(matching, {
			kind: 'pairs',
			pairs: { khamenei: 'Coalition', townsend: 'Iranian government' }
		});
		expect(itemPartOfAnswerText(whole, 'Ali Khamenei')).toBe('Ali Khamenei → Coalition');
		expect(itemPartOfAnswerText(whole, 'Stephen Townsend')).toBe('Stephen Townsend → Iranian government');
	});

	it('finds where one item was put in a whole timeline answer stored as text', () => {
		expect(itemPartOfAnswerText('A → B → C → D', 'C')).toBe('C: placed 3rd of 4');
		expect(itemPartOfAnswerText('A → B → C → D', 'A')).toBe('A: placed 1st of 4');
	});

	it('leaves anything else as it is', () => {
		// An answer already of one item, of another kind, or one the label is not found in once.
		expect(itemPartOfAnswerText('Raqqa → Iraq', 'Raqqa')).toBe('Raqqa → Iraq');
		expect(itemPartOfAnswerText('Raqqa: placed 2nd of 4', 'Raqqa')).toBe('Raqqa: placed 2nd of 4');
		expect(itemPartOfAnswerText('Syria', 'Raqqa')).toBe('Syria');
		expect(itemPartOfAnswerText('A → x; B → y', 'C')).toBe('A → x; B → y');
		expect(itemPartOfAnswerText('A → x; A → y', 'A')).toBe('A → x; A → y');
		expect(itemPartOfAnswerText('A → B → C', 'A')).toBe('A → B → C');
		expect(itemPartOfAnswerText('A → B → A → D', 'A')).toBe('A → B → A → D');
		expect(itemPartOfAnswerText('', 'A')).toBe('');
	});
});
