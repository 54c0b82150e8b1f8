/**
 * Names in running text: runs of capitalised words (with the particles names carry: al-, ez, bin, of, …), and
 * group phrases (a national or religious adjective before a group noun: "Iraqi security forces", "Arab clans").
 * Each mention records what its words and its neighbours say about it; classify.ts weighs that.
 */
import { isCapitalised, type DocumentAnalysis, type Sentence, type Word } from './analysis';
import { isAcronym } from './aliases';
import {
	GROUP_MODIFIERS,
	GROUP_NOUNS,
	MEDIA_HEADS,
	ORGANISATION_HEADS,
	PLACE_HEADS,
	PLACE_NOUNS,
	PLACE_PREPOSITIONS,
	SPEECH_VERBS,
	TITLES
} from './lexicon';

export interface Mention {
	file: string;
	/** The name as written, without title or possessive. */
	text: string;
	start: number;
	end: number;
	/** The name with the title it was given ("Major General Qassem Soleimani"), when it had one. */
	titled?: string;
	sentence: Sentence;
	/** Word indexes of the name in its sentence. */
	first: number;
	last: number;
	/** compromise tagged a word Person / Organization / Place (Country, City, Region). */
	taggedPerson: boolean;
	taggedOrganisation: boolean;
	taggedPlace: boolean;
	/** The last word is a head of an organisation, a medium or a place name. */
	head?: 'organisation' | 'media' | 'place';
	title: boolean;
	/** "in X", "the town of X", "north of X". */
	placeContext: boolean;
	/** "X said", "according to X", "X's leader", "X launched". */
	actorContext: boolean;
	/** Capitalised only because it opens a sentence (or a quotation). */
	sentenceStart: boolean;
	/** Followed by a description: "Anjem Choudary, the British Islamist", "SANA, the state-run news service". */
	appositive: boolean;
	/** A group phrase ("Iraqi forces"), not a capitalised run. */
	group: boolean;
	acronym: boolean;
	/** The text equates it with another name: "Popular Mobilization Forces (PMF)", "the PKK". */
	sameAs?: string;
}

/** Particles inside names, written in lower case ("Deir ez-Zor", "Abu Mahdi al Muhandis", "Bank of England"). */
const PARTICLES = new Set([
	'al',
	'el',
	'ad',
	'ash',
	'as',
	'ar',
	'an',
	'at',
	'az',
	'ez',
	'bin',
	'ibn',
	'bint',
	'de',
	'du',
	'da',
	'di',
	'del',
	'della',
	'der',
	'den',
	'van',
	'von',
	'la',
	'le',
	'of',
	'for',
	'on',
	'and',
	'the'
]);
/** Arabic articles that are also English words join only before their own sound: "ash Sabahiyyah", "as Sakhar". */
const SUN_ARTICLES = new Set(['ad', 'ash', 'as', 'ar', 'an', 'at', 'az']);
/** Words after which "of" belongs to the name ("Battle of Gettysburg", "Islamic Republic of Iran"). */
const OF_HEADS = new Set([
	'battle',
	'siege',
	'treaty',
	'war',
	'bank',
	'house',
	'isle',
	'cape',
	'gulf',
	'strait',
	'sea',
	'lake',
	'mount',
	'bay',
	'university',
	'state',
	'kingdom',
	'republic',
	'duke',
	'earl',
	'prince',
	'princess',
	'king',
	'queen',
	'emperor',
	'cubs',
	'sons',
	'daughters',
	'army',
	'command',
	'council',
	'league',
	'union',
	'ministry',
	'department',
	'office',
	'court',
	'institute',
	'church',
	'museum',
	'school',
	'college',
	'academy',
	'society',
	'federation',
	'organization',
	'organisation',
	'party',
	'front',
	'movement',
	'committee',
	'commission',
	'corps',
	'brigade',
	'brigades',
	'division',
	'agency',
	'bureau'
]);
const HYPHEN_ADJECTIVE =
	/[-‐‑–](?:backed|led|supported|controlled|branded|based|held|run|linked|affiliated|allied|aligned|funded|trained|armed|dominated|style)$/i;
