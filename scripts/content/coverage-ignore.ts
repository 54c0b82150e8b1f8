/**
 * The reviewed ignore list of the name-coverage test. Keep it SHORT: a word belongs here only if it is never
 * a name in these documents. Anything else that the scan flags is a name an entry should cover (as its name or
 * an alias). Words are compared in lower case.
 */
import type { CoverageRules } from './coverage';

const words = (...groups: string[][]) => new Set(groups.flat());

export const COVERAGE_RULES: CoverageRules = {
	alwaysIgnore: words(
		// Titles and ranks: the person's name after them is what must be covered.
		['prime', 'minister', 'minster', 'president', 'general', 'major', 'brigadier', 'colonel', 'grand', 'ayatollah'],
		['supreme', 'leader', 'chief', 'commander', 'spokesman'],
		// Calendar words: dates are taught through events, not as names.
		['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
		['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
		['november', 'december', 'aug', 'sept'],
		// Nationality and sect adjectives: the country or group they qualify is the entry.
		['iraqi', 'iraqis', 'syrian', 'iranian', 'kurdish', 'russian', 'turkish', 'saudi', 'lebanese', 'afghan'],
		['british', 'french', 'european', 'europeans', 'american', 'americans', 'arab', 'shia', "shi'ite", 'shiite'],
		['shiites', 'sunni', 'muslim', 'muslims', 'islam', 'islamist', 'iranians', 'russians'],
		// Not names: page furniture ("My Comment"), a weapon acronym, "state-TV", the blogger's "I".
		['comment', 'vbied', 'tv', 'i']
	),
	sentenceInitialIgnore: words([
		'a', 'after', 'all', 'also', 'and', 'as', 'at', 'because', 'between', 'both', 'but', 'by', 'curiously', 'doing',
		'driving', 'during', 'escaping', 'even', 'expect', 'first', 'fighting', 'fleeing', 'for', 'given', 'however',
		'i', 'if', 'in', 'instead', 'it', 'its', 'just', 'late', 'let', 'many', 'meanwhile', 'meeting', 'moments',
		'my', 'nevertheless', 'no', 'of', 'on', 'otherwise', 'over', 'perhaps', 'post', 'sensing', 'so', 'sure',
		'terrorism', 'thanks', 'that', 'the', 'their', 'there', 'these', 'they', 'this', 'to', 'today', 'two',
		'ultimately', 'very', 'well', 'we', 'what', 'when', 'while', 'with', 'without', 'yesterday', 'comments', 'check',
		'his', 'he', "we've", 'saving', 'devoting', 'across', 'addressing', 'backed', 'an', 'since', 'near'
	])
};

/** Where each document stops being content: reader comments and page footers are not scanned. */
export const SCAN_UNTIL: Record<string, string> = {
	'001_cad8f68dd4bd6a6f.txt': 'No comments:',
	'002_d9a8878862ae51fe.txt': 'Comments are closed.',
	'004_a72bc7ee66966df7.txt': '4 Comments'
};

/** Links, handles, tweet URLs and the analysis's keyword/publication header lines are not text to scan. */
export const NOT_TEXT = /\S*(?:@|https?:\/\/|pic\.twitter\.com)\S*|^(?:Key words|Published here):.*$/gm;
