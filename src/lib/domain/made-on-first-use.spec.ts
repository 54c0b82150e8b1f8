import { describe, expect, it } from 'vitest';
import { madeOnFirstUse } from './made-on-first-use';

describe('madeOnFirstUse', () => {
	it('makes nothing until asked, then makes the value once and keeps it', () => {
		let made = 0;
		const value = madeOnFirstUse(() => ({ n: ++made }));
		expect(made).toBe(0);
		const first = value();
		expect(first).toEqual({ n: 1 });
		expect(value()).toBe(first);
		expect(made).toBe(1);
	});

	it('keeps a value that is undefined or null without making it again', () => {
		let made = 0;
		const nothing = madeOnFirstUse(() => {
			made++;
			return undefined;
		});
		expect(nothing()).toBeUndefined();
		expect(nothing()).toBeUndefined();
		expect(made).toBe(1);
	});

	it('tries again after a failed make, since nothing was kept', () => {
		let calls = 0;
		const value = madeOnFirstUse(() => {
			if (++calls === 1) throw new Error('not yet');
			return 'ready';
		});
		expect(() => value()).toThrow('not yet');
		expect(value()).toBe('ready');
		expect(calls).toBe(2);
	});
});
