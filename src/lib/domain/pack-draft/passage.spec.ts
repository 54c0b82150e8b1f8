import { describe, expect, it } from 'vitest';
import { passageAround } from './passage';

describe('passageAround', () => {
	const text = 'one two three four five six seven eight nine ten';
	it('keeps the excerpt exact and cuts the context at words', () => {
		const start = text.indexOf('five');
		const p = passageAround(text, start, start + 'five six'.length, 8);
		expect(p).toEqual({ before: '… four ', excerpt: 'five six', after: ' seven …' });
	});
	it('shows a short text whole', () => {
		expect(passageAround(text, 0, 3)).toEqual({ before: '', excerpt: 'one', after: text.slice(3) });
	});
});
