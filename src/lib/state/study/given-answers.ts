/**
 * Answers given and not yet stored, kept in localStorage from the tap until their transaction commits. The next
 * card shows at once and the answer is written meanwhile: a reload, a closed tab or a crash in that moment (a
 * tenth of a second on a slow phone) aborts the transaction, which lost the answer. localStorage is written at
 * once, so the answer is kept; the next study session stores what is left (db/study.ts storeGivenAnswers, which
 * never stores one answer twice).
 */
import type { GivenAnswer } from '$lib/db/study';

const KEY = 'sourcedeck.givenAnswers';
/**
 * Again, Hard, Good, Easy, as domain/scheduler-values.ts's isRating knows them. Not imported: this module is a
 * chunk of its own (vite.config.ts), which would take the import in with it.
 */
const RATINGS: unknown[] = [1, 2, 3, 4];

/** What a list of given answers is kept in: localStorage in the app, a Map in tests. */
export type AnswerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface GivenAnswers {
	/** Answers given and perhaps not stored, oldest first. */
	read(): GivenAnswer[];
	/** Keeps an answer as it is given, before its write begins. */
	keep(answer: GivenAnswer): void;
	/** Lets go of an answer: it is stored, or its failure was shown and the card is back on screen. */
	settle(answer: GivenAnswer): void;
	/** Lets go of every answer: the study data was replaced (an import, a restore, a reset). */
	forget(): void;
}

/** Kept in `storage`; storage that is blocked or full keeps nothing (answers are then stored as before). */
export function givenAnswersIn(storage: () => AnswerStorage | undefined): GivenAnswers {
	const write = (answers: GivenAnswer[]) => {
		try {
			if (answers.length > 0) storage()?.setItem(KEY, JSON.stringify(answers));
			else storage()?.removeItem(KEY);
		} catch {
			// Blocked or full: the answer is written as it was before this list existed.
		}
	};
	const read = () => {
		try {
			return parseGivenAnswers(storage()?.getItem(KEY) ?? null);
		} catch {
			return [];
		}
	};
	// What names an answer (see GivenAnswer).
	const same = (a: GivenAnswer, b: GivenAnswer) =>
		a.cardId === b.cardId && a.at === b.at && a.rating === b.rating && a.durationMs === b.durationMs;
	return {
		read,
		keep: (answer) => write([...read().filter((a) => !same(a, answer)), answer]),
		settle: (answer) => write(read().filter((a) => !same(a, answer))),
		forget: () => write([])
	};
}

/** This device's list. */
export const deviceGivenAnswers = givenAnswersIn(() =>
	typeof localStorage === 'undefined' ? undefined : localStorage
);

/**
 * Lets go of this device's unstored answers: they belong to the study data just replaced (an import, a restore, a
 * reset).
 */
export function forgetGivenAnswers(): void {
	deviceGivenAnswers.forget();
}

/**
 * The answers of a stored list, leaving out any entry that is not one (this app wrote it, but maybe an older
 * version of it).
 */
export function parseGivenAnswers(text: string | null): GivenAnswer[] {
	let value: unknown;
	try {
		value = JSON.parse(text ?? '[]');
	} catch {
		return [];
	}
	return Array.isArray(value) ? value.filter(isGivenAnswer) : [];
}

function isGivenAnswer(value: unknown): value is GivenAnswer {
	if (typeof value !== 'object' || value === null) return false;
	const answer = value as Record<string, unknown>;
	return (
		typeof answer.cardId === 'string' &&
		answer.cardId !== '' &&
		RATINGS.includes(answer.rating) &&
		Number.isFinite(answer.at) &&
		Number.isFinite(answer.durationMs) &&
		(answer.typed === undefined || typeof answer.typed === 'string')
	);
}
