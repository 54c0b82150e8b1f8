/**
 * Whether this device holds study data, kept in localStorage so the inline script in src/app.html can read it
 * before first paint. Pages are prerendered the way a first visit sees them (the first new card, the welcome),
 * so a newcomer sees them at once; on a device with data that guess stays hidden until the stored data is read.
 */
const KEY = 'sourcedeck.returning';

export function rememberReturning(returning: boolean): void {
	// The attribute mirrors the flag (the inline script sets it from storage): nothing to write when they agree,
	// which is every answer after the first.
	if (typeof document !== 'undefined' && 'returning' in document.documentElement.dataset === returning)
		return;
	try {
		if (returning) localStorage.setItem(KEY, '1');
		else localStorage.removeItem(KEY);
	} catch {
		// Storage blocked: the first-visit guess shows briefly, then the stored data replaces it.
	}
	if (typeof document === 'undefined') return;
	if (returning) document.documentElement.dataset.returning = '';
	else delete document.documentElement.dataset.returning;
}
