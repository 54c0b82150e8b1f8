import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack';
import { FIXTURE_ENTITIES, packOf } from './fixture';
import { generateQuiz } from './generate';
import { MIN_SEPARATION_KM } from './map';
import { haversineKm } from './geo';
import type { ChoiceQuestion, MapQuestion } from './types';

const town = (id: string, lat: number, lon: number, type = 'town'): Entity => ({
	id,
	kind: 'place',
	name: id.replace(/^./, (c) => c.toUpperCase()),
	aliases: [],
	contested: false,
	evidence: [],
	topic: 'border',
	importance: 2,
	place: { type, country: 'Syria', lat, lon, title: `Town ${id}`, significance: `Town ${id}.` }
});

// Abu Kamal with one neighbour 9 km away and four towns far enough.
const ABU_KAMAL = town('abukamal', 34.45, 40.92);
const NEIGHBOUR = town('hajin', 34.52, 40.88);
const FAR = [
	town('mayadin', 35.02, 40.45),
	town('maskana', 35.96, 38.03),
	town('sukhnah', 34.88, 38.87),
	town('tadmur', 34.56, 38.27)
];

describe('map-identify', () => {
	it('never offers a place within 50 km of the marker', () => {
		const pack = packOf([ABU_KAMAL, NEIGHBOUR, ...FAR]);
		expect(haversineKm(ABU_KAMAL.place!, NEIGHBOUR.place!)).toBeLessThan(MIN_SEPARATION_KM);
		let asked = 0;
		for (let i = 0; i < 60; i++) {
			for (const q of generateQuiz(pack, {
				selection: {},
				count: 10,
				modes: ['map-identify'],
				seed: `m${i}`
			})) {
				const marked = q as ChoiceQuestion;
				if (marked.answerText === 'Abukamal') {
					asked++;
					expect(marked.options).not.toContain('Hajin');
				}
				if (marked.answerText === 'Hajin') expect(marked.options).not.toContain('Abukamal');
			}
		}
		expect(asked).toBeGreaterThan(10);
	});

	it('gives no question when every other place is too close', () => {
		const crowded = packOf([ABU_KAMAL, NEIGHBOUR, town('baghuz', 34.46, 40.95), town('susah', 34.43, 40.98)]);
		expect(generateQuiz(crowded, { selection: {}, count: 5, modes: ['map-identify'], seed: 'x' })).toEqual(
			[]
		);
	});
});

describe('map', () => {
	it('asks for every place with coordinates, with a wider threshold for provinces', () => {
		const places = FIXTURE_ENTITIES.filter((e) => e.place);
		const pack = packOf(places);
		const questions = generateQuiz(pack, {
			selection: {},
			count: 100,
			modes: ['map'],
			seed: 'map'
		}) as MapQuestion[];
		expect(questions.map((q) => q.placeName).sort()).toEqual(places.map((p) => p.name).sort());
		const anbar = questions.find((q) => q.placeName === 'Anbar')!;
		const falluja = questions.find((q) => q.placeName === 'Falluja')!;
		expect(anbar.thresholdKm).toBeGreaterThan(falluja.thresholdKm);
		expect(falluja.prompt).toBe('Tap where Falluja is.');
		expect(falluja.target).toEqual({ lat: 33.35, lon: 43.78 });
		expect(falluja.cardId).toBe('falluja:place-map');
	});

	it('skips places without usable coordinates', () => {
		const nowhere = { ...town('nowhere', Number.NaN, 40), id: 'nowhere' };
		const questions = generateQuiz(packOf([nowhere, ABU_KAMAL]), {
			selection: {},
			count: 5,
			modes: ['map'],
			seed: 's'
		});
		expect(questions.map((q) => (q as MapQuestion).placeName)).toEqual(['Abukamal']);
	});
});
