import { fileURLToPath } from 'node:url';

export const MAP_DATA_PATH = fileURLToPath(
	new URL('../../src/lib/content/map/map-data.json', import.meta.url)
);
