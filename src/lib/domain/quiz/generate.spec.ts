import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '../pack';
import { makeFixturePack } from './fixture';
import { generateQuiz, MAX_QUESTIONS } from './generate';
import { prepareQuizPool } from './pool';
import { QUIZ_MODES, type QuizSpec } from './types';

const pack = makeFixturePack();
const spec = (over: Partial<QuizSpec> = {}): QuizSpec => ({
	selection: {},
	count: 20,
	modes: [...QUIZ_MODES],
	seed: 'class-7b',
	...over
});

afterEach(() => vi.restoreAllMocks());

describe('generateQuiz determinism', () => {
	it('gives the identical quiz for the same pack and spec, even from a fresh copy of the pack', () => {
		const quiz = generateQuiz(pack, spec());
		expect(quiz).toHaveLength(20);
		expect(generateQuiz(pack, spec())).toEqual(quiz);
		// Another device: the pack arrives as JSON, and no index is cached yet.
		const copy = JSON.parse(JSON.stringify(pack)) as Pack;
		expect(generateQuiz(copy, spec())).toEqual(quiz);
		expect(JSON.parse(JSON.stringify(quiz))).toEqual(quiz);
	});

	it('gives a different quiz for a different seed', () => {
		const a = generateQuiz(pack, spec({ seed: 'a' }));
		const b = generateQuiz(pack, spec({ seed: 'b' }));
		expect(a).not.toEqual(b);
		expect(a.map((q) => q.cardId)).not.toEqual(b.map((q) => q.cardId));
	});

	it('uses neither the clock nor Math.random', () => {
		const random = vi.spyOn(Math, 'random');
		const now = vi.spyOn(Date, 'now');
		generateQuiz(makeFixturePack(), spec({ count: 50 }));
		expect(random).not.toHaveBeenCalled();
		expect(now).not.toHaveBeenCalled();
	});
});

describe('generateQuiz content', () => {
	it('numbers questions and never asks a card or its other side twice', () => {
		const quiz = generateQuiz(pack, spec({ count: 60 }));
		expect(quiz.map((q) => q.id)).toEqual(quiz.map((_, i) => String(i)));
		const cards = quiz.flatMap((q) => q.cardIds);
		expect(new Set(cards).size).toBe(cards.length);
		const pool = prepareQuizPool(pack);
		const pairs = cards.map((id) => pool.byCardId.get(id)!.card.pair);
		expect(new Set(pairs).size).toBe(pairs.length);
	});

	it('spreads the allowed modes evenly while each has cards left', () => {
		const modes = ['multiple-choice', 'true-false', 'typed', 'map-identify'] as const;
		const quiz = generateQuiz(pack, spec({ count: 24, modes: [...modes] }));
		expect(modes.map((m) => quiz.filter((q) => q.mode === m).length)).toEqual([6, 6, 6, 6]);
	});

	it('fills the count from other modes once a mode runs out (13 events allow few timelines)', () => {
		const quiz = generateQuiz(pack, spec({ count: 28 }));
		expect(quiz).toHaveLength(28);
		const timelines = quiz.filter((q) => q.mode === 'timeline').length;
		expect(timelines).toBeGreaterThan(0);
		expect(timelines).toBeLessThan(4);
	});

	it('uses only the allowed modes', () => {
		const quiz = generateQuiz(pack, spec({ modes: ['typed', 'map'], count: 30 }));
		expect(new Set(quiz.map((q) => q.mode))).toEqual(new Set(['typed', 'map']));
	});

	it('every question carries an explanation and evidence', () => {
		for (const q of generateQuiz(pack, spec({ count: 60 }))) {
			expect(q.explanation.length).toBeGreaterThan(10);
			expect(q.explanation).not.toMatch(/\n/);
			expect(q.evidence.length).toBeGreaterThan(0);
			expect(q.evidence[0]!.excerpt.length).toBeGreaterThan(0);
		}
	});
});

