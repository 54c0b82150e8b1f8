import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS, snapshotsToDrop, type SnapshotSize } from './snapshots';

const copy = (id: number, chars = 100, takenAt = id * 1000): SnapshotSize => ({ id, takenAt, chars });

describe('snapshotsToDrop', () => {
	it('keeps the newest copies up to the count, dropping the oldest', () => {
		const six = [1, 2, 3, 4, 5, 6].map((id) => copy(id));
		expect(snapshotsToDrop(six, SNAPSHOT_LIMITS)).toEqual([1]);
		expect(snapshotsToDrop(six.slice(1), SNAPSHOT_LIMITS)).toEqual([]);
		expect(snapshotsToDrop(six, { count: 2, chars: 1e9 })).toEqual([4, 3, 2, 1]);
	});

	it('drops the oldest until the rest fit the size bound', () => {
		const copies = [copy(1, 40), copy(2, 40), copy(3, 40), copy(4, 40)];
		expect(snapshotsToDrop(copies, { count: 10, chars: 100 })).toEqual([2, 1]);
	});

	it('keeps the newest copy even when it alone is over the bound', () => {
		expect(snapshotsToDrop([copy(1, 10), copy(2, 500)], { count: 5, chars: 100 })).toEqual([1]);
		expect(snapshotsToDrop([copy(7, 500)], { count: 5, chars: 100 })).toEqual([]);
	});

	it('orders by time taken, then id, not by the order given', () => {
		const copies = [copy(3, 10, 5000), copy(1, 10, 9000), copy(2, 10, 9000)];
		expect(snapshotsToDrop(copies, { count: 1, chars: 1e9 })).toEqual([1, 3]);
	});
});
