import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PwaState } from './pwa.svelte';
import { fakeStorage } from './test-storage';

/** The service worker's side as workbox-window reports it: each test fires its events and sees its calls. */
const sw = vi.hoisted(() => ({
	listeners: new Map<string, ((event: { isUpdate?: boolean }) => void)[]>(),
	calls: [] as string[],
	register: (): Promise<unknown> => Promise.resolve()
}));
vi.mock('workbox-window', () => ({
	Workbox: class {
		constructor(url: string) {
			sw.calls.push(`new ${url}`);
		}
		addEventListener(type: string, listener: (event: { isUpdate?: boolean }) => void) {
			sw.listeners.set(type, [...(sw.listeners.get(type) ?? []), listener]);
		}
		register() {
			sw.calls.push('register');
			return sw.register();
		}
		update() {
			sw.calls.push('update');
			return Promise.resolve();
		}
		messageSkipWaiting() {
			sw.calls.push('skip waiting');
		}
	}
}));

const fire = (type: string, event: { isUpdate?: boolean } = {}) => {
	for (const listener of sw.listeners.get(type) ?? []) listener(event);
};

let page: EventTarget & { location: { reload: ReturnType<typeof vi.fn> } };

beforeEach(() => {
	vi.useFakeTimers();
	sw.listeners.clear();
	sw.calls = [];
	sw.register = () => Promise.resolve();
	page = Object.assign(new EventTarget(), { location: { reload: vi.fn() } });
	vi.stubGlobal('window', page);
	vi.stubGlobal('navigator', { serviceWorker: { controller: null } });
	vi.stubGlobal('localStorage', fakeStorage());
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('PwaState', () => {
	it('offers a new version once it is waiting, and reloads into it when the learner chooses Reload', async () => {
		const pwa = new PwaState();
		await pwa.start();
		expect(sw.calls).toEqual(['new /sw.js', 'register']);
		expect(pwa.updateAvailable).toBe(false);
		fire('waiting');
		expect(pwa.updateAvailable).toBe(true);
		pwa.applyUpdate();
		expect(sw.calls.at(-1)).toBe('skip waiting');
		expect(page.location.reload).not.toHaveBeenCalled();
		// The new version has taken over: the page reloads into it, once.
		fire('controlling');
		expect(page.location.reload).toHaveBeenCalledOnce();
		expect(pwa.controlled).toBe(true);
	});

	it('lets a new version wait when the learner says not now', async () => {
		const pwa = new PwaState();
		await pwa.start();
		fire('waiting');
		pwa.dismissUpdate();
		expect(pwa.updateAvailable).toBe(false);
		expect(sw.calls).not.toContain('skip waiting');
	});

	it('says once, at the first install, that the app works offline, and the notice goes by itself', async () => {
		const first = new PwaState();
		await first.start();
		fire('activated', { isUpdate: false });
		expect(first.offlineReady).toBe(true);
		vi.advanceTimersByTime(12_000);
		expect(first.offlineReady).toBe(false);
		// Another visit, or an update activating: nothing more to say.
		sw.listeners.clear();
		const again = new PwaState();
		await again.start();
		fire('activated', { isUpdate: false });
		fire('activated', { isUpdate: true });
		expect(again.offlineReady).toBe(false);
	});

	it('looks for a new version every hour, for a tab left open for days', async () => {
		await new PwaState().start();
		vi.advanceTimersByTime(60 * 60 * 1000 - 1);
		expect(sw.calls).not.toContain('update');
		vi.advanceTimersByTime(1);
		expect(sw.calls.filter((call) => call === 'update')).toHaveLength(1);
	});

	it('still works online where the browser refuses the service worker, or has none', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		sw.register = () => Promise.reject(new DOMException('Blocked', 'SecurityError'));
		const blocked = new PwaState();
		await blocked.start();
		await Promise.resolve();
		expect(warn).toHaveBeenCalledWith(
			'Sourcedeck could not install for offline use:',
			expect.any(DOMException)
		);
		warn.mockRestore();
		sw.calls = [];
		vi.stubGlobal('navigator', {});
		const none = new PwaState();
		await none.start();
		expect(sw.calls).toEqual([]);
		expect(none.controlled).toBe(false);
	});

	it('offers to install the app when the browser does, and no longer once it is installed', async () => {
		const pwa = new PwaState();
		await pwa.start();
		const prompt = vi.fn(async () => {});
		const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt,
			userChoice: Promise.resolve({ outcome: 'accepted' as const })
		});
		page.dispatchEvent(offer);
		// The browser's own banner is held back: the app's button asks instead.
		expect(offer.defaultPrevented).toBe(true);
		expect(pwa.canInstall).toBe(true);
		await pwa.install();
		expect(prompt).toHaveBeenCalledOnce();
		expect(pwa.canInstall).toBe(false);
		page.dispatchEvent(
			Object.assign(new Event('beforeinstallprompt'), { prompt, userChoice: offer.userChoice })
		);
		expect(pwa.canInstall).toBe(true);
		page.dispatchEvent(new Event('appinstalled'));
		expect(pwa.canInstall).toBe(false);
	});
});
