/** The teacher's assignments with how many results came back, and the student's open ones (for Today). */
import {
	countResults,
	deleteAssignment,
	listAssignments,
	listOpenStudentAssignments,
	type StoredAssignment
} from '$lib/db/assignments';

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
		} catch (error) {
			this.error = `Your assignments could not be read: ${error instanceof Error ? error.message : error}`;
		} finally {
			this.loading = false;
		}
	}

	async remove(id: string): Promise<void> {
		await deleteAssignment(id);
		await this.load();
	}
}

export class OpenStudentAssignments {
	loading = $state(true);
	items = $state.raw<StoredAssignment[]>([]);

	async load(): Promise<void> {
		try {
			this.items = await listOpenStudentAssignments();
		} finally {
			this.loading = false;
		}
	}
}
