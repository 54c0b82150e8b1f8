import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from './excerpt';
import { OTHER_SUBJECTS } from './fixtures';
import {
	contentEnd,
	extractProposals,
	MAX_EXCERPT_WORDS,
	PROPOSAL_KINDS,
	type ExtractDocument,
	type Proposal
} from './index';

/** The seed documents when they are beside the project (../shared/seeds), so the invariants hold on them too. */
function seeds(): ExtractDocument[] {
	const dir = join(process.cwd(), '../shared/seeds');
	try {
		return readdirSync(dir)
			.filter((f) => /^\d{3}_.*\.txt$/.test(f))
			.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8'), date: { year: 2017 } }));
	} catch {
		return [];
	}
}

function checkEvidence(documents: ExtractDocument[], proposals: Proposal[]) {
	const texts = new Map(documents.map((d) => [d.file, d.text]));
	for (const p of proposals) {
		expect(PROPOSAL_KINDS).toContain(p.kind);
		expect(p.evidence.length, p.name).toBeGreaterThan(0);
		for (const e of p.evidence) {
			expect(texts.get(e.file)!.slice(e.start, e.end), p.name).toBe(e.excerpt);
			expect(countWords(e.excerpt), e.excerpt).toBeLessThanOrEqual(MAX_EXCERPT_WORDS);
			expect(e.excerpt.trim()).toBe(e.excerpt);
		}
		if (p.kind === 'claim') expect(p.contested && p.claimant).toBeTruthy();
		if (p.kind === 'quote') expect(p.speaker).toBeTruthy();
		if (p.kind === 'event') expect(p.date?.year).toBeGreaterThan(1000);
	}
}

describe('extractProposals', { timeout: 60_000 }, () => {
	it('gives every proposal verbatim evidence of at most 25 words, with offsets into its document', () => {
		const documents = [...OTHER_SUBJECTS, ...seeds()];
		const proposals = extractProposals(documents);
		expect(proposals.length).toBeGreaterThan(50);
		checkEvidence(documents, proposals);
	});

	it('gives the same proposals for the same documents, with unique ids', () => {
		const first = extractProposals(OTHER_SUBJECTS);
		expect(extractProposals(OTHER_SUBJECTS)).toEqual(first);
		expect(new Set(first.map((p) => p.id)).size).toBe(first.length);
	});

	it('groups names across documents: one proposal with every spelling and a passage from each', () => {
		const documents: ExtractDocument[] = [
			{
				file: 'a.txt',
				text: 'Iraqi troops entered Fallujah on Monday, said Haider al-Abadi.',
				date: { year: 2016, month: 5, day: 27 }
			},
			{ file: 'b.txt', text: 'Prime Minister Hayder al Abadi visited Falluja and the city of Deir el-Zour.' },
			{ file: 'c.txt', text: 'Fighters fled from Dier ez Zor toward the town of Deir Ezzor.' }
		];
		const proposals = extractProposals(documents);
		const abadi = proposals.filter((p) => p.kind === 'actor' && /Abadi/.test(p.name));
		expect(abadi).toHaveLength(1);
		expect([abadi[0]!.name, ...abadi[0]!.aliases]).toEqual(
			expect.arrayContaining(['Haider al-Abadi', 'Hayder al Abadi'])
		);
		expect(abadi[0]!.evidence.map((e) => e.file).sort()).toEqual(['a.txt', 'b.txt']);
		const deir = proposals.filter((p) => p.kind === 'place' && /D(ei|ie)r/.test(p.name));
		expect(deir).toHaveLength(1);
		expect([deir[0]!.name, ...deir[0]!.aliases].sort()).toEqual([
			'Deir Ezzor',
			'Deir el-Zour',
			'Dier ez Zor'
		]);
	});

	it('reads no proposal from readers’ comments', () => {
		const text =
			'The army took Mosul on Friday.\n4 Comments\nThe Kurds of Zakho will win, says Reader Bob Smith.';
		expect(contentEnd(text)).toBe(text.indexOf('4 Comments'));
		const names = extractProposals([{ file: 'a.txt', text, date: { year: 2017, month: 7, day: 10 } }]).map(
			(p) => p.name
		);
		expect(names.join(' ')).not.toMatch(/Zakho|Bob Smith/);
	});

	it('reads a date line when the document comes without a date', () => {
		const text =
			'Thursday, October 26, 2017\n\nIraqi forces have launched their final offensive on the town of Rawa today.';
		const [event] = extractProposals([{ file: 'a.txt', text }]).filter((p) => p.kind === 'event');
		expect(event!.date).toMatchObject({ year: 2017, month: 10, day: 26 });
	});
});
