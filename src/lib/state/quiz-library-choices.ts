/**
 * What the quiz form offers from the library: the packs that are on and their sources, as the form's boxes. Only
 * ids and labels, so the page can be prerendered with a first visit's (state/first-visit-quiz.ts) and the form
 * drawn before the library is read.
 */
import { packOf } from '$lib/domain/library';

/** One box: a qualified id (`pack/id` for a source) and the text beside it. */
export interface QuizLibraryChoice {
	value: string;
	label: string;
}

export interface QuizLibraryChoices {
	/** The packs that are on, in the library's order. */
	packs: QuizLibraryChoice[];
	/** Their sources, pack by pack; each names its pack when there is more than one. */
	sources: QuizLibraryChoice[];
}

type Named = { id: string; title: string };

/** The form's boxes for the packs read (a `LibraryContent`, or a pack as a first visit installs it). */
export function quizLibraryChoices(content: {
	packs: readonly Named[];
	pack: { sources: readonly Named[] };
}): QuizLibraryChoices {
	const titles = new Map(content.packs.map((p) => [p.id, p.title]));
	const several = content.packs.length > 1;
	return {
		packs: content.packs.map((p) => ({ value: p.id, label: p.title })),
		sources: content.pack.sources.map((source) => ({
			value: source.id,
			label: several
				? `${source.title} (${titles.get(packOf(source.id)) ?? packOf(source.id)})`
				: source.title
		}))
	};
}
