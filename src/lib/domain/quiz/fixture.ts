/**
 * A small hand-written pack for the quiz engine's tests: real actors, places, events, figures and claims
 * from the five source documents, with their many spellings. Cards are derived the way the compiler does.
 */
import type { Card, CardType, Entity, Evidence, Pack } from '../pack';
import { formatDate } from './dates';

type Base = Pick<Entity, 'id' | 'name' | 'aliases' | 'topic'>;

const FILES: Record<string, string> = {
	'zh-2016': '000_3f12a4075941c5ee.txt',
	'blog-2017': '001_cad8f68dd4bd6a6f.txt',
	'magnier-2017': '002_d9a8878862ae51fe.txt',
	'digest-2017': '003_a80bcb9820343111.txt',
	'report-2017': '004_a72bc7ee66966df7.txt'
};

const ev = (source: string, excerpt: string): Evidence => ({ source, file: FILES[source] ?? '', excerpt });
const entity = (kind: Entity['kind'], base: Base, evidence: Evidence[], facts: Partial<Entity>): Entity => ({
	kind,
	contested: kind === 'claim',
	importance: 2,
	evidence,
	...base,
	...facts
});
/** The fixture's short roles serve as the titles too. */
const actor = (base: Base, type: string, role: string, affiliation: string | undefined, e: Evidence) =>
	entity('actor', base, [e], { actor: { type, title: role, role, ...(affiliation ? { affiliation } : {}) } });
const place = (
	base: Base,
	type: string,
	country: string,
	lat: number,
	lon: number,
	significance: string,
	e: Evidence
) => entity('place', base, [e], { place: { type, country, lat, lon, title: significance, significance } });
const event = (
	base: Base,
	date: [number, number?, number?],
	places: string[],
	actors: string[],
	outcome: string,
	e: Evidence
) => {
	const [year, month, day] = date;
	const packDate = { year, ...(month ? { month } : {}), ...(day ? { day } : {}), basis: 'explicit date' };
	return entity('event', base, [e], { event: { date: packDate, places, actors, outcome } });
};
const b = (id: string, name: string, aliases: string[], topic: string): Base => ({
	id,
	name,
	aliases,
	topic
});

const ZH = (x: string) => ev('zh-2016', x);
const BLOG = (x: string) => ev('blog-2017', x);
const MAG = (x: string) => ev('magnier-2017', x);
const DIG = (x: string) => ev('digest-2017', x);
const REP = (x: string) => ev('report-2017', x);

