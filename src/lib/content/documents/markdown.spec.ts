import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';

describe('markdownToText', () => {
	it('keeps the words and drops the marks', () => {
		const md = [
			'---',
			'title: x',
			'---',
			'## The *first* battle ##',
			'',
			'> A quote from the **general**.',
			'',
			'- one item with `code`',
			'1. a [link][ref] and ![a map](map.png)',
			'',
			'[ref]: https://example.org',
			'',
			'| year | place |',
			'| ---- | ----- |',
			'| 1815 | Waterloo |',
			'',
			'snake_case_name stays, 2 * 3 stays.'
		].join('\n');
		expect(markdownToText(md)).toBe(
			['The first battle', '', 'A quote from the general.', '', 'one item with code', 'a link and a map', '', 'year   place', '', '1815   Waterloo', '', 'snake_case_name stays, 2 * 3 stays.'].join('\n')
		);
	});

	it('keeps the code of a fenced block without its fences', () => {
		expect(markdownToText('Before\n\n```js\nconst x = 1;\n```\n\nAfter')).toBe('Before\n\nconst x = 1;\n\nAfter');
	});
});
