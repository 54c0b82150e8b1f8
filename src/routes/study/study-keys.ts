/** The study screen's keyboard shortcuts, decided without the DOM so they can be tested. */
import { isRating, type Rating } from '$lib/domain/scheduler-values';

export type StudyKeyAction =
	{ type: 'reveal' } | { type: 'focus-answer' } | { type: 'rate'; rating: Rating } | { type: 'undo' };

/** Where the key was pressed: in a text field (shortcuts stay out of the way), on a control, or elsewhere. */
export type KeyTarget = 'text' | 'control' | 'other';

export interface StudyKey {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	shiftKey: boolean;
	isComposing?: boolean;
	target: KeyTarget;
}

export interface StudyKeyContext {
	hasCard: boolean;
	revealed: boolean;
	/** The answer is typed: Space/Enter go to the answer field instead of revealing. */
	typing: boolean;
	canUndo: boolean;
}

/** What a key press does on the study screen, or null to leave it to the browser. */
export function studyKeyAction(key: StudyKey, context: StudyKeyContext): StudyKeyAction | null {
	if (key.isComposing || key.target === 'text') return null;
	if ((key.ctrlKey || key.metaKey) && !key.altKey && !key.shiftKey && key.key.toLowerCase() === 'z') {
		return context.canUndo ? { type: 'undo' } : null;
	}
	if (key.ctrlKey || key.metaKey || key.altKey || !context.hasCard) return null;
	if (!context.revealed) {
		// On a button or link, Space and Enter press that control.
		if ((key.key === ' ' || key.key === 'Enter') && key.target !== 'control') {
			return context.typing ? { type: 'focus-answer' } : { type: 'reveal' };
		}
		return null;
	}
	const rating = Number(key.key);
	return key.key.length === 1 && isRating(rating) ? { type: 'rate', rating } : null;
}

/** Classifies the element a key was pressed on. */
export function keyTargetOf(element: Element | null): KeyTarget {
	if (!element) return 'other';
	if (element.closest('textarea, select, [contenteditable]:not([contenteditable="false"])')) return 'text';
	const input = element.closest('input');
	if (input)
		return ['checkbox', 'radio', 'button', 'submit', 'reset'].includes(input.type) ? 'control' : 'text';
	if (element.closest('button, a[href], summary, [role="button"], [role="switch"]')) return 'control';
	return 'other';
}
