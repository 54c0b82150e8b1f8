/**
 * What the settings page reads and writes, loaded when first needed: a device with nothing stored shows the
 * defaults without the database code (settings.svelte.ts, snapshots.svelte.ts).
 */
export { exportJson, importAll, resetAll } from '$lib/db/backup';
export { getSettings, updateSettings } from '$lib/db/settings';
export { listSnapshots, restoreSnapshot, takeSnapshot } from '$lib/db/snapshots';
export { loadSessionPrefs, saveSessionPrefs } from '$lib/db/study';
