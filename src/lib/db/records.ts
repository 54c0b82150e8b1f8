/** The shapes stored in IndexedDB. Dates are epoch milliseconds (numbers index and export cleanly). */
import type { FsrsState } from '../domain/scheduler';

/** A key/value row of user settings. */
export interface SettingRecord {
	key: string;
	value: unknown;
}

/** FSRS memory state of one card: the scheduler's shape, stored as is. */
export type { FsrsState };

/** A card the learner has started: its id is the content card id. */
export interface CardRecord extends FsrsState {
	id: string;
	/** When the card was first shown (counts toward the new-cards-per-day limit). */
	introducedAt: number;
}

/** One answer in a study session. */
export interface ReviewRecord {
	id?: number;
	cardId: string;
	/** When it was answered. */
	at: number;
	/** Local calendar day "YYYY-MM-DD" of `at` (heatmap, streak). Added in schema v2. */
	day: string;
	/** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
	rating: number;
	/** Time from showing the card to answering it. */
	durationMs: number;
	/** Card state before the answer (absent for a card seen for the first time). */
	before: FsrsState | null;
	after: FsrsState;
	/** What the learner typed, in typed-answer mode. */
	typed?: string;
}

/** A wrong answer, from a study session (Again) or a quiz. */
export interface MissRecord {
	id?: number;
	cardId: string;
	at: number;
	from: 'study' | 'quiz';
	/** The learner's answer, where there was one. */
	given?: string;
	/** Quiz attempt it came from. */
	attemptId?: string;
	/** When a right answer in the "review missed" drill cleared it from the missed list. */
	clearedAt?: number;
}

/** A quiz being taken or finished. */
export interface QuizAttemptRecord {
	id: string;
	startedAt: number;
	finishedAt?: number;
	/** The quiz spec (selection, count, modes, seed): enough to regenerate the questions. */
	spec: unknown;
	/** Answers so far, in question order. */
	answers: unknown[];
	score?: number;
	maxScore?: number;
	assignmentId?: string;
}

/** A quiz set shared by a teacher: created here (teacher) or opened from a link (student). */
export interface AssignmentRecord {
	id: string;
	role: 'teacher' | 'student';
	createdAt: number;
	/** The decoded assignment set. */
	set: unknown;
	/** The link it travels in. */
	link: string;
	studentName?: string;
	attemptId?: string;
	status: 'open' | 'done';
	/** Student side, once done: the code to hand back (kept so it can be shown again). */
	resultCode?: string;
	/** Student side: when the quiz was finished. */
	doneAt?: number;
}

/** A student's result handed back to the teacher (one gradebook row). */
export interface ResultRecord {
	id: string;
	assignmentId: string;
	studentName: string;
	receivedAt: number;
	/** The decoded result. */
	result: unknown;
}
