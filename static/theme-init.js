// Runs before first paint: applies the theme the user chose ("light" | "dark"); absent means follow the system.
try {
	var theme = localStorage.getItem('sourcedeck.theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	/* storage unavailable: follow the system */
}
