/**
 * The repository functions the study state reads and writes through. The state imports this module
 * dynamically, on first use: Dexie and the repositories are the largest part of a page's JavaScript, and the
 * prerendered pages paint without them.
 */
export { getSettings } from '$lib/db/settings';
export { loadStudyWindow } from '$lib/db/study-window';
export {
	answerCard,
	loadSessionPrefs,
	saveSessionPrefs,
	storeGivenAnswers,
	undoLastAnswer
} from '$lib/db/study';
