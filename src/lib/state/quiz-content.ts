/**
 * The content a quiz is made from: the packs its selection names, read from the library and merged in pack-id
 * order (domain/library.ts `withinPacks`), so a seed and a selection make the same quiz on every device with
 * the same versions. A quiz that names no pack was made before the library: from the built-in pack.
 */
import { LEGACY_PACK_ID } from '$lib/domain/legacy-ids';
import { withinPacks } from '$lib/domain/library';
import type { Pack } from '$lib/domain/pack';
import type { QuizSpec } from '$lib/domain/quiz';
import { loadLibraryContent } from './library-content';

/** The packs a quiz draws on. */
export const quizPackIds = (spec: Pick<QuizSpec, 'selection'>): string[] =>
	spec.selection.packs?.length ? [...spec.selection.packs] : [LEGACY_PACK_ID];

/** The quiz engine's input for this spec. Packs it names that are not installed are simply absent. */
export async function quizPackFor(spec: Pick<QuizSpec, 'selection'>): Promise<Pack> {
	const ids = quizPackIds(spec);
	const content = await loadLibraryContent(ids);
	return withinPacks(content.pack, ids);
}
