/**
 * How a quiz score is shown, everywhere: the learner's result, the teacher's gradebook, its CSV file and the
 * report on each pasted code. One rule, so a student and their teacher never read two numbers for one result:
 * points to one decimal (halves round up), the percentage a whole number worked out from the unrounded points.
 */

/** Points to one decimal, halves up: 2.25 → 2.3, 3.03 → 3. */
export function roundPoints(points: number): number {
	if (!Number.isFinite(points)) return 0;
	// The small nudge keeps a half that binary floating point stores just below .x5 (1.15) rounding up.
	return Math.round(points * 10 + 1e-9) / 10;
}

/** "2.3", "3": points as text, without a trailing ".0". */
export function pointsText(points: number): string {
	return String(roundPoints(points));
}

/** The share of the maximum, a whole number 0–100 (0 when there is nothing to score). */
export function scorePercent(score: number, maxScore: number): number {
	if (!(maxScore > 0) || !Number.isFinite(score)) return 0;
	return Math.round(Math.min(1, Math.max(0, score / maxScore)) * 100);
}
