import { describe, expect, it } from 'vitest';
import type { Source } from '../pack';
import { evidenceFields, readEvidence } from './evidence';

const source = (id: string, title: string): Source => ({
	id,
	title,
	kind: 'news report',
	publisher: 'unknown',
	date: 'unknown',
	file: '',
	reliability: ''
});
const sources = new Map([
	['a', source('a', 'Report A')],
	['b', source('b', 'Blog — B')]
]);

describe('evidence as Source and Excerpt fields', () => {
	it('lists each source once and each excerpt on its line, naming its source when there are several', () => {
		const fields = evidenceFields(
			[
				{ source: 'a', file: '', excerpt: 'first' },
				{ source: 'a', file: '', excerpt: 'second,\nwrapped' },
				{ source: 'b', file: '', excerpt: 'third — with a dash' }
			],
			sources
		);
		expect(fields).toEqual({
			source: ['Report A', 'Blog — B'],
			excerpt: ['first — Report A', 'second, wrapped — Report A', 'third — with a dash — Blog — B']
		});
		expect(readEvidence(fields.source.join('\n'), fields.excerpt.join('\n'))).toEqual([
			{ sourceTitle: 'Report A', excerpt: 'first' },
			{ sourceTitle: 'Report A', excerpt: 'second, wrapped' },
			{ sourceTitle: 'Blog — B', excerpt: 'third — with a dash' }
		]);
	});

	it('pairs every excerpt with the only source, keeps a source without excerpt, and invents nothing', () => {
		expect(readEvidence('Report A', 'one\ntwo')).toEqual([
			{ sourceTitle: 'Report A', excerpt: 'one' },
			{ sourceTitle: 'Report A', excerpt: 'two' }
		]);
		expect(readEvidence('Report A\nBook', '')).toEqual([
			{ sourceTitle: 'Report A', excerpt: '' },
			{ sourceTitle: 'Book', excerpt: '' }
		]);
		expect(readEvidence('', 'words')).toEqual([{ sourceTitle: '', excerpt: 'words' }]);
		expect(readEvidence('', '')).toEqual([]);
	});

	it('shows an unknown source id as itself', () => {
		expect(evidenceFields([{ source: 'zz', file: '', excerpt: 'x' }], sources).source).toEqual(['zz']);
	});
});
