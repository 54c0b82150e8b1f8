/** Names printed on the quiz map, placed by hand where they fit: [latitude, longitude] and the views they show in. */
import type { MapViewId } from '../../src/lib/content/map/projection';

export interface MapLabelSpec {
	name: string;
	kind: 'country' | 'sea' | 'river';
	at: [lat: number, lon: number];
	views: MapViewId[];
}

export const LABELS: readonly MapLabelSpec[] = [
	// The core view: Iraq, Syria and their borders.
	{ name: 'Syria', kind: 'country', at: [34.6, 37.0], views: ['core'] },
	{ name: 'Iraq', kind: 'country', at: [32.3, 42.9], views: ['core'] },
	{ name: 'Turkey', kind: 'country', at: [37.95, 36.4], views: ['core'] },
	{ name: 'Iran', kind: 'country', at: [33.6, 47.8], views: ['core'] },
	{ name: 'Jordan', kind: 'country', at: [31.3, 37.0], views: ['core'] },
	{ name: 'Saudi Arabia', kind: 'country', at: [29.6, 41.8], views: ['core'] },
	{ name: 'Kuwait', kind: 'country', at: [29.2, 47.4], views: ['core'] },
	{ name: 'Euphrates', kind: 'river', at: [34.95, 39.95], views: ['core'] },
	{ name: 'Tigris', kind: 'river', at: [35.1, 44.55], views: ['core'] },
	// The region view.
	{ name: 'Turkey', kind: 'country', at: [39.2, 34.5], views: ['region'] },
	{ name: 'Syria', kind: 'country', at: [35.0, 38.3], views: ['region'] },
	{ name: 'Iraq', kind: 'country', at: [32.6, 43.2], views: ['region'] },
	{ name: 'Iran', kind: 'country', at: [32.6, 54.5], views: ['region'] },
	{ name: 'Saudi Arabia', kind: 'country', at: [24.8, 44.5], views: ['region'] },
	{ name: 'Jordan', kind: 'country', at: [30.7, 37.0], views: ['region'] },
	{ name: 'Egypt', kind: 'country', at: [26.5, 29.8], views: ['region'] },
	{ name: 'Mediterranean Sea', kind: 'sea', at: [33.6, 30.0], views: ['region'] },
	{ name: 'Black Sea', kind: 'sea', at: [42.6, 35.0], views: ['region'] },
	{ name: 'Caspian Sea', kind: 'sea', at: [41.3, 51.0], views: ['region'] },
	{ name: 'Persian Gulf', kind: 'sea', at: [27.2, 51.3], views: ['region'] },
	{ name: 'Red Sea', kind: 'sea', at: [22.4, 37.8], views: ['region'] },
	// The wide view: Europe and the Middle East.
	{ name: 'United Kingdom', kind: 'country', at: [53.3, -1.8], views: ['wide'] },
	{ name: 'France', kind: 'country', at: [46.8, 2.4], views: ['wide'] },
	{ name: 'Germany', kind: 'country', at: [51.0, 10.3], views: ['wide'] },
	{ name: 'Spain', kind: 'country', at: [40.0, -3.8], views: ['wide'] },
	{ name: 'Italy', kind: 'country', at: [42.8, 12.7], views: ['wide'] },
	{ name: 'Turkey', kind: 'country', at: [39.2, 34.5], views: ['wide'] },
	{ name: 'Iraq', kind: 'country', at: [32.6, 43.2], views: ['wide'] },
	{ name: 'Iran', kind: 'country', at: [32.6, 54.5], views: ['wide'] },
	{ name: 'Saudi Arabia', kind: 'country', at: [24.8, 44.5], views: ['wide'] },
	{ name: 'Egypt', kind: 'country', at: [26.5, 29.8], views: ['wide'] },
	{ name: 'Mediterranean Sea', kind: 'sea', at: [35.0, 18.0], views: ['wide'] }
];
