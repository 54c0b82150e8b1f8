/** Reordering a list by buttons or by dragging: pure helpers for the timeline question. */

/** A copy of `order` with `id` moved to index `to` (unchanged when either is out of range). */
export function moveItem(order: readonly string[], id: string, to: number): string[] {
	const from = order.indexOf(id);
	if (from < 0 || to < 0 || to >= order.length || to === from) return [...order];
	const next = order.filter((x) => x !== id);
	next.splice(to, 0, id);
	return next;
}

/** Where a dragged row lands: after every other row whose middle is above the pointer. */
export function dropIndex(
	rows: readonly { top: number; height: number }[],
	from: number,
	pointerY: number
): number {
	return rows.filter((row, i) => i !== from && pointerY > row.top + row.height / 2).length;
}
