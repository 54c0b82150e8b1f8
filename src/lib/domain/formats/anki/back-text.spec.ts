import { describe, expect, it } from 'vitest';
import type { Source } from '../../pack';
import { htmlToText } from '../text';
import { evidenceBlockHtml, readBackText } from './back-text';

const source = (id: string, title: string): Source => ({
	id,
	title,
	kind: 'analysis',
	publisher: 'unknown',
	date: 'unknown',
	file: '',
	reliability: ''
});
const sources = new Map([
	['a', source('a', 'Report A')],
	['b', source('b', 'Blog B')]
]);

describe('the back of a stock Anki card', () => {
	it('writes accepted spellings, sources and excerpts under the answer and reads them back', () => {
		const html =
			'Deir ez-Zor' +
			evidenceBlockHtml(
				'Deir ez-Zor',
				['Deir ez-Zor', 'Deir Ezzor'],
				[
					{ source: 'a', file: '', excerpt: 'It said “quoted” <words>.' },
					{ source: 'b', file: '', excerpt: 'Second.' }
				],
				sources
			);
		expect(readBackText(htmlToText(html))).toEqual({
			main: 'Deir ez-Zor',
			accepted: ['Deir ez-Zor', 'Deir Ezzor'],
			evidence: [
				{ sourceTitle: 'Report A', excerpt: 'It said “quoted” <words>.' },
				{ sourceTitle: 'Blog B', excerpt: 'Second.' }
			]
		});
	});

	it('writes nothing more for an answer without spellings or sources, and reads any back as the answer', () => {
		expect(evidenceBlockHtml('x', ['x'], [], sources)).toBe('');
		expect(readBackText('Just an answer\nover two lines')).toEqual({
			main: 'Just an answer\nover two lines',
			accepted: [],
			evidence: []
		});
	});
});
