/**
 * Every proper name in the five seed documents must be covered by some entry's name or alias.
 * Run `npx vitest run scripts/content/coverage.spec.ts` to get, per document, the names still missing.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { uncoveredNames } from './coverage';
import { COVERAGE_RULES, NOT_TEXT, SCAN_UNTIL } from './coverage-ignore';
import { compileContent } from './compile';
import { readContentFiles, readPackFolder, readSeeds, seedsDir } from './read-content';

/** Names and aliases as written, read straight from the YAML so one invalid field does not hide a name. */
function coveringNames(): string[] {
	const files = readContentFiles();
	const names: string[] = [];
	for (const [file, text] of Object.entries(files)) {
		let entries: unknown;
		try {
			entries = parse(text ?? '');
		} catch {
			continue; // The compiler reports YAML errors; here a broken file simply covers nothing.
		}
		if (!Array.isArray(entries)) continue;
		for (const entry of entries as Record<string, unknown>[]) {
			// A source's publisher names it too ("Zero Hedge", "Elijah J. Magnier").
			const own = file === 'sources' ? [entry?.publisher] : [entry?.name, ...(Array.isArray(entry?.aliases) ? entry.aliases : [])];
			for (const name of own) if (typeof name === 'string' && name !== 'unknown') names.push(name);
		}
	}
	return names;
}

function scannedText(file: string, text: string): string {
	const end = SCAN_UNTIL[file] ? text.indexOf(SCAN_UNTIL[file]) : -1;
	return (end >= 0 ? text.slice(0, end) : text).replace(NOT_TEXT, ' ');
}

describe('unit: uncoveredNames', () => {
	const rules = COVERAGE_RULES;
	it('lists capitalised phrases no name covers, across spellings with hyphens, accents and possessives', () => {
		const text = 'Iraq’s army retook al-Qaim. The Prime Minister Haider al-Abadi spoke. Then Free Syrian Army fighters left.';
		expect(uncoveredNames(text, [], rules)).toEqual(['Iraq', 'al Qaim', 'Prime Minister Haider al Abadi', 'Then Free Syrian Army']);
		expect(uncoveredNames(text, ['Iraq', 'Al Qaim', 'Haider al-Abadi', 'Free Syrian Army', 'then'], rules)).toEqual([]);
	});
	it('ignores sentence-initial common words but not the same word mid-sentence as part of a name', () => {
		expect(uncoveredNames('After the battle, Mosul fell.', ['Mosul'], rules)).toEqual([]);
		expect(uncoveredNames('It was After Dark Brigade.', [], rules)).toEqual(['After Dark Brigade']);
	});
});

const seeds = readSeeds();

describe('every proper name in the seed documents is covered by an entry name or alias', () => {
	it('finds the seed documents', () => {
		expect(seeds, `seed documents not found at ${seedsDir()} (set SOURCES_DIR)`).toBeDefined();
	});
	const names = coveringNames();
	const { sources } = compileContent(readPackFolder()).pack;
	for (const { id: source, file } of sources) {
		it(`${file} (${source})`, () => {
			const text = seeds?.[file];
			expect(text, `${file} missing from ${seedsDir()}`).toBeDefined();
			const missing = uncoveredNames(scannedText(file, text ?? ''), names, COVERAGE_RULES);
			const report = `${missing.length} name(s) in ${file} (${source}) covered by no entry name/alias:\n  - ${missing.join('\n  - ')}\n`;
			expect(missing, report).toEqual([]);
		});
	}
});