// One entity per line: a table is easier to scan than prettier's layout.
// prettier-ignore
export const FIXTURE_ENTITIES: Entity[] = [
	// People
	actor(b('haider-al-abadi', 'Haider al-Abadi', ['Hayder al-Abadi', 'Hayder al Abadi', 'al-Abadi'], 'falluja'), 'person', 'Prime Minister of Iraq during the campaign against the Islamic State.', 'iraqi-government', BLOG('The Prime Minster of Iraq, Haider al-Abadi has told ISIS militants')),
	actor(b('hadi-al-amiri', 'Hadi al-Amiri', ['Amiri', 'Hadi Ameri'], 'falluja'), 'person', 'Leader of the Iranian-backed Badr Organization (May 2016).', 'badr-organization', ZH('said Hadi al-Amiri, the leader of the Iranian-backed Badr Organization')),
	actor(b('saad-al-hadithi', 'Saad al-Hadithi', ['al-Hadithi'], 'falluja'), 'person', 'Iraqi government spokesman who gave figures on recaptured territory.', 'iraqi-government', ZH('government spokesman Saad al-Hadithi said in a televised statement on May 11')),
	actor(b('qassem-soleimani', 'Qassem Soleimani', ['Qasem Soleimani', 'Qassem Suleimani'], 'international'), 'person', 'Qods Force chief who hailed the victory in Mosul.', 'irgc', DIG('Major General Qassem Soleimani hailed victory in Mosul against the Islamic State')),
	actor(b('ali-khamenei', 'Ali Khamenei', ['Khamenei', 'Ayatollah Khamenei'], 'international'), 'person', 'Supreme Leader of Iran who praised the PMF.', undefined, DIG('Iranian Supreme Leader Ali Khamenei')),
	actor(b('salim-al-mansur', 'Salim al-Mansur', ['Salim Mustafa Muhammad al-Mansur', 'al-Mansur'], 'mosul'), 'person', 'Islamic State finance emir for Mosul, designated by the US in August 2017.', 'islamic-state', DIG('Al-Mansur served as the Islamic State’s “finance emir for Mosul,”')),
	actor(b('abu-mustafa', 'Abu Mustafa', ['al Haj Abu Mustafa', 'Haj Abu Mustafa'], 'deir-ez-zor'), 'person', 'Hezbollah field commander credited with the defence of Deir ez-Zor.', 'hezbollah', DIG('Hezbollah field commander “al Haj Abu Mustafa,”')),
	// Armed groups and militias
	actor(b('islamic-state', 'Islamic State', ['ISIS', 'ISIL', 'IS', 'Daesh', 'the Islamic State'], 'international'), 'armed group', 'Jihadist group that seized much of Iraq and Syria in 2014.', undefined, ZH("the territory seized by the Islamic State in the militant group's lightning-fast sweep")),
	actor(b('badr-organization', 'Badr Organization', ['Badr Organisation', 'Badr'], 'militias'), 'militia', 'Iranian-backed Shia militia led by Hadi al-Amiri.', 'popular-mobilization-forces', ZH('the leader of the Iranian-backed Badr Organization')),
	actor(b('popular-mobilization-forces', 'Popular Mobilization Forces', ['PMF', 'PMU', 'Popular Mobilisation Units', 'Popular Mobilization'], 'militias'), 'militia', 'Coalition of mostly Shia paramilitary groups fighting alongside the Iraqi army.', 'iraqi-government', REP('Iranian-backed Shia militias from the Popular Mobilization Forces')),
	actor(b('hezbollah', 'Hezbollah', ['Lebanese Hezbollah', 'Hizbollah', 'Hizbullah'], 'deir-ez-zor'), 'militia', 'Lebanese Shia militia fighting for the Syrian government.', undefined, REP('foreign Shia militias, including Hezbollah and the Afghan Fatemiyoun Division')),
	actor(b('fatemiyoun-division', 'Fatemiyoun Division', ['Afghan Fatemiyoun Division', 'Fatemiyoun', 'Fatimiyoun'], 'deir-ez-zor'), 'militia', 'Afghan Shia militia fighting for the Syrian government.', 'irgc', REP('the Afghan Fatemiyoun Division')),
	actor(b('tiger-forces', 'Tiger Forces', ['the Tiger Forces'], 'deir-ez-zor'), 'militia', 'Pro-Assad force that fought for Deir ez-Zor city.', 'syrian-army', REP('as well as the pro-Assad Tiger Forces')),
	actor(b('kataib-imam-ali', "Kata'ib Imam Ali", ['Kataib Imam Ali'], 'militias'), 'militia', 'IRGC-controlled Iraqi Shia militia training in Syria.', 'popular-mobilization-forces', DIG('Kata’ib Imam Ali and Kata’ib al Sabriun join other IRGC-controlled Iraqi Shia militias')),
	actor(b('syrian-democratic-forces', 'Syrian Democratic Forces', ['SDF'], 'raqqa'), 'armed group', 'Kurdish-led force that the US backed in the assault on Raqqa.', undefined, MAG('its allies in the “Syrian Democratic Forces” (SDF – Kurds)')),
	actor(b('peshmerga', 'Peshmerga', ['Kurdish Peshmerga', 'Peshmerga forces'], 'kirkuk-hawija'), 'armed group', 'Kurdish forces that lost Kirkuk to the Iraqi government in October 2017.', undefined, DIG('the Iraqi government sought to seize Kirkuk from the Kurdish Peshmerga')),
	// State bodies and media
	actor(b('iraqi-government', 'Iraqi government', ['Government of Iraq', 'Baghdad government'], 'international'), 'government', 'Government in Baghdad leading the war against the Islamic State in Iraq.', undefined, DIG('the Iraqi government sought to seize Kirkuk')),
	actor(b('iraqi-army', 'Iraqi army', ['Iraqi military', 'Iraqi National Army'], 'border'), 'army', 'Army that retook Al-Qaim and the Husaybah crossing in November 2017.', 'iraqi-government', REP('the Iraqi Army announced that it has defeated the Islamic State in the border town of Al Qaim')),
	actor(b('syrian-army', 'Syrian Arab Army', ['Syrian army', 'SAA', 'Syrian military'], 'deir-ez-zor'), 'army', 'Syrian government army that took full control of Deir ez-Zor city.', undefined, REP('The Syrian military said it has taken full control of the city of Deir Ezzor')),
	actor(b('irgc', 'Islamic Revolutionary Guard Corps', ['IRGC', 'Revolutionary Guard'], 'international'), 'army', 'Iranian military force controlling several Shia militias.', undefined, DIG('the Islamic Republic of Iran and its Islamic Revolutionary Guard Corps (IRGC)')),
	actor(b('cjtf-oir', 'Combined Joint Task Force – Operation Inherent Resolve', ['CJTF-OIR', 'Operation Inherent Resolve', 'US-led coalition'], 'international'), 'coalition', 'US-led coalition striking the Islamic State in Iraq and Syria.', undefined, REP('according to a statement issued by Combined Joint Task Force Operation Inherent Resolve (CJTF-OIR)')),
	actor(b('sana', 'SANA', ['Syrian Arab News Agency'], 'deir-ez-zor'), 'media', 'Syrian state-run news service.', undefined, REP('SANA, the state-run news service, reported')),
	actor(b('sohr', 'Syrian Observatory for Human Rights', ['SOHR', 'the Observatory'], 'deir-ez-zor'), 'media', 'Independent monitor reporting on the Syrian war.', undefined, REP('The Syrian Observatory for Human Rights, an independent news gathering organization')),
	// Iraq
	place(b('falluja', 'Falluja', ['Fallujah', 'Fallouja'], 'falluja'), 'city', 'Iraq', 33.35, 43.78, 'Islamic State stronghold near Baghdad besieged in May 2016.', ZH('the ISIS strongholder of Falluja, located near Baghdad')),
	place(b('mosul', 'Mosul', ['Mosoul'], 'mosul'), 'city', 'Iraq', 36.34, 43.13, 'Largest Iraqi city held by the Islamic State; retaken in July 2017.', ZH("Chief among ISIS' core cities are Raqqa and Deir el-Zour in Syria and Mosul")),
	place(b('baghdad', 'Baghdad', [], 'falluja'), 'city', 'Iraq', 33.315, 44.366, "Iraq's capital, 50 km east of Falluja.", ZH('the outskirts of Baghdad, including Falluja in Iraq')),
	place(b('ramadi', 'Ramadi', ['al-Ramadi'], 'falluja'), 'city', 'Iraq', 33.42, 43.3, 'Anbar city recaptured from the Islamic State before May 2016.', ZH('including Ramadi, Tikrit, and Baiji')),
	place(b('tikrit', 'Tikrit', [], 'mosul'), 'city', 'Iraq', 34.6, 43.68, 'City recaptured from the Islamic State before May 2016.', ZH('including Ramadi, Tikrit, and Baiji')),
	place(b('baiji', 'Baiji', ['Beiji', 'Bayji'], 'mosul'), 'town', 'Iraq', 34.93, 43.49, 'Refinery town recaptured from the Islamic State before May 2016.', ZH('including Ramadi, Tikrit, and Baiji')),
	place(b('kirkuk', 'Kirkuk', ['Kerkuk'], 'kirkuk-hawija'), 'city', 'Iraq', 35.47, 44.39, 'Oil city the Iraqi government took from the Peshmerga in October 2017.', DIG('the Iraqi government sought to seize Kirkuk from the Kurdish Peshmerga')),
	place(b('hawija', 'Hawija', ['Hawijah', 'al-Hawija'], 'kirkuk-hawija'), 'town', 'Iraq', 35.32, 43.77, 'One of the last two Islamic State strongholds in Iraq in 2017.', DIG('Hawijah is considered one of the group’s two remaining strongholds inside Iraq')),
	place(b('al-qaim', 'Al-Qaim', ['Al Qaim', 'al-Qaim', 'Al-Qaem', 'Qaim', "Al-Qa'im"], 'border'), 'town', 'Iraq', 34.37, 41.09, 'Border town, one of the last Islamic State holdings in Iraq.', BLOG('the border towns of al-Qaim and Rawa')),
	place(b('rawa', 'Rawa', ['Rawah'], 'border'), 'town', 'Iraq', 34.47, 41.91, 'Euphrates town retaken with Al-Qaim in late 2017.', BLOG('the border towns of al-Qaim and Rawa')),
	place(b('husaybah-crossing', 'Husaybah border crossing', ['Husaybah crossing', 'Husaybah', 'Husaiba'], 'border'), 'border crossing', 'Iraq', 34.4, 40.98, 'Crossing into Syria the Iraqi army took in November 2017.', REP('is now in control of the Husaybah border crossing with Syria')),
	place(b('anbar', 'Anbar', ['Anbar province', 'al-Anbar'], 'border'), 'province', 'Iraq', 33.0, 42.0, 'Western Iraqi province holding the last Islamic State towns.', REP('the last two major towns in western Anbar province')),
	// Syria
	place(b('raqqa', 'Raqqa', ['Raqqah', 'al-Raqqa', 'ar-Raqqah'], 'raqqa'), 'city', 'Syria', 35.95, 39.01, "The Islamic State's self-declared capital in Syria.", ZH("the battle for Raqqa, the Islamic State's self-declared capital in Syria")),
	place(b('deir-ez-zor', 'Deir ez-Zor', ['Deir Ezzor', 'Deir el-Zour', 'Deir al-Zour', 'Deir Ezzour', 'Dier ez Zor'], 'deir-ez-zor'), 'city', 'Syria', 35.336, 40.14, 'Euphrates city the Syrian army retook in November 2017.', REP('The Syrian military said it has taken full control of the city of Deir Ezzor')),
	place(b('mayadin', 'Mayadin', ['al-Mayadeen', 'Mayadeen', 'al-Mayadin'], 'deir-ez-zor'), 'town', 'Syria', 35.02, 40.45, 'Euphrates town retaken by pro-government militias in 2017.', REP('the offensive to retake the town of Mayadin')),
	place(b('abu-kamal', 'Abu Kamal', ['al-Bukamal', 'Albu Kamal', 'Al Bu Kamal'], 'border'), 'town', 'Syria', 34.45, 40.92, 'Syrian border town facing Al-Qaim.', MAG('al-Qaim / al-Bu Kamal')),
	place(b('palmyra', 'Palmyra', ['Tadmur'], 'raqqa'), 'city', 'Syria', 34.56, 38.27, 'Desert city near which the Syrian army held positions.', MAG('rural Palmyra (Tadmur)')),
	place(b('maskana', 'Maskana', [], 'raqqa'), 'town', 'Syria', 35.96, 38.03, 'Town south of which the Syrian army advanced towards Raqqa.', MAG('advanced south of the city of Maskana')),
	place(b('al-tanf', 'Al-Tanf', ['al-Tanaf', 'Tanf', 'At-Tanf'], 'border'), 'border crossing', 'Syria', 33.5, 38.66, 'Border crossing held by US forces and their allies.', MAG('the border crossing of al-Tanaf, occupied by the US forces and their allies')),
	// Events
	event(b('iraq-sweep-2014', 'Islamic State sweep across Iraq', ['the 2014 sweep'], 'international'), [2014], [], ['islamic-state'], 'The Islamic State seized much of northern and western Iraq.', ZH("the militant group's lightning-fast sweep across the country's north and west in 2014")),
	event(b('deir-ez-zor-seized-2014', 'Islamic State takes most of Deir ez-Zor', [], 'deir-ez-zor'), [2014, 7], ['deir-ez-zor'], ['islamic-state'], 'Most of Deir ez-Zor city came under Islamic State control.', REP('most of which has been under Islamic State control since July of 2014')),
	event(b('territory-statement', 'Iraq announces two-thirds of territory retaken', [], 'falluja'), [2016, 5, 11], ['baghdad'], ['saad-al-hadithi'], 'The government said only 14 percent of Iraq remained under the Islamic State.', ZH('government spokesman Saad al-Hadithi said in a televised statement on May 11')),
	event(b('falluja-offensive', 'Falluja offensive begins', ['Battle of Falluja'], 'falluja'), [2016, 5, 23], ['falluja'], ['iraqi-army', 'popular-mobilization-forces'], 'Iraqi forces and militias encircled Falluja.', ZH('The first phase of the offensive that started on Monday is nearly finished')),
	event(b('raqqa-assault', 'SDF assault on Raqqa begins', ['Wrath of Euphrates attack'], 'raqqa'), [2017, 6], ['raqqa'], ['syrian-democratic-forces'], 'The SDF attacked Raqqa from three axes.', MAG('to start the “Warth of Euphrates” attack on the city of Raqqah')),
	event(b('mosul-victory-speech', 'Soleimani hails victory in Mosul', [], 'mosul'), [2017, 7, 10], ['mosul'], ['qassem-soleimani'], "Soleimani praised Iran's support at a ceremony.", DIG('At a July 10 ceremony commemorating a Revolutionary Guard commander recently slain in Iraq')),
	event(b('mansur-designation', 'US designates Salim al-Mansur', [], 'mosul'), [2017, 8, 29], [], ['salim-al-mansur'], 'Al-Mansur was listed as a specially designated global terrorist.', DIG('On Aug. 29, the Treasury Department announced that Salim Mustafa Muhammad al-Mansur had been added')),
	event(b('western-anbar-operations', 'Operations in western Anbar begin', [], 'border'), [2017, 9, 19], ['anbar'], ['iraqi-army'], 'Iraq opened operations against the last Islamic State towns in Anbar.', DIG('the Iraqi government began new operations on Sept. 19')),
	event(b('hawija-offensive', 'Hawija offensive', ['Hawijah offensive'], 'kirkuk-hawija'), [2017, 9], ['hawija'], ['iraqi-government'], 'Iraq attacked one of the last Islamic State strongholds.', DIG('The Iraqi government launched a new offensive against the Islamic State in the Hawijah pocket')),
	event(b('kirkuk-takeover', 'Iraqi government takes Kirkuk', [], 'kirkuk-hawija'), [2017, 10], ['kirkuk'], ['iraqi-government', 'peshmerga'], 'Iraqi forces took Kirkuk from the Peshmerga.', DIG('the Iraqi government sought to seize Kirkuk from the Kurdish Peshmerga')),
	event(b('qaim-rawa-offensive', 'Offensive on Al-Qaim and Rawa', [], 'border'), [2017, 10, 26], ['al-qaim', 'rawa'], ['iraqi-army'], 'Iraqi forces launched the final offensive on the last towns in Iraq.', BLOG('Iraqi forces have launched their final offensive on the last remaining ISIS strongholds in Iraq')),
	event(b('deir-ez-zor-retaken', 'Syrian army retakes Deir ez-Zor', [], 'deir-ez-zor'), [2017, 11, 3], ['deir-ez-zor'], ['syrian-army', 'tiger-forces'], 'The Syrian army declared full control of the city.', REP('announced on Friday the restoration of security and stability to the city of Deir Ezzor')),
	event(b('al-qaim-retaken', 'Iraqi army retakes Al-Qaim', [], 'border'), [2017, 11, 3], ['al-qaim', 'husaybah-crossing'], ['iraqi-army'], 'The Iraqi army took Al-Qaim and the Husaybah crossing.', REP('the Iraqi Army announced that it has defeated the Islamic State in the border town of Al Qaim')),
	// Figures
	entity('figure', b('iraq-territory-held', 'Iraqi territory once held', [], 'falluja'), [ZH('After occupying 40 percent of Iraqi territory, now only 14 percent remains')], { figure: { value: '40 percent', counts: 'share of Iraqi territory the Islamic State once occupied', givenBy: 'saad-al-hadithi' } }),
	entity('figure', b('iraq-territory-left', 'Iraqi territory still held', [], 'falluja'), [ZH('After occupying 40 percent of Iraqi territory, now only 14 percent remains')], { figure: { value: '14 percent', counts: 'share of Iraqi territory the Islamic State still held in May 2016', givenBy: 'saad-al-hadithi' } }),
	entity('figure', b('iraq-territory-lost-us', 'US estimate of territory lost', [], 'falluja'), [ZH('the official US estimate reveals that IS had lost 44% of the territory it held in Iraq')], { figure: { value: '44%', counts: 'share of its Iraqi territory the Islamic State had lost, per the US', givenBy: 'zh-2016' } }),
	entity('figure', b('deir-ez-zor-control', 'Deir ez-Zor regained', [], 'deir-ez-zor'), [REP('have regained control of 95 percent of the city of Deir Ezzor')], { figure: { value: '95 percent', counts: 'share of Deir ez-Zor city regained by Syrian forces', givenBy: 'sohr' } }),
	entity('figure', b('iraq-liberated', 'Territory liberated in Iraq', [], 'border'), [REP('“Over 96% of territory once controlled by ISIS is now liberated in Iraq')], { figure: { value: '96%', counts: 'share of once-held territory liberated in Iraq (November 2017)', givenBy: 'cjtf-oir' } }),
	entity('figure', b('falluja-distance', 'Falluja from Baghdad', [], 'falluja'), [ZH('the city that lies 50 km (32 miles) west of the capital')], { figure: { value: '50 km', counts: 'distance from Falluja west to Baghdad', givenBy: 'zh-2016' } }),
	entity('figure', b('qaim-fighters', 'ISIS fighters near Al-Qaim', [], 'border'), [BLOG('ISIS is thought to have 1500 remaining troops in the al-Qaim area')], { figure: { value: '1500', counts: 'ISIS fighters thought to remain in the Al-Qaim area', givenBy: 'blog-2017' } }),
	entity('figure', b('qaim-civilians', 'Civilians in Al-Qaim and Rawa', [], 'border'), [BLOG('50,000 civilians remain in the two towns as well')], { figure: { value: '50,000', counts: 'civilians remaining in Al-Qaim and Rawa (October 2017)', givenBy: 'blog-2017' } }),
	// Claims (contested: taught only as who claims what)
	entity('claim', b('turkey-oil-funding', 'Turkish oil funding', [], 'international'), [ZH('its supply of oil-based funding from Turkey has dried up')], { claim: { claimant: 'the Zero Hedge commentary (May 2016)', statement: 'According to the Zero Hedge commentary (May 2016), ISIS was in retreat because its oil funding from Turkey had dried up.' } }),
	entity('claim', b('isis-finished-in-iraq', 'ISIS finished in Iraq', [], 'border'), [BLOG('This is the beginning of the end for ISIS in Iraq')], { claim: { claimant: "a blogger's comment (26 Oct 2017)", statement: "According to a blogger's comment (26 Oct 2017), ISIS will be done as a major fighting force in Iraq once Rawa and Al-Qaim fall." } }),
	entity('claim', b('us-leaves-tanf', 'US to leave al-Tanf', [], 'border'), [MAG('The US forces and their allies will have only one option: withdraw their forces')], { claim: { claimant: 'Elijah J. Magnier', statement: 'According to Elijah J. Magnier, US forces will have to withdraw from al-Tanf.' } }),
	entity('claim', b('raqqa-escape-route', 'Escape route from Raqqa', [], 'raqqa'), [MAG('The south of Raqqah (along the Euphrates River) was left open so that ISIS could escape')], { claim: { claimant: 'Elijah J. Magnier', statement: 'According to Elijah J. Magnier, the south of Raqqa was left open so that ISIS could escape.' } }),
	entity('claim', b('full-victory-tweet', 'Full victory soon', [], 'border'), [REP('“Very soon we will declare full victory in Iraq,” the Iraqi military announced')], { claim: { claimant: "the Iraqi army's Twitter feed", statement: "According to the Iraqi army's Twitter feed, full victory in Iraq would be declared very soon.", quote: 'Very soon we will declare full victory in Iraq', speaker: 'iraqi-army' } }),
	entity('claim', b('pmf-blessed', 'PMF a blessed phenomenon', [], 'militias'), [DIG('The Popular Mobilization Forces (PMF) is an “important and blessed phenomenon,” Khamenei said')], { claim: { claimant: 'Ali Khamenei', statement: 'According to Ali Khamenei, the PMF is an important and blessed phenomenon.', quote: 'important and blessed phenomenon', speaker: 'ali-khamenei' } })
];

