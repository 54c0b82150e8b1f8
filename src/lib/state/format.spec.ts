import { expect, it } from 'vitest';
import { formatBytes } from './format';

it('says a size in the unit that reads best, never "0.0 MB" for data that is there', () => {
	expect(formatBytes(0)).toBe('0 KB');
	expect(formatBytes(300)).toBe('1 KB');
	expect(formatBytes(48 * 1024)).toBe('48 KB');
	expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
	expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
	expect(formatBytes(10240 * 1024 * 1024)).toBe('10 GB');
	expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.5 GB');
	expect(formatBytes(300 * 1024 ** 3)).toBe('300 GB');
});
