import { describe, expect, it } from 'vitest';
import { quotedExcerpt } from './quoted-excerpt';

describe('quotedExcerpt', () => {
	it('puts an excerpt in quotation marks, the quotes within it made single', () => {
		expect(quotedExcerpt('The army entered the city.')).toBe('“The army entered the city.”');
		expect(quotedExcerpt('"We\'ve killed more than 70," he said.')).toBe(
			"“‘We've killed more than 70,’ he said.”"
		);
		expect(quotedExcerpt('He called it “a victory” (“final”) on Friday.')).toBe(
			'“He called it ‘a victory’ (‘final’) on Friday.”'
		);
		expect(quotedExcerpt(' the so-called "caliphate" — "gone" ')).toBe(
			'“the so-called ‘caliphate’ — ‘gone’”'
		);
	});
});
