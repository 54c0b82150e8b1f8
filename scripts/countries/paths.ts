import { fileURLToPath } from 'node:url';

export const COUNTRIES_PATH = fileURLToPath(
	new URL('../../src/lib/domain/extract/countries.json', import.meta.url)
);