const byId = new Map(FIXTURE_ENTITIES.map((e) => [e.id, e]));
const namesOf = (id: string) => {
	const e = byId.get(id);
	return e ? [e.name, ...e.aliases] : [id];
};

function card(e: Entity, type: CardType, prompt: string, accepted: string[], pair: string = type): Card {
	return {
		id: `${e.id}:${type}`,
		entity: e.id,
		kind: e.kind,
		type,
		prompt,
		answer: accepted[0]!,
		accepted,
		contested: e.contested,
		evidence: e.evidence,
		sources: [...new Set(e.evidence.map((x) => x.source))],
		topic: e.topic,
		importance: e.importance,
		pair: `${e.id}:${pair}`
	};
}

/** The cards the compiler would derive for an entity. */
export function cardsFor(e: Entity): Card[] {
	const cards: Card[] = [];
	if (e.actor) {
		cards.push(card(e, 'role-actor', `Who is this? ${e.actor.title}`, [e.name, ...e.aliases], 'role'));
		cards.push(card(e, 'actor-role', `Who or what is ${e.name}?`, [e.actor.title], 'role'));
		if (e.actor.affiliation)
			cards.push(
				card(e, 'actor-affiliation', `Which body does ${e.name} belong to?`, namesOf(e.actor.affiliation))
			);
	}
	if (e.place) {
		cards.push(card(e, 'place-country', `In which country is ${e.name}?`, [e.place.country]));
		cards.push(card(e, 'place-significance', `Why does ${e.name} matter in the sources?`, [e.place.title]));
		cards.push(card(e, 'place-map', `Where is ${e.name}?`, [e.name, ...e.aliases]));
	}
	if (e.event) {
		cards.push(card(e, 'event-date', `When: ${e.name}?`, [formatDate(e.event.date)]));
		const [where] = e.event.places;
		if (where) cards.push(card(e, 'event-place', `Where: ${e.name}?`, namesOf(where)));
	}
	if (e.figure)
		cards.push(
			card(e, 'figure-number', `What figure is given for the ${e.figure.counts}?`, [e.figure.value])
		);
	if (e.claim) {
		const body = e.claim.statement.replace(/^According to [^,]+(\([^)]*\))?,\s*/, '');
		cards.push(card(e, 'claim-claimant', `Who claims this: ${body}`, [e.claim.claimant]));
		if (e.claim.quote && e.claim.speaker) {
			cards.push(card(e, 'quote-speaker', `Who said: “${e.claim.quote}”?`, namesOf(e.claim.speaker)));
		}
	}
	return cards;
}

