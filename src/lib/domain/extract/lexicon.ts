/**
 * Word lists the rules share: what ends a name of an organisation or a place, titles of people, words that
 * introduce a place, and verbs of speaking. General English news and history vocabulary, not one corpus's names.
 */

/** Last words of organisation names ("Badr Organization", "Tiger Forces", "Treasury Department"). */
export const ORGANISATION_HEADS = new Set([
	'organization', 'organisation', 'forces', 'force', 'army', 'armies', 'navy', 'corps', 'brigade', 'brigades',
	'division', 'regiment', 'battalion', 'battalions', 'units', 'militia', 'militias', 'party', 'front', 'movement',
	'council', 'committee', 'commission', 'department', 'ministry', 'agency', 'office', 'bureau', 'command', 'guard',
	'guards', 'government', 'administration', 'parliament', 'congress', 'senate', 'assembly', 'court', 'union',
	'alliance', 'coalition', 'league', 'federation', 'association', 'institute', 'institution', 'university',
	'college', 'academy', 'society', 'foundation', 'company', 'corporation', 'inc', 'ltd', 'group', 'bank', 'fund',
	'service', 'services', 'police', 'republic', 'kingdom', 'empire', 'church', 'laboratory', 'laboratories', 'centre',
	'center', 'observatory', 'program', 'programme', 'task', 'team', 'club', 'board', 'authority', 'network', 'brotherhood'
]);

/** Last words of the names of news media ("Long War Journal", "Al Bayan radio", "Associated Press"). */
export const MEDIA_HEADS = new Set([
	'journal', 'times', 'post', 'news', 'press', 'radio', 'tv', 'television', 'gazette', 'herald', 'tribune',
	'telegraph', 'guardian', 'review', 'magazine', 'daily', 'weekly', 'wire', 'broadcasting', 'channel', 'agency'
]);

/** Last words of place names ("Anbar province", "Euphrates River", "Husaybah border crossing"). */
export const PLACE_HEADS = new Set([
	'province', 'provinces', 'governorate', 'river', 'valley', 'city', 'district', 'county', 'region', 'mountains',
	'mountain', 'mount', 'lake', 'sea', 'ocean', 'island', 'islands', 'bay', 'desert', 'road', 'street', 'avenue',
	'highway', 'crossing', 'airbase', 'airport', 'base', 'junction', 'bridge', 'border', 'borders', 'gulf', 'strait',
	'peninsula', 'plain', 'plains', 'heights', 'hills', 'hill', 'canal', 'square', 'harbour', 'harbor', 'port', 'fort',
	'pass', 'coast', 'camp', 'town', 'village', 'oasis', 'dam', 'field', 'fields', 'wood', 'forest', 'ridge', 'creek',
	'pocket', 'countryside', 'east', 'west', 'levant'
]);

/** Words before a name that make it a place ("the city of", "villages of", "north of"). */
export const PLACE_NOUNS = new Set([
	'city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'region', 'district', 'capital',
	'outskirts', 'port', 'island', 'county', 'state', 'area', 'suburb', 'suburbs', 'neighbourhood', 'neighborhood',
	'countryside', 'crossing', 'border', 'base', 'river', 'valley'
]);

/** Prepositions of place ("in Mosul", "near Falluja", "toward Raqqa"). */
export const PLACE_PREPOSITIONS = new Set([
	'in', 'near', 'at', 'from', 'into', 'toward', 'towards', 'across', 'outside', 'inside', 'around', 'to', 'through',
	'throughout', 'via', 'of', 'within', 'beyond', 'along', 'between', 'north', 'south', 'east', 'west', 'northeast',
	'northwest', 'southeast', 'southwest', 'reach', 'reached', 'entered', 'enter', 'besieged', 'occupied', 'captured',
	'recaptured', 'retook', 'retake', 'liberate', 'liberated', 'seize', 'seized', 'visited'
]);

/** Titles before people's names: stripped from the name, strong sign of a person. */
export const TITLES = new Set([
	'president', 'prime', 'minister', 'general', 'major', 'brigadier', 'colonel', 'lieutenant', 'captain', 'sergeant',
	'admiral', 'marshal', 'commander', 'grand', 'ayatollah', 'supreme', 'leader', 'sheikh', 'shaikh', 'dr', 'dr.', 'mr',
	'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'emperor',
	'pope', 'senator', 'sen.', 'rep.', 'representative', 'secretary', 'governor', 'mayor', 'chancellor', 'professor',
	'prof.', 'judge', 'justice', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'reverend', 'rev.', 'father', 'saint',
	'st.', 'chief', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'emir', 'caliph', 'sultan', 'shah',
	'vice', 'deputy'
]);

/** Verbs whose subject or object is a speaker: quotes and claims are attributed through them. */
export const SPEECH_VERBS = new Set([
	'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'announced', 'announces', 'stated', 'states', 'declared',
	'declares', 'wrote', 'writes', 'tweeted', 'tweets', 'insisted', 'insists', 'warned', 'warns', 'claimed', 'claims',
	'alleged', 'alleges', 'argued', 'argues', 'noted', 'notes', 'reported', 'reports', 'explained', 'explains',
	'asserted', 'asserts', 'believes', 'believed', 'thinks', 'predicted', 'predicts', 'expects', 'expected',
	'confirmed', 'confirms', 'denied', 'denies', 'admitted', 'admits', 'hailed', 'praised', 'urged', 'called',
	'continued', 'replied', 'answered', 'quoted', 'cited', 'remarked', 'maintained', 'maintains', 'suggested',
	'suggests', 'estimated', 'estimates', 'accused', 'accuses', 'concluded', 'observed', 'testified', 'recalled'
]);

/** Plural nouns that, after a national or religious adjective, name an actor ("Iraqi forces", "Arab clans"). */
export const GROUP_NOUNS = new Set([
	'forces', 'force', 'army', 'military', 'government', 'troops', 'militia', 'militias', 'rebels', 'regime', 'police',
	'navy', 'clans', 'tribes', 'coalition', 'authorities', 'opposition', 'parliament', 'fighters', 'soldiers'
]);

/** Words between the adjective and the group noun ("Iraqi security forces", "Sunni tribal fighters"). */
export const GROUP_MODIFIERS = new Set([
	'security', 'federal', 'elite', 'armed', 'air', 'tribal', 'government', 'special', 'regular', 'paramilitary',
	'ground', 'naval', 'regime', 'counter-terrorism', 'rebel'
]);
