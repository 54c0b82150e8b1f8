// Every page is prerendered: the app runs with no server, from the service worker's cache when offline.
export const prerender = true;
export const trailingSlash = 'never';
