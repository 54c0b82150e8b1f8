import { describe, expect, it } from 'vitest';
import { QUIZ_MODES } from '$lib/domain/quiz';
import { QUIZ_MODE_LABELS } from '$lib/domain/quiz/mode-labels';
import { MODE_CHOICES, modesOf } from './quiz-choices';

describe('the kinds of question /quiz offers', () => {
	it('offer every kind of question once', () => {
		const offered = MODE_CHOICES.flatMap((choice) => choice.modes);
		expect([...offered].sort()).toEqual([...QUIZ_MODES].sort());
	});

	it('name a single kind in the words /assign uses for it', () => {
		for (const choice of MODE_CHOICES.filter((c) => c.modes.length === 1))
			expect(choice.label).toBe(QUIZ_MODE_LABELS[choice.modes[0]!]);
		expect(new Set(MODE_CHOICES.map((c) => c.label)).size).toBe(MODE_CHOICES.length);
	});

	it('turn ticked choices into their modes, the map choice into both map kinds', () => {
		expect(modesOf(['map', 'typed'])).toEqual(['typed', 'map', 'map-identify']);
		expect(modesOf([])).toEqual([]);
	});
});
