/**
 * The repository functions the study and Today states read and write through. The states import this module
 * dynamically, on first use: Dexie and the repositories are the largest part of a page's JavaScript, and the
 * prerendered pages paint without them.
 */
export { loadMissedCards } from '$lib/db/missed';
export { loadProgress, loadReviewLog } from '$lib/db/progress';
export { getSettings } from '$lib/db/settings';
export { loadStudyWindow } from '$lib/db/study-window';
export {
	answerCard,
	loadSessionPrefs,
	loadStudySnapshot,
	saveSessionPrefs,
	undoLastAnswer
} from '$lib/db/study';
