import { describe, expect, it } from 'vitest';
import { describeAnswer, describeItemAnswer } from './describe';
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
