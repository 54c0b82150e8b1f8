import { describe, expect, it } from 'vitest';
import { AGAIN, GOOD } from '$lib/domain/scheduler-values';
import { fakeStorage } from '../test-storage';
import { givenAnswersIn, parseGivenAnswers, type AnswerStorage } from './given-answers';

const mosul = { cardId: 'mosul:country', rating: GOOD, at: 1_000, durationMs: 3000 };
const raqqa = { cardId: 'raqqa:country', rating: AGAIN, at: 2_000, durationMs: 4000, typed: 'Iraq' };

describe('givenAnswersIn', () => {
	it('keeps answers until each is settled, and survives a new list on the same storage (a reload)', () => {
		const storage = fakeStorage();
		const list = givenAnswersIn(() => storage);
		list.keep(mosul);
		list.keep(raqqa);
		expect(givenAnswersIn(() => storage).read()).toEqual([mosul, raqqa]);
		list.settle(mosul);
		expect(list.read()).toEqual([raqqa]);
		list.settle(raqqa);
		expect(storage.length).toBe(0);
	});

	it('keeps one entry per answer, and forgets them all when the data is replaced', () => {
		const storage = fakeStorage();
		const list = givenAnswersIn(() => storage);
		list.keep(mosul);
		list.keep({ ...mosul });
		expect(list.read()).toEqual([mosul]);
		list.keep(raqqa);
		list.forget();
		expect(list.read()).toEqual([]);
	});

	it('keeps each answer under a key of its own, reading and rewriting no other (two tabs answering at once)', () => {
		const storage = fakeStorage();
		const calls: string[] = [];
		const watched: AnswerStorage = {
			get length() {
				return storage.length;
			},
			key: (i) => storage.key(i),
			getItem: (key) => (calls.push(`get ${key}`), storage.getItem(key)),
			setItem: (key, value) => (calls.push(`set ${key}`), storage.setItem(key, value)),
			removeItem: (key) => (calls.push(`remove ${key}`), storage.removeItem(key))
		};
		const tab = givenAnswersIn(() => watched);
		const otherTab = givenAnswersIn(() => watched);
		tab.keep(mosul);
		expect(calls).toEqual(['set sourcedeck.givenAnswer:1000:3:3000:mosul:country']);
		otherTab.keep(raqqa);
		tab.settle(mosul);
		expect(otherTab.read()).toEqual([raqqa]);
		expect(calls.filter((c) => c.startsWith('set'))).toHaveLength(2);
	});

	it('stores what an earlier version left in its one list, letting go of each answer once settled', () => {
		const storage = fakeStorage();
		storage.setItem('sourcedeck.givenAnswers', JSON.stringify([raqqa, mosul]));
		const list = givenAnswersIn(() => storage);
		list.keep(mosul);
		expect(list.read(), 'oldest first, each once').toEqual([mosul, raqqa]);
		list.settle(mosul);
		expect(list.read()).toEqual([raqqa]);
		list.settle(raqqa);
		expect(storage.length).toBe(0);
		storage.setItem('sourcedeck.givenAnswers', JSON.stringify([raqqa]));
		list.forget();
		expect(storage.length).toBe(0);
	});

	it('keeps nothing and throws nothing where storage is blocked or full', () => {
		const full = fakeStorage();
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const list = givenAnswersIn(() => full);
		expect(() => list.keep(mosul)).not.toThrow();
		expect(list.read()).toEqual([]);
		const blocked = givenAnswersIn(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		expect(() => blocked.keep(mosul)).not.toThrow();
		expect(blocked.read()).toEqual([]);
		expect(givenAnswersIn(() => undefined).read()).toEqual([]);
	});
});

describe('parseGivenAnswers', () => {
	it('leaves out what is not an answer and reads damaged text as none', () => {
		const text = JSON.stringify([
			mosul,
			{ ...mosul, rating: 5 },
			{ ...mosul, cardId: '' },
			{ ...mosul, at: 'soon' },
			{ ...raqqa, typed: 7 },
			null,
			raqqa
		]);
		expect(parseGivenAnswers(text)).toEqual([mosul, raqqa]);
		expect(parseGivenAnswers('{"cardId":"x"}')).toEqual([]);
		expect(parseGivenAnswers('[{')).toEqual([]);
		expect(parseGivenAnswers(null)).toEqual([]);
	});
});
