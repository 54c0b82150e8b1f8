import { beforeEach, expect, it } from 'vitest';
import packJson from '$lib/content/generated/pack.json';
import { installPack } from '$lib/db/library';
import { freshDatabase } from '$lib/db/test-db';
import type { Pack } from '$lib/domain/pack';
import { firstVisitQuizChoices } from './first-visit-quiz';
import { forgetLibraryContent, loadLibraryContent } from './library-content';
import { quizLibraryChoices } from './quiz-library-choices';

beforeEach(() => {
	freshDatabase('first-visit-quiz');
	forgetLibraryContent();
});

it('guesses the choices the quiz form offers once a first install of the built-in pack is read', async () => {
	await installPack(packJson as unknown as Pack, { origin: 'built-in', now: Date.UTC(2026, 11, 3) });
	// Read as the page reads it (the built-in pack is found installed, not fetched again).
	const read = quizLibraryChoices(await loadLibraryContent());
	expect(read.sources.length).toBeGreaterThan(1);
	expect(firstVisitQuizChoices()).toEqual(read);
});
