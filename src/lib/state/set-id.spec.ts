import { expect, it } from 'vitest';
import { idFromHash } from './set-id';

it('reads a set id from the fragment, and nothing from a fragment that is not one', () => {
	expect(idFromHash('#a1B2-c_3')).toBe('a1B2-c_3');
	expect(idFromHash('a1B2')).toBe('a1B2');
	expect(idFromHash('')).toBe('');
	expect(idFromHash('#')).toBe('');
	expect(idFromHash('#<script>')).toBe('');
	expect(idFromHash(`#${'x'.repeat(65)}`)).toBe('');
});
