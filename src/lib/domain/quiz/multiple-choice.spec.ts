import { describe, expect, it } from 'vitest';
import { answerKey } from '../answer';
import { makeFixturePack } from './fixture';
import { generateQuiz } from './generate';
import { actorGroup, placeGroup } from './groups';
import { prepareQuizPool } from './pool';
import { questionRuleViolations } from './rules';
import type { ChoiceQuestion, QuizMode } from './types';

const pack = makeFixturePack();
const pool = prepareQuizPool(pack);

function many(mode: QuizMode, seeds: number): ChoiceQuestion[] {
	return Array.from({ length: seeds }, (_, i) =>
		generateQuiz(pack, { selection: {}, count: 200, modes: [mode], seed: `mc-${i}` })
	).flat() as ChoiceQuestion[];
}

const questions = many('multiple-choice', 60);

describe('multiple choice over thousands of questions', () => {
	it('generates thousands', () => {
		expect(questions.length).toBeGreaterThan(3000);
		expect(questions.every((q) => q.mode === 'multiple-choice')).toBe(true);
	});

	it('keeps every rule: one right option, same sort, no alias, no length give-away', () => {
		const broken = questions.flatMap((q) => questionRuleViolations(pool, q).map((v) => `${q.cardId}: ${v}`));
		expect(broken).toEqual([]);
	});

	it('never offers another spelling of the answer', () => {
		for (const q of questions) {
			const accepted = new Set(pool.byCardId.get(q.cardId)!.card.accepted.map(answerKey));
			const wrong = q.options.filter((_, i) => i !== q.correctIndex);
			expect(wrong.filter((o) => accepted.has(answerKey(o)))).toEqual([]);
		}
	});

	it('sets people against people and armed groups against armed groups', () => {
		for (const q of questions) {
			const slot = pool.byCardId.get(q.cardId)!.slot;
			if (slot?.kind !== 'entity' || !slot.entity.actor) continue;
			const groups = q.options.map((o) => {
				const e = pool.names.get(answerKey(o))!.find((x) => x.actor);
				return actorGroup(e!.actor!.type);
			});
			expect(new Set(groups).size).toBe(1);
		}
	});

	it('sets a Syrian city against Syrian towns and cities while enough exist', () => {
		const syrian = questions.filter((q) => {
			const slot = pool.byCardId.get(q.cardId)!.slot;
			return slot?.kind === 'entity' && slot.entity.place?.country === 'Syria';
		});
		expect(syrian.length).toBeGreaterThan(10);
		for (const q of syrian) {
			const places = q.options.map((o) => pool.names.get(answerKey(o))!.find((e) => e.place)!.place!);
			expect(places.every((p) => p.country === 'Syria' && placeGroup(p.type) === 'settlement')).toBe(true);
		}
	});

	it('never offers an event’s other place as a wrong answer', () => {
		const qaim = questions.filter((q) => q.cardId === 'qaim-rawa-offensive:event-place');
		expect(qaim.length).toBeGreaterThan(0);
		for (const q of qaim) expect(q.options).not.toContain('Rawa');
	});

	it('gives dates at the answer’s precision and figures in the answer’s unit', () => {
		const dated = questions.filter((q) => q.cardId === 'hawija-offensive:event-date');
		expect(dated.length).toBeGreaterThan(0);
		for (const q of dated) for (const o of q.options) expect(o).toMatch(/^[A-Z][a-z]+ \d{4}$/);
		const share = questions.filter((q) => q.cardId === 'deir-ez-zor-control:figure-number');
		expect(share.length).toBeGreaterThan(0);
		for (const q of share) for (const o of q.options) expect(o).toMatch(/^\d+( percent|%)$/);
	});

	it('puts the right answer in every position', () => {
		const positions = new Set(questions.map((q) => q.correctIndex));
		expect([...positions].sort()).toEqual([0, 1, 2, 3]);
	});
});

describe('map-identify over many quizzes', () => {
	const marked = many('map-identify', 40);

	it('keeps the rules and keeps wrong places away from the marker', () => {
		expect(marked.length).toBeGreaterThan(400);
		const broken = marked.flatMap((q) => questionRuleViolations(pool, q).map((v) => `${q.cardId}: ${v}`));
		expect(broken).toEqual([]);
		for (const q of marked) expect(q.marker).toBeDefined();
	});
});
