import { describe, expect, it } from 'vitest';
import { htmlToText, kebabCase, looksLikeHtml, textToHtml } from './text';

describe('HTML to text and back', () => {
	it('writes text as HTML that shows exactly that text', () => {
		expect(textToHtml('a < b & "c" > d\nnext')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d<br>next');
		expect(htmlToText(textToHtml('a < b & "c" > d\nnext'))).toBe('a < b & "c" > d\nnext');
	});

	it('keeps what a deck shows as text: line breaks from blocks, entities decoded, markup and scripts gone', () => {
		expect(htmlToText('<div>Mosul</div><div>on the <b>Tigris</b></div>')).toBe('Mosul\non the Tigris');
		expect(htmlToText('Deir&nbsp;ez-Zor &amp; Raqqa &#8212; &#x2019;s &lt;tag&gt;')).toBe(
			'Deir ez-Zor & Raqqa — ’s <tag>'
		);
		expect(htmlToText('<script>alert(1)</script><style>p{}</style>ok<!-- note -->')).toBe('ok');
		expect(htmlToText('<img src=x onerror=alert(1)>caption')).toBe('caption');
		expect(htmlToText('unclosed <b')).toBe('unclosed');
		expect(htmlToText('&#0;&#xD800;bad&#1114112;')).toBe('bad');
		expect(htmlToText('  many   spaces <br><br><br> lines ')).toBe('many spaces\nlines');
	});

	it('tells markup from text', () => {
		expect(looksLikeHtml('<b>x</b>')).toBe(true);
		expect(looksLikeHtml('Tom &amp; Jerry')).toBe(true);
		expect(looksLikeHtml('1 < 2 and 3 > 2')).toBe(false);
		expect(looksLikeHtml('Tom & Jerry')).toBe(false);
	});
});

describe('kebab-case ids', () => {
	it('folds accents and punctuation, and shortens at a word boundary', () => {
		expect(kebabCase('Deir ez-Zor: the 2017 siege')).toBe('deir-ez-zor-the-2017-siege');
		expect(kebabCase('Ça va, Mosul’s “old city”')).toBe('ca-va-mosul-s-old-city');
		expect(kebabCase('The campaign against the Islamic State, 2016–2017', 44)).toBe(
			'the-campaign-against-the-islamic-state-2016'
		);
		expect(kebabCase('حلب')).toBe('');
	});
});