const CLOZE: Card[] = [
	{
		...card(byId.get('falluja-distance')!, 'cloze', 'Falluja lies ____ west of Baghdad.', [
			'50 km',
			'50 kilometres'
		]),
		id: 'falluja-distance:cloze:0'
	},
	{
		...card(
			byId.get('badr-organization')!,
			'cloze',
			'The Badr Organization was led by ____ in May 2016.',
			namesOf('hadi-al-amiri')
		),
		id: 'badr-organization:cloze:0'
	}
];

/** A pack of the given entities with their derived cards (for tests that need a tailored pool). */
export function packOf(entities: Entity[], extraCards: Card[] = []): Pack {
	return {
		...makeFixturePack(),
		id: 'custom',
		entities,
		cards: entities.flatMap(cardsFor).concat(extraCards)
	};
}

export function makeFixturePack(): Pack {
	return {
		id: 'fixture',
		title: 'Quiz fixture',
		description: 'A small pack for the quiz specs.',
		topics: [...new Set(FIXTURE_ENTITIES.map((e) => e.topic))].map((id) => ({ id, title: id })),
		version: 'fixture-1',
		sources: Object.entries(FILES).map(([id, file]) => ({
			id,
			title: id,
			kind: 'news report',
			publisher: 'unknown',
			date: 'unknown',
			file,
			reliability: 'test fixture'
		})),
		entities: FIXTURE_ENTITIES,
		cards: FIXTURE_ENTITIES.flatMap(cardsFor).concat(CLOZE)
	};
}
