/** Order statistics for benchmark samples. */
export function percentile(samples: number[], p: number): number {
	if (samples.length === 0) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length) - 1;
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const median = (samples: number[]): number => percentile(samples, 50);
