/** Turns storage failures into messages that say what happened and what the user can do. */

/** True when the browser refused a write because the device (or the site's quota) is full. */
export function isQuotaError(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const { name, inner } = error as { name?: string; inner?: unknown };
	return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

export const QUOTA_MESSAGE =
	'Your device is out of storage space, so this was not saved (nothing was lost). ' +
	'Free some space — delete unused apps, photos or downloads — then try again. ' +
	'Export a backup in Settings if you want a copy of your progress first.';

/** A message for any failed save; `action` says what was being saved ("your answer"). */
export function describeStorageError(error: unknown, action: string): string {
	if (isQuotaError(error)) return QUOTA_MESSAGE;
	const name = (error as { name?: string } | null)?.name;
	if (name === 'DatabaseClosedError' || name === 'VersionChangeError')
		return `Sourcedeck was updated in another tab, so ${action} was not saved. Reload this page to continue.`;
	return `Sorry — ${action} could not be saved (${name ?? 'unknown error'}). Nothing was changed; please try again.`;
}
