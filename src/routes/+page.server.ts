import { BUILT_IN_PACK } from '$lib/content/built-in';
import { filterLabel } from '$lib/components/study/card-labels';
import { firstVisitToday } from '$lib/state/first-visit-today';

/**
 * Read at build time: the welcome's facts about the built-in pack go into the prerendered page, so it shows
 * without the pack or the database code; so do Today's numbers on a device with no study data.
 */
export function load() {
	const firstVisit = firstVisitToday();
	return {
		pack: { title: BUILT_IN_PACK.title, cards: BUILT_IN_PACK.cards, sources: BUILT_IN_PACK.sources },
		firstVisit,
		firstVisitFilterName: filterLabel(firstVisit.summary.filter, firstVisit.titles)
	};
}
