/** Answers as text: for the quiz summary, the missed list and a teacher's gradebook. */
import { haversineKm } from './geo';
import type { Question, QuizAnswer } from './types';

/** What the learner answered, as text. */
export function describeAnswer(question: Question, answer: QuizAnswer | null | undefined): string {
	if (!answer) return 'No answer';
	switch (answer.kind) {
		case 'choice':
			return question.mode === 'multiple-choice' || question.mode === 'map-identify'
				? (question.options[answer.index] ?? 'No answer')
				: 'No answer';
		case 'truth':
			return answer.value ? 'True' : 'False';
		case 'text':
			return answer.text.trim() || 'No answer';
		case 'order': {
			if (question.mode !== 'timeline') return 'No answer';
			const label = new Map(question.items.map((item) => [item.id, item.label]));
			return answer.ids.map((id) => label.get(id) ?? id).join(' → ');
		}
		case 'point':
			return question.mode === 'map'
				? `A spot ${Math.round(haversineKm(answer, question.target))} km away`
				: 'A spot on the map';
		case 'pairs': {
			if (question.mode !== 'matching') return 'No answer';
			return question.left.map((l) => `${l.label} → ${answer.pairs[l.id] || '?'}`).join('; ');
		}
	}
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** "Raqqa offensive: placed 3rd of 5" (`at` counts from 0). */
const placedText = (label: string, at: number, of: number) => `${label}: placed ${ordinal(at + 1)} of ${of}`;

/**
 * What the learner answered for one item of a timeline or matching question, as text: the pair they made for
 * it ("Raqqa → Iraq") or where they put it ("Raqqa offensive: placed 3rd of 5"). A miss is recorded per card,
 * and a card's own part is what it got wrong, not the whole question's answer. Any other question, or an item
 * the question does not show, gets the whole answer (`describeAnswer`).
 */
export function describeItemAnswer(
	question: Question,
	answer: QuizAnswer | null | undefined,
	itemId: string
): string {
	if (!answer) return 'No answer';
	if (question.mode === 'matching' && answer.kind === 'pairs') {
		const item = question.left.find((l) => l.id === itemId);
		if (item) return `${item.label} → ${answer.pairs[item.id] || '?'}`;
	}
	if (question.mode === 'timeline' && answer.kind === 'order') {
		const item = question.items.find((i) => i.id === itemId);
		if (item) {
			const at = answer.ids.indexOf(item.id);
			return at < 0 ? `${item.label}: not placed` : placedText(item.label, at, question.items.length);
		}
	}
	return describeAnswer(question, answer);
}

/**
 * One item's part of a whole timeline or matching answer stored as text (misses recorded before each kept only
 * its own card's part): "Mosul → Iraq; Raqqa → Iraq" gives "Raqqa → Iraq" for Raqqa, "A → B → C → D" gives
 * "C: placed 3rd of 4" for C. Anything else (another kind of answer, an answer already of one item, a label
 * found more or less than once) is returned as it is.
 */
export function itemPartOfAnswerText(given: string, label: string): string {
	const pairs = given.split('; ');
	if (pairs.length >= 2 && pairs.every((pair) => pair.includes(' → '))) {
		const own = pairs.filter((pair) => pair.startsWith(`${label} → `));
		return own.length === 1 ? own[0]! : given;
	}
	// A timeline has at least four items; a single pair ("Raqqa → Iraq") has two sides.
	const order = given.split(' → ');
	if (pairs.length === 1 && order.length >= 4 && order.filter((item) => item === label).length === 1) {
		return placedText(label, order.indexOf(label), order.length);
	}
	return given;
}
