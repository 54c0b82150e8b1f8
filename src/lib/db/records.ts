/** The shapes stored in IndexedDB. Dates are epoch milliseconds (numbers index and export cleanly). */
import type { CardSizes } from '../domain/library';
import type { Card, Entity, Source } from '../domain/pack';
import type { FsrsState } from '../domain/scheduler';

/** A key/value row of user settings. */
export interface SettingRecord {
	key: string;
	value: unknown;
}

/** FSRS memory state of one card: the scheduler's shape, stored as is. */
export type { FsrsState };

/** A card the learner has started: its id is the library card id (`<pack id>/<card id>`). */
export interface CardRecord extends FsrsState {
	id: string;
	/** When the card was first shown (counts toward the new-cards-per-day limit). */
	introducedAt: number;
	/** The pack the card belongs to (added in schema v3; absent only on records built in memory). */
	pack?: string;
	/** The pack again, while the card is in the pack's installed version: a retired card has none, so the
	 * queue's index never finds it. */
	activePack?: string;
}

/** Where a pack in the library came from. */
export type PackOrigin = 'built-in' | 'file' | 'link' | 'made';

/** A pack in the library: what /library shows of it without reading its cards. */
export interface PackRecord {
	id: string;
	title: string;
	description: string;
	/** The pack's own version (the compiler's content hash). */
	version: string;
	/** SHA-256 (hex) of the pack as installed: its content, in canonical JSON. */
	hash: string;
	origin: PackOrigin;
	/** Where a pack installed from a link was fetched from. */
	url?: string;
	installedAt: number;
	updatedAt: number;
	/** Studied on Today and Study (quizzes and sources can still choose it). */
	enabled: boolean;
	/** Topics in teaching order, when the pack names them. */
	topics: { id: string; title: string }[];
	counts: { cards: number; retired: number; sources: number; entities: number };
	/** Live cards per entity kind and per source (library id): what each study filter holds. */
	sizes: CardSizes;
	/** What the latest install of a newer version changed ("12 cards added, 3 changed, 1 retired."). */
	lastChange?: { at: number; summary: string };
	/**
	 * No card ranked below this is new: reads of new cards start here (see first-new-rank.ts). Absent on packs
	 * stored before it was kept: their reads start at the first rank. Derived, so left out of backups.
	 */
	firstNewRank?: number;
}

/** A source of a library pack (its id qualified). */
export interface PackSourceRecord extends Source {
	pack: string;
	/** Its place in the pack's list. */
	rank: number;
}

/** An entity of a library pack (its id and references qualified). */
export interface PackEntityRecord extends Entity {
	pack: string;
	/** Its place in the pack's list. */
	rank: number;
}

/** A card of a library pack (its id and references qualified). */
export interface PackCardRecord extends Card {
	pack: string;
	/** Its place in the pack's teaching order. */
	rank: number;
	/** `rank`, while the card has never been studied and is not retired: the new-card index. */
	newRank?: number;
	/** Removed by a newer version of its pack: out of every queue and quiz, its history kept. */
	retired?: true;
	/** The answer before the pack's latest version changed it: the card says so. */
	previousAnswer?: string;
}

/** A pack being made from a person's own documents, saved as they work. */
export interface DraftRecord {
	id: string;
	updatedAt: number;
	/** The draft itself (its shape belongs to the pack editor). */
	draft: unknown;
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
