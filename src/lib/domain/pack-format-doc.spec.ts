import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack } from './pack-file';

/** The docs' example must stay a pack the app installs: read it out of the markdown, as a reader would copy it. */
const doc = readFileSync(new URL('../../../docs/pack-format.md', import.meta.url), 'utf8');
const examples = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1]!);

describe('docs/pack-format.md', () => {
	it('shows one minimal pack file, and it is valid', () => {
		expect(examples).toHaveLength(1);
		const result = parsePack(JSON.parse(examples[0]!));
		expect(result.ok ? result.pack : result.problem).toMatchObject({
			id: 'moon-landing-1969',
			cards: [{ id: 'tranquility-base:title-place' }]
		});
	});

	it('names the format, its version and the excerpt limit the validator uses', async () => {
		const { PACK_FORMAT, PACK_FORMAT_VERSION, MAX_EXCERPT_WORDS } = await import('./pack-file');
		expect(doc).toContain(`\`"${PACK_FORMAT}"\``);
		expect(doc).toContain(`always \`${PACK_FORMAT_VERSION}\``);
		expect(doc).toContain(`at most ${MAX_EXCERPT_WORDS} words`);
	});

	it('shows a person how to make a pack of their own with the compiler', () => {
		expect(doc).toContain('npm run content -- --dir <folder> --sources <folder> --out <file>');
		expect(doc).toContain('[making-a-pack.md](making-a-pack.md)');
	});
});
