import { firstVisitQuizChoices } from '$lib/state/first-visit-quiz';

/**
 * Read at build time: the quiz form as a first visit gets it, so the page is prerendered with it and shows it
 * before the library is read.
 */
export function load() {
	return { firstVisit: firstVisitQuizChoices() };
}
