import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, isCurrent } from './nav-items';

describe('navigation', () => {
	it('lists every route once, four of them in the bottom bar', () => {
		const hrefs = NAV_ITEMS.map((item) => item.href);
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect(hrefs).toEqual([
			'/',
			'/study',
			'/quiz',
			'/missed',
			'/progress',
			'/assign',
			'/sources',
			'/library',
			'/settings'
		]);
		expect(NAV_ITEMS.filter((item) => item.primary).map((item) => item.label)).toEqual([
			'Today',
			'Study',
			'Quiz',
			'Missed'
		]);
	});

	it('marks the current page, with Today only on the home page', () => {
		expect(isCurrent('/', '/')).toBe(true);
		expect(isCurrent('/', '/study')).toBe(false);
		expect(isCurrent('/study', '/study')).toBe(true);
		expect(isCurrent('/assign', '/assign/take')).toBe(true);
		expect(isCurrent('/study', '/studyroom')).toBe(false);
	});
});
