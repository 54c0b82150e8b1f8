/**
 * Lists of assignments: the teacher's with how many results came back, and every one the student took (for
 * "Taken by me"), all read from this device. Today reads the student's open ones itself (today-read.ts).
 */
import {
	countResults,
	deleteAssignment,
	listAssignments,
	listTakenAssignments,
	type StoredAssignment,
	type TakenAssignment
} from '$lib/db/assignments';

export type { TakenAssignment };

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

export class TeacherAssignments {
	loading = $state(true);
	error = $state<string | null>(null);
	items = $state.raw<StoredAssignment[]>([]);
	/** Results received per assignment id. */
	resultCounts = $state.raw<ReadonlyMap<string, number>>(NO_COUNTS);

	async load(): Promise<void> {
		try {
			this.items = await listAssignments('teacher');
			this.resultCounts = await countResults(this.items.map((item) => item.id));
			this.error = null;
		} catch {
			this.error = 'Your assignments could not be read. Reload the page to try again.';
		} finally {
			this.loading = false;
		}
	}

	async remove(id: string): Promise<void> {
		await deleteAssignment(id);
		await this.load();
	}
}

export class TakenAssignments {
	loading = $state(true);
	error = $state<string | null>(null);
	/** Finished ones first, latest first, then the unfinished. */
	items = $state.raw<TakenAssignment[]>([]);

	async load(): Promise<void> {
		try {
			this.items = await listTakenAssignments();
			this.error = null;
		} catch {
			this.error = 'The assignments you took could not be read. Reload the page to try again.';
		} finally {
			this.loading = false;
		}
	}
}
