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
	it('shows a run of empty lines as one, whatever spaces they hold', () => {
		const layout = 'Title\n \n\u00a0\n\t\nFirst line.\nSecond line.\n\n\n\nLast.';
		const start = layout.indexOf('First');
		expect(passageAround(layout, start, start + 'First line.'.length)).toEqual({
			before: 'Title\n\n',
			excerpt: 'First line.',
			after: '\nSecond line.\n\nLast.'
		});
		expect(passageAround(layout, 0, layout.length).excerpt).toBe(
			'Title\n\nFirst line.\nSecond line.\n\nLast.'
		);
	});
});
