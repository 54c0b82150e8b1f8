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