describe('generateQuiz selection', () => {
	it('filters by kind, source and card id together', () => {
		const pool = prepareQuizPool(pack);
		const places = generateQuiz(pack, spec({ selection: { kinds: ['place'] }, count: 40 }));
		expect(places.every((q) => q.cardIds.every((id) => pool.byCardId.get(id)!.card.kind === 'place'))).toBe(
			true
		);
		const fromBlog = generateQuiz(
			pack,
			spec({ selection: { sources: ['blog-2017'] }, modes: ['multiple-choice'] })
		);
		expect(fromBlog.length).toBeGreaterThan(0);
		expect(fromBlog.every((q) => pool.byCardId.get(q.cardId)!.card.sources.includes('blog-2017'))).toBe(true);
		const both = generateQuiz(pack, spec({ selection: { kinds: ['actor'], sources: ['report-2017'] } }));
		for (const q of both) {
			const card = pool.byCardId.get(q.cardId)!.card;
			expect(card.kind === 'actor' && card.sources.includes('report-2017')).toBe(true);
		}
	});

	it('returns fewer questions when the selection is smaller than the count', () => {
		const ids = ['falluja:place-country', 'mosul:place-country', 'raqqa:place-country'];
		const quiz = generateQuiz(
			pack,
			spec({ selection: { cardIds: ids }, count: 10, modes: ['multiple-choice'] })
		);
		expect(quiz.map((q) => q.cardId).sort()).toEqual([...ids].sort());
	});

	it('falls back to another allowed mode when one has no suitable card', () => {
		const claims = generateQuiz(
			pack,
			spec({ selection: { kinds: ['claim'] }, modes: ['timeline', 'map', 'true-false'] })
		);
		expect(claims.length).toBeGreaterThan(0);
		expect(claims.every((q) => q.mode === 'true-false')).toBe(true);
	});

	it('returns an empty quiz, never throws, for impossible or odd specs', () => {
		const empty: Pack = { ...pack, entities: [], cards: [] };
		expect(generateQuiz(empty, spec())).toEqual([]);
		expect(generateQuiz(pack, spec({ selection: { cardIds: ['nope'] } }))).toEqual([]);
		expect(generateQuiz(pack, spec({ selection: { kinds: ['claim'] }, modes: ['timeline'] }))).toEqual([]);
		expect(generateQuiz(pack, spec({ count: 0 }))).toEqual([]);
		expect(generateQuiz(pack, spec({ count: -3 }))).toEqual([]);
		expect(generateQuiz(pack, spec({ count: Number.NaN }))).toEqual([]);
		expect(generateQuiz(pack, spec({ modes: [] })).every((q) => q.mode === 'multiple-choice')).toBe(true);
		expect(generateQuiz(pack, spec({ count: 10_000 })).length).toBeLessThanOrEqual(MAX_QUESTIONS);
	});

	it('survives cards whose entity is missing from the pack', () => {
		const orphan = { ...pack.cards[0]!, id: 'orphan', entity: 'ghost', pair: 'ghost' };
		const odd: Pack = { ...pack, cards: [orphan] };
		const quiz = generateQuiz(odd, spec({ count: 5 }));
		expect(
			quiz.every((q) => q.mode === 'typed' || q.mode === 'multiple-choice' || q.mode === 'true-false')
		).toBe(true);
	});

	it('a tiny pool of one fact gives at most a typed question', () => {
		const single: Pack = {
			...pack,
			cards: pack.cards.filter((c) => c.id === 'falluja-offensive:event-date')
		};
		const quiz = generateQuiz(single, spec({ modes: ['multiple-choice', 'timeline', 'typed'] }));
		// Distractor dates come from the whole pack, so multiple choice still works; a timeline needs four events.
		expect(quiz).toHaveLength(1);
		expect(quiz[0]!.mode).not.toBe('timeline');
	});
});
