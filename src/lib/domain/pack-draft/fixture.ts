/** A small draft for specs: one pasted report, its proposals found by the real engine. */
import { extractProposals } from '../extract';
import { emptyDraft, sourcesKey, type PackDraft } from './types';

export const REPORT = `Mosul, 3 November 2016. Iraqi forces entered the eastern districts of Mosul on Tuesday, the army said. "We will liberate the city within weeks," said Haider al-Abadi, the prime minister. About 5,000 fighters of the Islamic State remain in the city, according to the Pentagon. Critics claim the offensive was rushed.`;

export function fixtureDraft(now = 1_000): PackDraft {
	const draft = emptyDraft('draft-0001', now);
	draft.title = 'Mosul, autumn 2016';
	draft.topic = 'Mosul';
	draft.sources = [
		{
			id: 'source-1',
			title: 'A report from Mosul',
			kind: 'news report',
			publisher: 'A wire service',
			date: '3 November 2016',
			reliability: 'Reports what officials say; not independently checked.',
			file: '',
			text: REPORT
		}
	];
	draft.nextSource = 2;
	draft.proposals = extractProposals([{ file: 'source-1', text: REPORT }]);
	draft.proposalsFor = sourcesKey(draft.sources);
	return draft;
}

/** The id of the fixture's proposal of a kind whose name contains `name`. */
export function proposalId(draft: PackDraft, kind: string, name: string): string {
	const p = draft.proposals!.find((x) => x.kind === kind && x.name.includes(name));
	if (!p) throw new Error(`no ${kind} proposal named ${name}`);
	return p.id;
}