/** Faiths and peoples written with a capital, used as adjectives. */
const FAITHS = new Set([
	'shia',
	'shiite',
	"shi'ite",
	'sunni',
	'muslim',
	'christian',
	'jewish',
	'catholic',
	'protestant',
	'orthodox',
	'arab',
	'islamic',
	'islamist',
	'jihadist',
	'hindu',
	'buddhist'
]);
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const NOT_NAME_TAGS = [
	'Determiner',
	'Preposition',
	'Conjunction',
	'Adverb',
	'Pronoun',
	'Verb',
	'QuestionWord',
	'Expression',
	'Negative',
	'Auxiliary',
	'Copula',
	'Modal'
];
const DATE_TAGS = ['Month', 'WeekDay', 'Date', 'Holiday'];

function has(word: Word, tags: string[]): boolean {
	return tags.some((t) => word.tags.has(t));
}

function possessive(word: Word): boolean {
	return /'s$/.test(word.lower) || /s'$/.test(word.lower);
}

/** Nothing but spaces between a word and the next. */
function joined(a: Word, b: Word): boolean {
	// An initial's full stop does not end a name: "Elijah J. Magnier".
	const abbreviation = /^\p{Lu}$/u.test(a.text) || TITLES.has(`${a.lower}.`);
	const post = abbreviation ? a.post.replace(/^\./, '') : a.post;
	return /^\s*$/.test(post) && /^\s*$/.test(b.pre) && !possessive(a);
}

