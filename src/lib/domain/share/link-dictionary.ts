/**
 * Preset DEFLATE dictionary for assignment links: strings that recur in every assignment (card-id suffixes,
 * entity kinds, topics, the wire format's punctuation, common instruction words), so even a short link
 * compresses well.
 *
 * FROZEN: part of link format "a1". Changing one byte breaks every link already shared; a new dictionary
 * needs a new format version. New card types or topics simply compress a little less.
 */

const WORDS = [
	// Instruction prose (least likely to repeat, so furthest from the end of the dictionary).
	'Answer every question. You have minutes. Read each source passage before you answer. ',
	'Due before the next class. Please take this quiz on your own, without notes. Good luck! ',
	'Review the cards you missed and try again. This quiz covers the sources we read in class. ',
	'the and of to in on for with from by about which who when where what why how your our this that ',
	'Iraq Syria Mosul Raqqa Falluja Deir ez-Zor border Kirkuk Hawija militias international ',
	'Quiz quiz Unit Week Chapter Lesson Homework Review Test Practice Revision ',
	// Source ids and topics as they appear in selections.
	'"zh-2016","blog-2017","magnier-2017","digest-2017","report-2017",',
	'"falluja","mosul","raqqa","deir-ez-zor","border","kirkuk-hawija","militias","international",',
	// Common entity-id fragments.
	'islamic-state:syrian-democratic-forces:popular-mobilization-forces:iraqi-army:al-qaim:abu-kamal:',
	'-offensive:-battle-of-:-forces:-army:-crossing:-province:-operation:-liberation:-siege:',
	// Quiz modes and entity kinds.
	'"timeline","map-identify","matching","map","true-false","multiple-choice","typed",',
	'["actor","place","event","figure","claim"],',
	// Card id suffixes: `${entity}:${type}` (+ `:${n}`).
	':actor-role",":role-actor",":actor-affiliation",":place-country",":place-significance",',
	':place-map",":event-date",":event-place",":event-actors",":figure-number",',
	':quote-speaker:1",":claim-claimant",":cloze:1",":cloze:2",',
	// Wire punctuation.
	',null,null,null,',
	'],null,[",0,[1,"'
];

export const LINK_DICTIONARY: Uint8Array = new TextEncoder().encode(WORDS.join(''));
