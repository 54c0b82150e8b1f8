import type { Workbox } from 'workbox-window';

const OFFLINE_READY_SHOWN = 'sourcedeck.offlineReadyShown';
const UPDATE_CHECK_MS = 60 * 60 * 1000;
const OFFLINE_NOTICE_MS = 12_000;

/** The install prompt Chromium offers (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The app as an installed, offline-capable PWA: service worker registration, the update prompt,
 * the one-time "ready offline" notice and the install button.
 */
export class PwaState {
	/** A new version is installed and waiting for the user to choose Reload. */
	updateAvailable = $state(false);
	/** The app has just become usable offline for the first time. */
	offlineReady = $state(false);
	/** The browser offered to install the app. */
	canInstall = $state(false);
	/** The page is controlled by the service worker (works offline). */
	controlled = $state(false);

	#workbox: Workbox | undefined;
	#installEvent: BeforeInstallPromptEvent | undefined;

	/** Registers /sw.js. Call once, in the browser, in production builds. */
	async start(): Promise<void> {
		window.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#installEvent = event as BeforeInstallPromptEvent;
			this.canInstall = true;
		});
		window.addEventListener('appinstalled', () => (this.canInstall = false));
		if (!('serviceWorker' in navigator)) return;

		this.controlled = navigator.serviceWorker.controller !== null;
		// Loaded on demand: it is not needed to paint the first page.
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox('/sw.js');
		workbox.addEventListener('waiting', () => (this.updateAvailable = true));
		workbox.addEventListener('controlling', () => (this.controlled = true));
		workbox.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.#announceOfflineReady();
		});
		this.#workbox = workbox;
		workbox.register().catch((error: unknown) => {
			// Blocked (a private window, a browser setting): the app still works while online.
			console.warn('Sourcedeck could not install for offline use:', error);
		});
		// A tab left open for days still learns of new versions.
		setInterval(() => void workbox.update(), UPDATE_CHECK_MS);
	}

	/** The user chose Reload: activate the waiting version, then reload into it. */
	applyUpdate(): void {
		const workbox = this.#workbox;
		if (!workbox) return;
		workbox.addEventListener('controlling', () => window.location.reload());
		workbox.messageSkipWaiting();
	}

	dismissUpdate(): void {
		this.updateAvailable = false;
	}

	async install(): Promise<void> {
		const event = this.#installEvent;
		if (!event) return;
		await event.prompt();
		await event.userChoice;
		this.#installEvent = undefined;
		this.canInstall = false;
	}

	#announceOfflineReady(): void {
		try {
			if (localStorage.getItem(OFFLINE_READY_SHOWN)) return;
			localStorage.setItem(OFFLINE_READY_SHOWN, '1');
		} catch {
			// Storage blocked: still tell the user this once.
		}
		this.offlineReady = true;
		// Good news needs no answer: it goes by itself (it sits in the header, where it covers nothing).
		setTimeout(() => (this.offlineReady = false), OFFLINE_NOTICE_MS);
	}
}

export const pwa = new PwaState();
