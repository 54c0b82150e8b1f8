/**
 * The quiz indexes of a pack, built ahead of need in idle time: by /quiz before the first quiz, and by the
 * assignment form before its preview.
 */
import type { Pack } from '$lib/domain/pack';
import { quizPoolStep } from '$lib/domain/quiz';

/**
 * Builds the pack's quiz indexes while the page is idle, a slice per idle moment, so the first quiz of a visit
 * starts as fast as the later ones without ever blocking the page. `onReady` runs once they are built (not
 * after a stop). Returns a function that stops it.
 */
export function warmQuizPool(pack: Pack, onReady?: () => void): () => void {
	let stopped = false;
	const work = (deadline: Pick<IdleDeadline, 'timeRemaining'>) => {
		if (stopped) return;
		// At least one slice per call (a timed-out idle callback has no time left), more while the page is idle.
		do if (quizPoolStep(pack)) return onReady?.();
		while (deadline.timeRemaining() > 2);
		whenIdle(work);
	};
	whenIdle(work);
	return () => void (stopped = true);
}

/** requestIdleCallback, or (Safari) a short timeout that does one slice at a time. */
function whenIdle(callback: (deadline: Pick<IdleDeadline, 'timeRemaining'>) => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
	else setTimeout(() => callback({ timeRemaining: () => 0 }), 16);
}
