/** For specs: a saved next card (resume-hint.ts), and a device that holds one. */
import { vi } from 'vitest';
import { deviceResume, type ResumeHint } from './resume-hint';
import { fakeStorage } from './test-storage';

/** Mosul's country card, due for review; `change` sets what a spec needs. */
export function sampleResumeHint(change: Partial<ResumeHint> = {}): ResumeHint {
	return {
		pack: 'v1',
		cardId: 'mosul:country',
		kind: 'review',
		from: 1_000,
		until: 2_000,
		filter: { by: 'all' },
		typedMode: false,
		prompt: 'In which country is Mosul?',
		kindName: 'Place',
		typeName: 'country',
		typing: false,
		cardKind: 'place',
		cardType: 'place-country',
		answer: 'Iraq',
		contested: false,
		...change
	};
}

/** This device's localStorage, a stand-in holding `hint` as the saved next card (`vi.unstubAllGlobals()` ends it). */
export function stubSavedHint(hint: ResumeHint): void {
	vi.stubGlobal('localStorage', fakeStorage());
	deviceResume.write(hint);
}
