import { describe, expect, it } from 'vitest';
import { htmlToText } from './html';

describe('htmlToText', () => {
	it('keeps visible text only: no script, style, comment or template, and runs nothing', () => {
		const html = `<!doctype html><html><head><title>Report</title><style>p{color:red}</style></head>
<body><script>document.title = "pwned"</script><!-- note --><template><p>hidden</p></template>
<h1>Deir&nbsp;ez-Zor</h1><p>The <b>army</b> entered the city on <i>3&#160;November</i> &mdash; officials said &#8220;full control&#8221;.</p>
<ul><li>First</li><li>Second &amp; third</li></ul><img src="x" onerror="alert(1)"></body></html>`;
		expect(htmlToText(html)).toBe(
			'Deir ez-Zor\nThe army entered the city on 3 November — officials said “full control”.\nFirst\nSecond & third'
		);
	});

	it('uses the page title when the body has no main heading', () => {
		expect(htmlToText('<html><head><title>A &amp; B</title></head><body><p>Text.</p></body></html>')).toBe('A & B\nText.');
	});

	it('leaves unknown entities as written', () => {
		expect(htmlToText('<p>&unknown; &#0; &#x41;</p>')).toBe('&unknown; &#0; A');
	});
});
