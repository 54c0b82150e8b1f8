/**
 * The Euphrates and the Tigris for the quiz map. APPROXIMATION: no river data set is available offline, so each
 * river is a polyline through well-known towns on its banks (coordinates to about 0.01°, from general
 * geographic knowledge). Good enough to orient a learner on a 1:10 million map; not a survey.
 * Points are [latitude, longitude], upstream first.
 */
export interface RiverLine {
	name: string;
	points: [lat: number, lon: number][];
}

export const RIVERS: readonly RiverLine[] = [
	{
		name: 'Euphrates',
		points: [
			[38.8, 38.75], // Keban, where the Karasu and the Murat meet
			[38.22, 38.45], // Karakaya dam
			[37.48, 38.32], // Atatürk dam
			[37.03, 37.98], // Birecik
			[36.82, 38.01], // Jarabulus
			[36.38, 38.18], // Tishrin dam
			[35.96, 38.05], // Maskana, Lake Assad
			[35.84, 38.55], // Tabqa
			[35.95, 39.01], // Raqqa
			[35.34, 40.14], // Deir ez-Zor
			[35.02, 40.45], // Mayadin
			[34.45, 40.92], // Abu Kamal
			[34.37, 41.08], // al-Qaim
			[34.47, 41.91], // Rawa
			[34.14, 42.38], // Haditha
			[33.64, 42.83], // Hit
			[33.42, 43.3], // Ramadi
			[33.35, 43.78], // Falluja
			[32.78, 44.29], // Musayyib
			[32.54, 44.22], // Hindiya
			[32.03, 44.4], // Kufa
			[31.58, 44.65], // Shinafiyah
			[31.31, 45.28], // Samawah
			[31.05, 46.26], // Nasiriyah
			[30.88, 46.47], // Suq ash-Shuyukh
			[31.01, 47.43] // Qurna, where it meets the Tigris
		]
	},
	{
		name: 'Tigris',
		points: [
			[37.91, 40.24], // Diyarbakir
			[37.85, 40.66], // Bismil
			[37.71, 41.41], // Hasankeyf
			[37.33, 42.19], // Cizre
			[37.07, 42.38], // Faysh Khabur
			[36.63, 42.82], // Mosul dam
			[36.34, 43.13], // Mosul
			[35.8, 43.29], // Qayyarah
			[34.93, 43.49], // Baiji
			[34.61, 43.68], // Tikrit
			[34.2, 43.87], // Samarra
			[33.99, 44.15], // Balad
			[33.31, 44.37], // Baghdad
			[33.1, 44.58], // Salman Pak
			[32.91, 45.07], // Aziziyah
			[32.51, 45.82], // Kut
			[32.46, 46.69], // Ali al-Gharbi
			[31.84, 47.14], // Amarah
			[31.51, 47.27], // Qalat Salih
			[31.01, 47.43] // Qurna
		]
	},
	{
		name: 'Shatt al-Arab',
		points: [
			[31.01, 47.43], // Qurna
			[30.51, 47.81], // Basra
			[30.44, 48.17], // Khorramshahr
			[30.35, 48.3], // Abadan
			[29.97, 48.47], // Fao
			[29.93, 48.56] // the mouth, on the Gulf
		]
	}
];
