/**
 * Answers given and not yet stored, kept in localStorage from the tap until their transaction commits. The next
 * card shows at once and the answer is written meanwhile: a reload, a closed tab or a crash in that moment (a
 * tenth of a second on a slow phone) aborts the transaction, which lost the answer. localStorage is written at
 * once, so the answer is kept; the next study session stores what is left (db/study.ts storeGivenAnswers, which
 * never stores one answer twice).
 */
import type { GivenAnswer } from '$lib/db/study';

/**
 * Each answer under a key of its own: written and removed whole, so two tabs answering at once never rewrite each
 * other's entries (one list, read and written back by each tab, could lose the other tab's answer from it).
 */
const PREFIX = 'sourcedeck.givenAnswer:';
/** The one list the app kept them in before (2026-12-06): read, so answers left in it are still stored. */
const LIST_KEY = 'sourcedeck.givenAnswers';
/**
 * Again, Hard, Good, Easy, as domain/scheduler-values.ts's isRating knows them. Not imported: this module is a
 * chunk of its own (vite.config.ts), which would take the import in with it.
 */
const RATINGS: unknown[] = [1, 2, 3, 4];

/** What given answers are kept in: localStorage in the app, a stand-in in tests. */
export type AnswerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

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

/** What names an answer (see GivenAnswer): its key. */
const keyOf = (a: GivenAnswer) => `${PREFIX}${a.at}:${a.rating}:${a.durationMs}:${a.cardId}`;

/** Kept in `storage`; storage that is blocked or full keeps nothing (answers are then stored as before). */
export function givenAnswersIn(storage: () => AnswerStorage | undefined): GivenAnswers {
	// Blocked or full: the answer is written as it was before these entries existed.
	const attempt = <T>(work: (s: AnswerStorage) => T, otherwise: T): T => {
		try {
			const s = storage();
			return s ? work(s) : otherwise;
		} catch {
			return otherwise;
		}
	};
	const ownKeys = (s: AnswerStorage) =>
		Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
	const read = () =>
		attempt((s) => {
			const byKey = new Map(parseGivenAnswers(s.getItem(LIST_KEY)).map((a) => [keyOf(a), a]));
			for (const key of ownKeys(s))
				for (const answer of parseGivenAnswers(`[${s.getItem(key)}]`)) byKey.set(keyOf(answer), answer);
			return [...byKey.values()].sort((a, b) => a.at - b.at);
		}, []);
	return {
		read,
		keep: (answer) => attempt((s) => s.setItem(keyOf(answer), JSON.stringify(answer)), undefined),
		settle: (answer) =>
			attempt((s) => {
				s.removeItem(keyOf(answer));
				const left = s.getItem(LIST_KEY);
				if (left === null) return;
				const rest = parseGivenAnswers(left).filter((a) => keyOf(a) !== keyOf(answer));
				if (rest.length > 0) s.setItem(LIST_KEY, JSON.stringify(rest));
				else s.removeItem(LIST_KEY);
			}, undefined),
		forget: () =>
			attempt((s) => {
				for (const key of ownKeys(s)) s.removeItem(key);
				s.removeItem(LIST_KEY);
			}, undefined)
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
