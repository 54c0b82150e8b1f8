/**
 * Build time only (imported by +page.server.ts files): the quiz form's choices as a first visit gets them, the
 * built-in pack alone, for prerendering. Only their ids and titles reach the page.
 */
import { builtInLibraryPack } from '$lib/content/built-in-first';
import { quizLibraryChoices, type QuizLibraryChoices } from './quiz-library-choices';

/** The built-in pack and its sources, as the quiz form offers them once a first install is read. */
export function firstVisitQuizChoices(): QuizLibraryChoices {
	const pack = builtInLibraryPack();
	return quizLibraryChoices({ packs: [pack], pack });
}
