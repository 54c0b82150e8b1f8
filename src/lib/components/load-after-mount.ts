/**
 * For `onMount`: loads code a screen needs only once it is painted (its state and the database code behind it),
 * then hands it to `use`, unless the screen was left meanwhile. Returns the `onMount` cleanup.
 */
export function loadAfterMount<T>(load: () => Promise<T>, use: (loaded: T) => void): () => void {
	let alive = true;
	void load().then((loaded) => {
		if (alive) use(loaded);
	});
	return () => {
		alive = false;
	};
}
