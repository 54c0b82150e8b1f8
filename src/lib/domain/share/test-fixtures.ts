/** Realistic assignments and results shared by the share/ specs and benchmarks (test-only). */

import packJson from '../../content/generated/pack.json';
import type { Pack } from '../pack';
import { canonicalAnswer, generateQuiz, type Question, type QuizAnswer as AnswerGiven } from '../quiz';
import { QUIZ_MODES } from '../quiz/types';
import type { AssignmentSet } from './assignment-codec';
import type { QuizAnswer, QuizResult } from './quiz-result';

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

/** The app's own content pack: format-2 codes are read against questions generated from it. */
export const realPack = packJson as unknown as Pack;

/** The questions of a quiz on the real pack: `count` questions of every kind unless `modes` says otherwise. */
export function realQuiz(seed: string, count = 10, modes = [...QUIZ_MODES]): Question[] {
	return generateQuiz(realPack, { selection: {}, count, modes, seed });
}

const shuffled = <T>(items: readonly T[], random: () => number): T[] => {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
};

/** Wrong typed answers: names, slips, other scripts, markup, and one too long for a short code. */
const TYPED = ['Ramadi', 'mosul', 'Deir ez Zor', 'Zoë', 'الرقة', '<b>x</b>', '', ' ', 'x'.repeat(31)];

/**
 * An answer a student could give to `question`, as the quiz stores it: right, wrong, partly right or none,
 * chosen by `random`.
 */
export function randomAnswer(question: Question, random: () => number): AnswerGiven | null {
	if (random() < 0.1) return null;
	const right = random() < 0.4;
	switch (question.mode) {
		case 'multiple-choice':
		case 'map-identify':
			return {
				kind: 'choice',
				index: right ? question.correctIndex : Math.floor(random() * question.options.length)
			};
		case 'true-false':
			return { kind: 'truth', value: right ? question.truth : random() < 0.5 };
		case 'typed':
			return {
				kind: 'text',
				text: right
					? question.accepted[Math.floor(random() * question.accepted.length)]!
					: TYPED[Math.floor(random() * TYPED.length)]!
			};
		case 'timeline':
			return {
				kind: 'order',
				ids: right ? [...question.correctOrder] : shuffled(question.correctOrder, random)
			};
		case 'map': {
			const spread = right ? 0.05 : random() < 0.8 ? 4 : 60;
			return canonicalAnswer({
				kind: 'point',
				lat: question.target.lat + (random() - 0.5) * spread,
				lon: question.target.lon + (random() - 0.5) * spread
			});
		}
		case 'matching': {
			const pairs: Record<string, string> = {};
			for (const row of question.left) {
				const roll = random();
				pairs[row.id] =
					right || roll < 0.5
						? question.solution[row.id]!
						: roll < 0.6
							? ''
							: question.right[Math.floor(random() * question.right.length)]!;
			}
			return { kind: 'pairs', pairs };
		}
	}
}
