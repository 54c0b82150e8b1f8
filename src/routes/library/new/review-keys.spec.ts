import { describe, expect, it } from 'vitest';
import { reviewKeyAction } from './review-keys';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});

describe('reviewKeyAction', () => {
	it('maps the review keys', () => {
		expect(
			['ArrowDown', 'j', 'ArrowUp', 'k', 'a', 'r', 'e', 'm', 's', 'u'].map((k) =>
				reviewKeyAction(key(k), false)
			)
		).toEqual(['next', 'next', 'previous', 'previous', 'accept', 'reject', 'edit', 'merge', 'split', 'undo']);
		expect(reviewKeyAction(key('z', { ctrlKey: true }), false)).toBe('undo');
	});
	it('never acts while the person types, nor on other keys or modifiers', () => {
		expect(reviewKeyAction(key('a'), true)).toBeUndefined();
		expect(reviewKeyAction(key('a', { ctrlKey: true }), false)).toBeUndefined();
		expect(reviewKeyAction(key('x'), false)).toBeUndefined();
	});
});
