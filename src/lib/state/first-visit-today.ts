/**
 * Build time only (imported by +page.server.ts): Today's numbers as a first visit finds them, the built-in pack
 * alone with nothing studied and the settings as they come. Today shows them on a device that holds no study
 * data, so it loads no database code there (today-reader.ts).
 */
import { builtInLibraryPack } from '$lib/content/built-in-first';
import { ALL_CARDS } from '$lib/domain/queue';
import { DEFAULT_SETTINGS } from '$lib/domain/settings';
import type { TodayRead } from './today-read';

export function firstVisitToday(): TodayRead {
	const pack = builtInLibraryPack();
	return {
		summary: {
			dueNow: 0,
			newToday: Math.min(DEFAULT_SETTINGS.newPerDay, pack.cards.length),
			missed: 0,
			streak: { current: 0, longest: 0, studiedToday: false },
			nextDueAt: null,
			heldByCap: 0,
			started: false,
			totalReviews: 0,
			filter: ALL_CARDS
		},
		openAssignments: [],
		finishedAssignments: 0,
		titles: {
			packs: [{ id: pack.id, title: pack.title }],
			sources: pack.sources.map(({ id, title }) => ({ id, title }))
		}
	};
}
