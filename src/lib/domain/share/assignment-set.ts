/**
 * What an assignment is (a teacher's quiz set) and the schema every stored or decoded one must pass, apart from
 * the link codec (assignment-codec.ts): the device's own list of assignments, on Today, reads through this
 * without loading the compression and encoding code of links.
 */
import * as v from 'valibot';
import { MAX_PACKS, MAX_TIME_LIMIT_SEC, packId, QuizSpecSchema, type QuizSpec } from './quiz-spec';

export const ASSIGNMENT_FORMAT = 1;
/** Longest pack address a link carries (a teacher's static hosting is far shorter). */
export const MAX_PACK_URL_CHARS = 500;

/** A library pack an assignment draws on: the student needs this version to get the teacher's questions. */
export interface AssignmentPack {
	id: string;
	/** Missing on links made before the library: any version will do (the student is only warned). */
	version?: string;
	/** For the student who does not have the pack yet. */
	title?: string;
	/** The https address the teacher installed the pack from: the student's app offers to install it from there. */
	url?: string;
}

export interface AssignmentSet {
	v: 1;
	/** Links made before the library: the built-in pack's version, to warn when the student's content differs. */
	packVersion?: string;
	/** The packs the quiz is made from. Missing on links made before the library: the built-in pack. */
	packs?: AssignmentPack[];
	/** Short random id (made by the caller); result codes are bound to it. */
	id: string;
	title: string;
	instructions: string;
	teacherNote?: string;
	spec: QuizSpec;
	/** Epoch ms. */
	dueAt?: number;
	timeLimitSec?: number;
	/** Whether students see the right answers after finishing. */
	showAnswers: boolean;
	/** Epoch ms. */
	createdAt: number;
}

const epochMs = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const nonBlank = (max: number) =>
	v.pipe(
		v.string(),
		v.maxLength(max),
		v.check((text) => text.trim().length > 0, 'must not be blank')
	);

/** Only https, so the pack cannot be changed on the way (the student's app fetches it as it is). */
const packUrl = v.pipe(
	v.string(),
	v.maxLength(MAX_PACK_URL_CHARS),
	v.check(isHttpsUrl, 'pack url must be an https:// address')
);

function isHttpsUrl(text: string): boolean {
	try {
		return new URL(text).protocol === 'https:';
	} catch {
		return false;
	}
}

export const AssignmentSetSchema = v.strictObject({
	v: v.literal(ASSIGNMENT_FORMAT),
	packVersion: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
	packs: v.optional(
		v.pipe(
			v.array(
				v.strictObject({
					id: packId,
					version: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
					title: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(120))),
					url: v.optional(packUrl)
				})
			),
			v.minLength(1),
			v.maxLength(MAX_PACKS)
		)
	),
	id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,32}$/, 'id must be 4–32 letters, digits, - or _')),
	title: nonBlank(120),
	instructions: v.pipe(v.string(), v.maxLength(1000)),
	teacherNote: v.optional(v.pipe(v.string(), v.maxLength(500))),
	spec: QuizSpecSchema,
	dueAt: v.optional(epochMs),
	timeLimitSec: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TIME_LIMIT_SEC))),
	showAnswers: v.boolean(),
	createdAt: epochMs
});
