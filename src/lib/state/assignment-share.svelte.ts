/** One of the teacher's assignments, looked up by the id in the page's fragment (share and gradebook pages). */
import { getAssignment, type StoredAssignment } from '$lib/db/assignments';
import { generateQuiz } from '$lib/domain/quiz';
import { assignmentSpec } from '$lib/domain/share/assignment-codec';
import type { QuizLibrary } from './library-content';

/** This device's library, its code loaded when first asked (the page paints before the library is read). */
const lazyDeviceLibrary: QuizLibrary = {
	installed: async () => (await import('./library-content')).deviceLibrary.installed(),
	packFor: async (spec) => (await import('./library-content')).quizPackFor(spec)
};
export class TeacherAssignment {
	loading = $state(true);
	/** The assignment, or null when the id names none of the teacher's sets on this device. */
	record = $state.raw<StoredAssignment | null>(null);
	error = $state<string | null>(null);
	/** Questions the set really has (fewer than asked when the selection is small), as this library makes them. */
	questionCount = $state(0);

	readonly library: QuizLibrary;

	constructor(library: QuizLibrary = lazyDeviceLibrary) {
		this.library = library;
	}

	async load(id: string): Promise<void> {
		this.loading = true;
		try {
			const found = id ? await getAssignment(id) : null;
			this.record = found?.role === 'teacher' ? found : null;
			const spec = this.record ? assignmentSpec(this.record.set) : null;
			this.questionCount = spec ? generateQuiz(await this.library.packFor(spec), spec).length : 0;
			this.error = null;
		} catch (error) {
			this.error = `The assignment could not be read: ${error instanceof Error ? error.message : error}`;
		} finally {
			this.loading = false;
		}
	}
}
