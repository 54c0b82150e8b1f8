/** What an idle callback is told: how long the page stays idle (0 when it ran on its timeout or in Safari). */
export type IdleTime = Pick<IdleDeadline, 'timeRemaining'>;

/**
 * Runs work once the page is idle, and after `timeoutMs` at the latest: requestIdleCallback, or where there is
 * none (Safari) a short timeout, one frame away, with no idle time to spend.
 */
export function whenIdle(callback: (idle: IdleTime) => void, timeoutMs: number): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: timeoutMs });
	else setTimeout(() => callback({ timeRemaining: () => 0 }), 16);
}
