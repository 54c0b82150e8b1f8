/**
 * The quiz indexes of a pack, built ahead of need in idle time: by /quiz before the first quiz, and by the
 * assignment form before its preview.
 */
import type { Pack } from '$lib/domain/pack';
import { quizPoolStep } from '$lib/domain/quiz';
import { whenIdle, type IdleTime } from './when-idle';

/**
 * Builds the pack's quiz indexes while the page is idle, a slice per idle moment, so the first quiz of a visit
 * starts as fast as the later ones without ever blocking the page. `onReady` runs once they are built (not
 * after a stop). Returns a function that stops it.
 */
export function warmQuizPool(pack: Pack, onReady?: () => void): () => void {
	let stopped = false;
	const work = (idle: IdleTime) => {
		if (stopped) return;
		// At least one slice per call (a timed-out idle callback has no time left), more while the page is idle.
		do if (quizPoolStep(pack)) return onReady?.();
		while (idle.timeRemaining() > 2);
		whenIdle(work, 1000);
	};
	whenIdle(work, 1000);
	return () => void (stopped = true);
}
