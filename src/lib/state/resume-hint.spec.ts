import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceResume, forgetResumeHint, parseResumeHint } from './resume-hint';
import { sampleResumeHint } from './test-resume-hint';
import { fakeStorage } from './test-storage';

const HINT = sampleResumeHint({ filter: { by: 'kind', kind: 'place' } });

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('parseResumeHint', () => {
	it('reads back what was stored, with or without the card’s context', () => {
		expect(parseResumeHint(JSON.stringify(HINT))).toEqual(HINT);
		const withContext = { ...HINT, context: 'A city on the Tigris.' };
		expect(parseResumeHint(JSON.stringify(withContext))).toEqual(withContext);
	});

	it.each([
		['nothing stored', null],
		['text that is not JSON', '{"pack":'],
		['a number', '42'],
		['a missing prompt', JSON.stringify({ ...HINT, prompt: undefined })],
		['an unknown kind', JSON.stringify({ ...HINT, kind: 'overdue' })],
		['a time that is not a number', JSON.stringify({ ...HINT, until: '2000' })],
		['a filter of another shape', JSON.stringify({ ...HINT, filter: { by: 'topic' } })],
		['a missing flag', JSON.stringify({ ...HINT, typing: undefined })],
		['a missing answer (an older app’s hint)', JSON.stringify({ ...HINT, answer: undefined })],
		['a context that is not text', JSON.stringify({ ...HINT, context: 3 })],
		['no word on whether it is contested', JSON.stringify({ ...HINT, contested: undefined })]
	])('refuses %s', (_, text) => {
		expect(parseResumeHint(text)).toBeNull();
	});
});

describe('deviceResume', () => {
	it('keeps the hint in localStorage until it is forgotten', () => {
		vi.stubGlobal('localStorage', fakeStorage());
		deviceResume.write(HINT);
		expect(deviceResume.read()).toEqual(HINT);
		forgetResumeHint();
		expect(deviceResume.read()).toBeNull();
	});

	it('reads nothing where there is no storage (the prerender) and when storage is blocked', () => {
		expect(deviceResume.read()).toBeNull();
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		});
		expect(deviceResume.read()).toBeNull();
		expect(() => deviceResume.write(HINT)).not.toThrow();
	});
});
