export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'sourcedeck.theme';

/** Light/dark theme: follows the system unless the user picks one. Read before paint by the inline script in src/app.html. */
export class ThemeState {
	choice = $state<ThemeChoice>('system');

	load(): void {
		try {
			const saved = localStorage.getItem(KEY);
			if (saved === 'light' || saved === 'dark') this.choice = saved;
		} catch {
			// Storage blocked: follow the system.
		}
	}

	set(choice: ThemeChoice): void {
		this.choice = choice;
		try {
			if (choice === 'system') localStorage.removeItem(KEY);
			else localStorage.setItem(KEY, choice);
		} catch {
			// The choice still applies to this visit.
		}
		if (choice === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = choice;
	}
}

export const theme = new ThemeState();
