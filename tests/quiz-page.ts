/** What the quiz journeys share: the pack the page runs on, the form's kinds of question, starting a quiz. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { qualifyPack } from '../src/lib/domain/library';
import type { Pack } from '../src/lib/domain/pack';
import { generateQuiz } from '../src/lib/domain/quiz/generate';
import type { QuizMode, QuizSpec } from '../src/lib/domain/quiz/types';

/**
 * The content pack the page runs on, as the library holds it (its ids qualified): the built one, which may be
 * older than the source tree's. The test knows the right answers the way another device would, by
 * regenerating the quiz from its spec.
 */
export async function servedPack(page: Page): Promise<Pack> {
	const url = await page.evaluate(
		() => performance.getEntriesByType('resource').find((r) => /\/pack[.-][\w-]*\.json$/.test(r.name))?.name
	);
	const file = url
		? ((await page.evaluate(async (u) => (await fetch(u)).json(), url)) as Pack)
		: (JSON.parse(readFileSync('src/lib/content/generated/pack.json', 'utf8')) as Pack);
	return qualifyPack(file);
}

/** The form's checkbox for each kind of question, by a short name, and the question modes it turns on. */
export const MODE_BOXES: Record<string, { label: string; modes: QuizMode[] }> = {
	'multiple-choice': { label: 'Multiple choice', modes: ['multiple-choice'] },
	'true-false': { label: 'True or false', modes: ['true-false'] },
	typed: { label: 'Type the answer', modes: ['typed'] },
	timeline: { label: 'Put events in order', modes: ['timeline'] },
	map: { label: 'Places on the map', modes: ['map', 'map-identify'] },
	matching: { label: 'Match pairs', modes: ['matching'] }
};

/**
 * How long a journey gives a first visit's first question to appear. Every test's browser is new, so its first quiz
 * waits for the built-in pack's install, which shares two cores with the service worker's precache and the other
 * test worker's browser: 10.7–17.8 s on a loaded CI. How fast it is, is for the benchmarks (`npm run perf`, cold
 * start) to say, not a journey.
 */
export const FIRST_QUESTION_WAIT = { timeout: 30_000 };

/** Starts a quiz from the form with only the given kinds of question ticked; returns its questions. */
export async function startQuiz(page: Page, seed: string, boxes: string[], count = 10) {
	await page.goto(`/quiz?seed=${seed}`);
	const form = page.getByRole('form', { name: 'Choose your quiz' });
	await expect(form).toBeVisible();
	const pack = await servedPack(page);
	for (const [value, box] of Object.entries(MODE_BOXES)) {
		await form.getByRole('checkbox', { name: box.label, exact: true }).setChecked(boxes.includes(value));
	}
	await form.getByRole('radio', { name: `${count} questions`, exact: true }).check();
	await form.getByRole('button', { name: 'Start quiz' }).click();
	const spec: QuizSpec = { selection: {}, count, modes: boxes.flatMap((b) => MODE_BOXES[b]!.modes), seed };
	const questions = generateQuiz(pack, spec);
	await expect(page.getByText(`Question 1 of ${questions.length}`)).toBeVisible(FIRST_QUESTION_WAIT);
	return { questions, pack };
}
