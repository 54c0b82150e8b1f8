/** The app's destinations, in menu order. `primary` ones sit in the phone's bottom bar. */
export interface NavItem {
	href:
		'/' | '/study' | '/quiz' | '/missed' | '/progress' | '/assign' | '/sources' | '/library' | '/settings';
	label: string;
	icon: string;
	primary: boolean;
}

export const NAV_ITEMS: NavItem[] = [
	{ href: '/', label: 'Today', icon: '⌂', primary: true },
	{ href: '/study', label: 'Study', icon: '▤', primary: true },
	{ href: '/quiz', label: 'Quiz', icon: '?', primary: true },
	{ href: '/missed', label: 'Missed', icon: '↺', primary: true },
	{ href: '/progress', label: 'Progress', icon: '▥', primary: false },
	{ href: '/assign', label: 'Assign', icon: '✉', primary: false },
	{ href: '/sources', label: 'Sources', icon: '❝', primary: false },
	{ href: '/library', label: 'Library', icon: '▦', primary: false },
	{ href: '/settings', label: 'Settings', icon: '⚙', primary: false }
];

/** True when `pathname` is at or below `href` ("/" only matches itself). */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
