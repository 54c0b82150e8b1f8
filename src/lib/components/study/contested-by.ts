/** Who stands behind a contested card: it is taught as someone's statement, never as a fact. */
import { sourceCredit } from '$lib/domain/card-text';
import { packOf, qualify } from '$lib/domain/library';
import type { Card, Entity, Source } from '$lib/domain/pack';

/** "claimed by the Zero Hedge commentary", "according to the official US estimate", "according to the digest". */
export function contestedBy(
	card: Pick<Card, 'evidence'>,
	entity: Entity | undefined,
	sourceById: (id: string) => Source | undefined
): string {
	if (entity?.claim) return `claimed by ${entity.claim.claimant}`;
	const credit = (id: string) => {
		const source = sourceById(id);
		return source ? sourceCredit(source) : id;
	};
	const givenBy = entity?.figure?.givenBy;
	if (givenBy) {
		// "report-2017 itself": the source's own voice, named by its id in the pack.
		const own = /^(\S+) itself$/.exec(givenBy)?.[1];
		const source = own && (sourceById(own) ? own : entity && qualify(packOf(entity.id), own));
		return `according to ${source && sourceById(source) ? credit(source) : givenBy}`;
	}
	const ids = [...new Set((entity?.evidence ?? card.evidence).map((e) => e.source))];
	return `according to ${ids.map(credit).join(' and ')}`;
}
