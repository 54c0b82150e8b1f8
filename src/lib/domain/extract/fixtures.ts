/**
 * Short documents on other subjects than the first pack, written for the specs: the rules must work on them too.
 * Each is in a style of its own (a 19th-century battle report, a science press release, a town's news item).
 */
import type { ExtractDocument } from './types';

export const BATTLE_REPORT: ExtractDocument = {
	file: 'gettysburg-report.txt',
	date: { year: 1863, month: 7, day: 6 },
	text: `The Battle of Gettysburg

GETTYSBURG, Pa., July 6, 1863 — The Army of the Potomac has won a great victory. After three days of fighting, General Robert E. Lee withdrew his Army of Northern Virginia from the field on Saturday and retreated toward Hagerstown.

On July 1, Confederate troops attacked the Union cavalry of General John Buford west of the town. The next day, General James Longstreet launched an assault on the Union left near Little Round Top, which the 20th Maine held. On July 3, about 12,500 Confederate soldiers advanced across open fields in what is already called Pickett's Charge. The attack failed within an hour.

"The enemy was repulsed at all points," General George G. Meade wrote in his dispatch to Washington. Casualties are reported at more than 23,000 men in the Union army alone. The War Department said the figures are not yet complete.

Some officers believe that Lee will try to cross the Potomac River before the Union army can stop him. According to the New York Times, President Abraham Lincoln hopes the war will end soon.`
};

export const SCIENCE_RELEASE: ExtractDocument = {
	file: 'telescope-release.md',
	text: `For immediate release — Tuesday, March 12, 2024

Astronomers at the European Southern Observatory (ESO) have found water vapour in the atmosphere of an exoplanet 120 light-years from Earth. The planet, known as K2-18 b, orbits a red dwarf star in the constellation Leo.

The team used the Very Large Telescope in Chile's Atacama Desert and data from the James Webb Space Telescope (JWST), which NASA launched in 2021. They observed the planet on 14 nights between 2022 and 2023.

"This is the first time we have seen water on a world in the habitable zone of its star," said Dr. Maria Sanchez, who led the study at the University of Cambridge. She added, "We still do not know whether the planet has an ocean."

The planet is about 8.6 times as massive as Earth. According to the researchers, as much as 50 percent of its mass could be water. The results were published yesterday in the journal Nature Astronomy.

ESO expects the Extremely Large Telescope, now under construction, to begin observations in 2028.`
};

export const TOWN_NEWS: ExtractDocument = {
	file: 'millbrook-council.html',
	date: { year: 2023, month: 11, day: 2 },
	text: `Millbrook council approves new bridge

The Millbrook Town Council voted 7 to 2 on Tuesday to replace the Old Mill Bridge over the Fox River, which was closed in 2021 after inspectors found cracks in its supports. The new bridge will cost $4.2 million, most of it paid by the State of Vermont.

Mayor Helen Carter called the vote "a good day for everyone who lives on the east side of town." Councillor Tom Briggs, who voted against the plan, said the town should have repaired the old bridge instead.

Construction is expected to start in the spring and take about 18 months. Until then, drivers must use the Route 9 detour through Cedar Falls.`
};

/** The fixtures together, as the engine would get them from one person's sources. */
export const OTHER_SUBJECTS: ExtractDocument[] = [BATTLE_REPORT, SCIENCE_RELEASE, TOWN_NEWS];
