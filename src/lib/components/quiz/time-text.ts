/** Times as the quiz shows them. */

/** "4:05" for a countdown. */
export function clockText(ms: number): string {
	const seconds = Math.ceil(Math.max(0, ms) / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "4 min 5 s", "45 s", "1 h 2 min" for a duration. */
export function durationText(ms: number): string {
	const seconds = Math.round(Math.max(0, ms) / 1000);
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	if (h > 0) return `${h} h ${m} min`;
	return m > 0 ? `${m} min ${s} s` : `${s} s`;
}
