/** Realistic assignments and results shared by the share/ specs and benchmarks (test-only). */

import type { AssignmentSet } from './assignment-codec';
import type { QuizAnswer, QuizResult } from './result-codec';

/** Card ids as `cards.ts` makes them: `${entity}:${type}` (+ `:${n}`). */
export const PICKED_CARD_IDS: string[] = [
	'haider-al-abadi:actor-role',
	'islamic-state:actor-role',
	'syrian-democratic-forces:actor-affiliation',
	'popular-mobilization-forces:role-actor',
	'badr-organization:actor-affiliation',
	'kataib-hezbollah:actor-role',
	'asaib-ahl-al-haq:actor-affiliation',
	'counter-terrorism-service:actor-role',
	'us-led-coalition:role-actor',
	'peshmerga:actor-role',
	'mosul:place-map',
	'raqqa:place-significance',
	'deir-ez-zor:place-country',
	'al-qaim:place-map',
	'abu-kamal:place-significance',
	'falluja:place-map',
	'hawija:place-country',
	'kirkuk:place-significance',
	'tal-afar:place-map',
	'al-tanf:place-significance',
	'battle-of-mosul:event-date',
	'liberation-of-falluja:event-place',
	'fall-of-raqqa:event-actors',
	'kirkuk-crisis-2017:event-date',
	'al-qaim-offensive:event-place',
	'isis-fighters-in-falluja:figure-number',
	'civilians-displaced-from-mosul:figure-number',
	'zero-hedge-us-aid:claim-claimant',
	'magnier-deal-claim:quote-speaker:1',
	'falluja-siege:cloze:1'
];

/** A typical 30-question set selected by kind and source, with an ordinary teacher's wording. */
export function topicAssignment(overrides: Partial<AssignmentSet> = {}): AssignmentSet {
	return {
		v: 1,
		packVersion: '9f3c2a71d04e',
		id: 'k3J9xQ2pLm',
		title: 'Kirkuk and Hawija, autumn 2017: revision before Thursday',
		instructions:
			'Work through these thirty questions on your own tonight. Think carefully about which outlet reported ' +
			'each figure; several were disputed at the time. Bring your result code to class.',
		teacherNote: 'Period 3 only — period 5 gets a different set next week.',
		spec: {
			selection: { kinds: ['event', 'place', 'figure'], sources: ['report-2017', 'digest-2017'] },
			count: 30,
			modes: ['multiple-choice', 'typed'],
			seed: 'q7Xr2Kp9'
		},
		dueAt: 1_730_390_400_000,
		timeLimitSec: 1200,
		showAnswers: true,
		createdAt: 1_729_785_600_123,
		...overrides
	};
}

/** The same set made of 30 hand-picked cards. */
export function pickedAssignment(overrides: Partial<AssignmentSet> = {}): AssignmentSet {
	const base = topicAssignment();
	return {
		...base,
		spec: { ...base.spec, selection: { cardIds: [...PICKED_CARD_IDS] } },
		...overrides
	};
}

export const XSS_STRINGS = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(document.cookie)',
	"'; DROP TABLE students; --",
	'<svg/onload=alert`1`>',
	'{{constructor.constructor("alert(1)")()}}',
	'=HYPERLINK("http://evil.example","click")',
	'\u202eevil\u0000nul\ttab\r\nline'
];

export function sampleAnswers(count: number, missedEvery = 4): QuizAnswer[] {
	return Array.from({ length: count }, (_, i) =>
		i % missedEvery === 1
			? { correct: false, given: 'Ramadi' }
			: i % 7 === 3
				? { correct: 0.5 }
				: { correct: true }
	);
}

export function sampleResult(overrides: Partial<QuizResult> = {}): QuizResult {
	const answers = overrides.answers ?? sampleAnswers(30);
	const score = answers.reduce(
		(sum, answer) => sum + (typeof answer.correct === 'number' ? answer.correct : answer.correct ? 1 : 0),
		0
	);
	return {
		v: 1,
		assignmentId: 'k3J9xQ2pLm',
		student: 'Amira Haddad',
		startedAt: 1_730_000_000_000,
		finishedAt: 1_730_000_754_321,
		answers,
		score,
		maxScore: answers.length,
		...overrides
	};
}

/** Small seeded PRNG (mulberry32): the fuzz tests must be reproducible. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
