import { describe, expect, it } from 'vitest';
import { clozeCard, clozeNumbers } from './cloze';

describe('cloze deletions', () => {
	const text = '{{c1::Mosul}} fell in {{c2::2017::year}}; {{c1::it}} was the largest city.';

	it('finds the numbers a note uses', () => {
		expect(clozeNumbers(text)).toEqual([1, 2]);
		expect(clozeNumbers('no gaps')).toEqual([]);
	});

	it('hides every deletion of a number, shows the others and the hint', () => {
		expect(clozeCard(text, 1)).toEqual({
			prompt: '_____ fell in 2017; _____ was the largest city.',
			answer: 'Mosul … it'
		});
		expect(clozeCard(text, 2)).toEqual({
			prompt: 'Mosul fell in _____ (year); it was the largest city.',
			answer: '2017'
		});
	});
});
