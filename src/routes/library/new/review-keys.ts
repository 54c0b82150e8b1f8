/** The review's keyboard: which key does what, decided apart from the component. */
export type ReviewKeyAction = 'next' | 'previous' | 'accept' | 'reject' | 'edit' | 'merge' | 'split' | 'undo';

const KEYS: Record<string, ReviewKeyAction> = {
	ArrowDown: 'next',
	j: 'next',
	ArrowUp: 'previous',
	k: 'previous',
	a: 'accept',
	r: 'reject',
	e: 'edit',
	m: 'merge',
	s: 'split',
	u: 'undo'
};

/** The action of a key press, or undefined (typing in a field is never a shortcut, except Ctrl+Z outside it). */
export function reviewKeyAction(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
	typing: boolean
): ReviewKeyAction | undefined {
	if (typing) return undefined;
	if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') return 'undo';
	if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
	return KEYS[event.key];
}

/** Shown beside the list. */
export const REVIEW_KEYS_HINT =
	'↑ ↓ (or j k) move · a accept · e edit · m merge · s split · r reject · u undo';