/** The sentence or a quotation opens with this word, so its capital says nothing. */
function opensSentence(s: Sentence, i: number): boolean {
	if (i === 0) return true;
	const w = s.words[i]!;
	const prev = s.words[i - 1]!;
	return /[:;!?]|[—–-]\s*$/.test(prev.post) || /[“"‘(]/.test(w.pre);
}

/** Most words capitalised: a headline, where capitals say nothing. */
function titleCase(s: Sentence): boolean {
	const words = s.words.filter((w) => /\p{L}/u.test(w.text));
	if (words.length < 4) return false;
	if (words.filter(isCapitalised).length / words.length <= 0.7) return false;
	// Names make a line mostly capitals too ("Baghdad by Elijah J. Magnier"): a headline has capitalised verbs.
	return words
		.slice(1)
		.some(
			(w) =>
				isCapitalised(w) && (w.tags.has('Verb') || /^(On|In|Of|At|To|For|And|The|As|By|With)$/.test(w.text))
		);
}

/** Prepositions of place that open a sentence before a name, never part of it. */
const OPENING_PREPOSITIONS =
	/^(In|Near|At|From|Into|Toward|Towards|Across|Outside|Inside|Around|Through|Throughout|Via|Within|Beyond|Along|Between)$/;

function nameWord(w: Word): boolean {
	return isCapitalised(w) && w.text !== 'I';
}

export function findMentions(doc: DocumentAnalysis): Mention[] {
	const mentions: Mention[] = [];
	for (const s of doc.sentences) {
		const runs = titleCase(s) ? [] : capitalisedRuns(doc, s);
		shareListContext(doc, runs);
		// A group phrase inside a longer name ("Arab Army" in "Syrian Arab Army") is part of that name.
		const groups = groupPhrases(doc, s).filter(
			(g) => !runs.some((r) => r.start <= g.start && g.end <= r.end && r.end - r.start > g.end - g.start)
		);
		mentions.push(...runs, ...groups);
	}
	linkDefinitions(doc, mentions);
	return mentions;
}

function capitalisedRuns(doc: DocumentAnalysis, s: Sentence): Mention[] {
	const found: Mention[] = [];
	const words = s.words;
	let i = 0;
	while (i < words.length) {
		if (!nameWord(words[i]!)) {
			i++;
			continue;
		}
		let j = i;
		for (;;) {
			if (j + 1 >= words.length || !joined(words[j]!, words[j + 1]!)) break;
			const next = words[j + 1]!;
			if (nameWord(next)) {
				j++;
				continue;
			}
			// Particles join two capitalised words: "Jurf al Sakhar", "Observatory for Human Rights", "Army and the Armed Forces".
			let k = j + 1;
			while (
				k < words.length &&
				k - j <= 3 &&
				PARTICLES.has(words[k]!.lower) &&
				joined(words[k - 1]!, words[k]!)
			)
				k++;
			if (k > j + 1 && k < words.length && nameWord(words[k]!) && joined(words[k - 1]!, words[k]!)) {
				if (!particlesJoin(words[j]!, words.slice(j + 1, k), words[k]!)) break;
				j = k;
				continue;
			}
			break;
		}
		found.push(...trimRun(doc, s, i, j));
		i = j + 1;
	}
	return found;
}

/** Whether lower-case words between two capitalised ones are part of one name. */
function particlesJoin(before: Word, particles: Word[], after: Word): boolean {
	const p = particles.map((w) => w.lower);
	const head = before.lower.replace(/'s$/, '');
	if (p.length === 1 && SUN_ARTICLES.has(p[0]!))
		return after.lower.startsWith(p[0]!.replace(/h$/, '').slice(-1));
	if (p.length === 1 && /^(al|el|ez|bin|ibn|bint|de|du|da|di|del|della|der|den|van|von|la|le)$/.test(p[0]!))
		return true;
	// "and the" only inside an organisation's name: "General Command of the Syrian Army and the Armed Forces".
	if (p[0] === 'and') return p.length === 2 && p[1] === 'the' && ORGANISATION_HEADS.has(head);
	if (p[0] === 'of')
		return (
			(OF_HEADS.has(head) || ORGANISATION_HEADS.has(head) || TITLES.has(head)) &&
			(p.length === 1 || (p.length === 2 && p[1] === 'the'))
		);
	if (p[0] === 'for' || p[0] === 'on')
		return ORGANISATION_HEADS.has(head) && (p.length === 1 || (p.length === 2 && p[1] === 'the'));
	return false;
}

/** Cuts what is not the name off a run of capitalised words: sentence-opening words, titles, dates. */
function trimRun(doc: DocumentAnalysis, s: Sentence, first: number, last: number): Mention[] {
	const words = s.words;
	// Capitalised only because it opens the sentence, unless compromise knows the word as a name.
	let sentenceStart =
		opensSentence(s, first) && !has(words[first]!, NAME_TAGS) && !isAcronym(words[first]!.text);
	if (opensSentence(s, first)) {
		while (first <= last && !words[first]!.tags.has('ProperNoun') && has(words[first]!, NOT_NAME_TAGS)) {
			first++;
			sentenceStart = false;
		}
		// "Near Al Qaim, four strikes …": compromise tags the capitalised preposition as part of the name after it. A
		// compass word stays ("North Korea", "West Bank"): it opens names.
		while (first < last && OPENING_PREPOSITIONS.test(words[first]!.text)) {
			first++;
			sentenceStart = false;
		}
	}
	// "pro-Assad Tiger Forces", "Iranian-backed Badr Organization": the adjective describes the name.
	while (
		first <= last &&
		(words[first]!.tags.has('Determiner') ||
			/^(the|a|an)$/.test(words[first]!.lower) ||
			has(words[first]!, DATE_TAGS) ||
			/^pro-/i.test(words[first]!.text) ||
			HYPHEN_ADJECTIVE.test(words[first]!.text))
	)
		first++;
	while (last >= first && (has(words[last]!, DATE_TAGS) || PARTICLES.has(words[last]!.lower))) last--;
	// "Iraqi Prime Minister Hayder al Abadi", "Iraq Prime Minister …": a nationality before a title.
	if (first + 1 < last && !TITLES.has(words[first]!.lower) && TITLES.has(words[first + 1]!.lower)) first++;
	const titleStart = first;
	let titled = false;
	const isTitle = (k: number) =>
		TITLES.has(words[k]!.lower.replace(/\.$/, '')) || (k > titleStart && words[k - 1]!.lower === 'prime');
	const organisationName = ORGANISATION_HEADS.has(words[last]!.lower) || MEDIA_HEADS.has(words[last]!.lower);
	while (!organisationName && first < last && isTitle(first)) {
		titled = true;
		first++;
	}
	// "Prime Minister of Iraq" is a title, not a name.
	if (titled && (PARTICLES.has(words[first]!.lower) || (first === last && isTitle(first)))) return [];
	if (first > last) return [];
	// A run ending in a hyphenated adjective: "Free Syrian Army-branded militias" names the Free Syrian Army.
	const lastWord = words[last]!;
	const hyphenEnd = HYPHEN_ADJECTIVE.exec(lastWord.text);
	const endOffset = hyphenEnd ? lastWord.start + hyphenEnd.index : lastWord.end;
	const startOffset = words[first]!.start;
	if (endOffset <= startOffset) return [];
	const text = doc.text.slice(startOffset, endOffset).replace(/['’]s$|(?<=s)['’]$/, '');
	if (!/\p{L}{2}/u.test(text) && !/^\p{Lu}-?\d/u.test(text)) return [];
	const single = first === last;
	// A lone sentence-opening word that compromise does not know as a name: "Curiously", "Chief", "Sensing".
	if (sentenceStart && !titled && single && !isAcronym(text)) return [];
	// "Husaybah border crossing", "Anbar province", "H-2 airbase": a lower-case place word finishes the name.
	let placeEnd = -1;
	for (
		let k = last + 1;
		!hyphenEnd && k <= last + 2 && k < words.length && joined(words[k - 1]!, words[k]!);
		k++
	) {
		const lower = words[k]!.lower;
		// "Deir Ezzor city", "the Iraqi city of": a lower-case city, town or village says what the place is, and is
		// never part of its name (a city named so writes it with a capital: "Mexico City").
		if (
			!/^\p{Ll}+$/u.test(words[k]!.text) ||
			!(PLACE_HEADS.has(lower) || /^(border|army|air|military)$/.test(lower)) ||
			/^(city|town|village)$/.test(lower)
		)
			break;
		if (
			PLACE_HEADS.has(lower) &&
			!/^(east|west|levant|countryside|field|fields|pass|wood|border|borders)$/.test(lower)
		)
			placeEnd = k;
	}
	if (placeEnd > 0) {
		const mention = describe(
			doc,
			s,
			first,
			placeEnd,
			doc.text.slice(startOffset, words[placeEnd]!.end),
			startOffset,
			words[placeEnd]!.end
		);
		mention.head = 'place';
		return [mention];
	}
	// A lone adjective before a common noun: "Iraqi government", "Arab clans" (group phrases take those).
	const next = words[last + 1];
	if (
		single &&
		!hyphenEnd &&
		next &&
		joined(lastWord, next) &&
		!isCapitalised(next) &&
		has(next, ['Noun', 'Adjective']) &&
		!has(words[first]!, ['Place', 'Country', 'City', 'Region', 'Person', 'Acronym']) &&
		// "the Facebook account" names Facebook; "the Iraqi government" does not name "Iraqi".
		!(
			words[first]!.tags.has('Organization') &&
			!words[first]!.tags.has('Demonym') &&
			!/(an|i|ese|ish)$/.test(words[first]!.lower)
		) &&
		!possessive(lastWord)
	)
		return [];
	if (
		single &&
		(HYPHEN_ADJECTIVE.test(lastWord.text) ||
			(words[first]!.tags.has('Adjective') && !words[first]!.tags.has('Noun')))
	)
		return [];
	// A nationality or a faith alone ("Iranian", "Kurdish", "Shia") describes; it does not name.
	if (
		single &&
		!has(words[first]!, ['Place', 'Country', 'City', 'Person']) &&
		(words[first]!.tags.has('Demonym') ||
			FAITHS.has(words[first]!.lower) ||
			/(ian|ish|ese)$/.test(words[first]!.lower))
	)
		return [];
	// "BBC/AFP": two names.
	if (text.includes('/') && !/\s/.test(text)) {
		let offset = startOffset;
		return text.split('/').flatMap((part) => {
			const at = offset;
			offset += part.length + 1;
			return /^\p{Lu}/u.test(part) ? [describe(doc, s, first, last, part, at, at + part.length)] : [];
		});
	}
	const mention = describe(doc, s, first, last, text, startOffset, startOffset + text.length);
	mention.sentenceStart = sentenceStart && !titled;
	if (titled) {
		mention.title = true;
		mention.titled = doc.text.slice(words[titleStart]!.start, mention.end);
	}
	// "Al Bayan radio", "Badr militia": a lower-case head after the name says what it is.
	if (!mention.head && next && joined(lastWord, next)) {
		if (MEDIA_HEADS.has(next.lower)) mention.head = 'media';
		else if (ORGANISATION_HEADS.has(next.lower) && !single) mention.head = 'organisation';
	}
	return [mention];
}

function describe(
	doc: DocumentAnalysis,
	s: Sentence,
	first: number,
	last: number,
	text: string,
	start: number,
	end: number
): Mention {
	const words = s.words.slice(first, last + 1);
	const lastWord = words[words.length - 1]!.lower.replace(/'s$/, '');
	const inner = words.slice(0, -1).map((w) => w.lower);
	const head =
		MEDIA_HEADS.has(lastWord) && words.length > 1
			? 'media'
			: ORGANISATION_HEADS.has(lastWord) && words.length > 1
				? 'organisation'
				: PLACE_HEADS.has(lastWord) && words.length > 1
					? 'place'
					: inner.some((w) => ORGANISATION_HEADS.has(w))
						? 'organisation'
						: undefined;
	return {
		file: doc.file,
		text,
		start,
		end,
		sentence: s,
		first,
		last,
		taggedPerson: words.some((w) => w.tags.has('Person') && !w.tags.has('Place')),
		taggedOrganisation: words.some((w) => w.tags.has('Organization')),
		taggedPlace: words.some((w) => has(w, ['Place', 'Country', 'City', 'Region'])),
		head,
		title: false,
		placeContext: placeContext(s, first, last),
		actorContext: actorContext(s, first, last),
		sentenceStart: false,
		appositive: /^, (?:the|a|an) [^,.;:()“”"]{2,40}?(?:[,.]| who\b| which\b| that\b)/u.test(
			doc.text.slice(end, end + 60)
		),
		group: false,
		acronym: isAcronym(text)
	};
}

function placeContext(s: Sentence, first: number, last: number): boolean {
	const before = s.words[first - 1];
	const before2 = s.words[first - 2];
	const after = s.words[last + 1];
	if (after && PLACE_NOUNS.has(after.lower) && /^\s*$/.test(s.words[last]!.post)) return true;
	if (!before) return false;
	// "several cities …, including X": a list of places.
	const including = before.lower === 'including' || (before.lower === 'as' && before2?.lower === 'such');
	if (including && s.words.slice(Math.max(0, first - 10), first).some((w) => PLACE_NOUNS.has(w.lower)))
		return true;
	// "the city of X", "villages of X", "north of X".
	if (
		before.lower === 'of' &&
		before2 &&
		(PLACE_NOUNS.has(before2.lower) || /^(north|south|east|west)/.test(before2.lower))
	)
		return true;
	return PLACE_PREPOSITIONS.has(before.lower) && before.lower !== 'of' && /^\s*$/.test(before.post);
}

function actorContext(s: Sentence, first: number, last: number): boolean {
	const after = s.words[last + 1];
	const before = s.words[first - 1];
	const before2 = s.words[first - 2];
	if (
		possessive(s.words[last]!) &&
		after &&
		/^(leader|leaders|commander|spokesman|chief|head|forces|fighters|militants|statement|president|army|troops|members)$/.test(
			after.lower
		)
	)
		return true;
	if (after && SPEECH_VERBS.has(after.lower)) return true;
	// "Zero Hedge readers", "Lebanese Hezbollah media outlet": a publication's or a group's people, not a place's.
	if (
		after &&
		/^\s*$/.test(s.words[last]!.post) &&
		/^(readers|viewers|listeners|subscribers|media|outlet|supporters|loyalists|spokesman|spokeswoman|spokesperson)$/.test(
			after.lower
		)
	)
		return true;
	if (
		after &&
		after.tags.has('Verb') &&
		!has(after, ['Copula', 'Auxiliary', 'Modal', 'Gerund']) &&
		/^\s*$/.test(s.words[last]!.post)
	)
		return true;
	if (before && SPEECH_VERBS.has(before.lower) && /[,”"]?\s*$/.test(before.post)) return true;
	if (before && before2 && before2.lower === 'according' && before.lower === 'to') return true;
	if (before && /^(by|with|against)$/.test(before.lower)) return true;
	return false;
}

/** National adjectives written as acronyms: "US forces", "U.S.-led coalition". */
const COUNTRY_ACRONYMS = /^(US|U\.S\.|UK|U\.K\.|UN|U\.N\.|EU|NATO)(-led)?$/;

/** "Iraqi security forces", "US military", "pro-Syrian regime militias", "Arab clans", "US-led coalition". */
function groupPhrases(doc: DocumentAnalysis, s: Sentence): Mention[] {
	const found: Mention[] = [];
	const words = s.words;
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		const bare = w.text.replace(/^pro-/i, '');
		const national =
			COUNTRY_ACRONYMS.test(bare) ||
			(/^\p{Lu}[\p{Ll}'’]+$/u.test(bare) &&
				(/(an|ian|i|ese|ish|ite|ab)$/.test(bare.toLowerCase()) || has(w, ['Adjective', 'Demonym'])) &&
				!has(w, ['Person', 'Place', 'Country', 'City']));
		if (!national || w.tags.has('Determiner') || (HYPHEN_ADJECTIVE.test(w.text) && !/-led$/i.test(w.text)))
			continue;
		if (i > 0 && HYPHEN_ADJECTIVE.test(words[i - 1]!.text) && !/-led$/i.test(words[i - 1]!.text)) continue;
		// The longest run of modifiers ending in a group noun: "security forces", "tribal fighters", "air force".
		let end = -1;
		for (let j = i + 1; j < words.length && j - i <= 3 && joined(words[j - 1]!, words[j]!); j++) {
			const word = words[j]!.lower.replace(/'s$/, '');
			if (GROUP_NOUNS.has(word) && (j > i + 1 || !/^(fighters|soldiers)$/.test(word))) end = j;
			if (!GROUP_MODIFIERS.has(word) || possessive(words[j]!)) break;
		}
		if (end < 0) continue;
		const start = w.start;
		const text = doc.text.slice(start, words[end]!.end).replace(/['’]s$/, '');
		const mention = describe(doc, s, i, end, text, start, start + text.length);
		mention.group = true;
		mention.head = 'organisation';
		found.push(mention);
	}
	return found;
}

/**
 * Names in one list are of one sort: "the villages of al-Hisha, Tal Samen and Mutamshirij", "Ramadi, Tikrit,
 * and Baiji" (when one of them is a known place).
 */
function shareListContext(doc: DocumentAnalysis, runs: Mention[]): void {
	let list: Mention[] = [];
	const flush = () => {
		if (list.length > 1 && list.some((m) => m.placeContext || (m.taggedPlace && !m.taggedPerson))) {
			for (const m of list) m.placeContext = true;
		}
		list = [];
	};
	for (const m of runs) {
		const prev = list[list.length - 1];
		if (prev && !/^\s*(?:,|and|or|, and|, or)\s*$/.test(doc.text.slice(prev.end, m.start))) flush();
		list.push(m);
	}
	flush();
}

/** "Popular Mobilization Forces (PMF)", "the PKK (Kurdistan Workers Party)", "Kurdistan Workers Party, or the PKK". */
function linkDefinitions(doc: DocumentAnalysis, mentions: Mention[]): void {
	const sorted = [...mentions].sort((a, b) => a.start - b.start);
	for (let k = 0; k + 1 < sorted.length; k++) {
		const a = sorted[k]!;
		const b = sorted[k + 1]!;
		const between = doc.text.slice(a.end, b.start);
		if (!(a.acronym || b.acronym) || a.acronym === b.acronym) continue;
		if (/^\s*\($/.test(between) || /^,\s+or\s+(the\s+)?$/.test(between)) {
			const [long, short] = a.acronym ? [b, a] : [a, b];
			short.sameAs = long.text;
		}
	}
}
