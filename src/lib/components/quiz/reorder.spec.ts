import { describe, expect, it } from 'vitest';
import { dropIndex, moveItem } from './reorder';

describe('reordering the timeline', () => {
	it('moves one item and leaves the others in their order', () => {
		expect(moveItem(['a', 'b', 'c', 'd'], 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
		expect(moveItem(['a', 'b', 'c', 'd'], 'c', 0)).toEqual(['c', 'a', 'b', 'd']);
		expect(moveItem(['a', 'b'], 'a', 5)).toEqual(['a', 'b']);
		expect(moveItem(['a', 'b'], 'z', 0)).toEqual(['a', 'b']);
	});

	it('drops a dragged row after the rows whose middle it has passed', () => {
		const rows = [0, 50, 100, 150].map((top) => ({ top, height: 50 }));
		expect(dropIndex(rows, 0, 10)).toBe(0);
		expect(dropIndex(rows, 0, 130)).toBe(2);
		expect(dropIndex(rows, 0, 199)).toBe(3);
		expect(dropIndex(rows, 3, 20)).toBe(0);
	});
});
