import { ifStudyDataStored } from '$lib/state/study-data-stored';

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

/**
 * As `loadAfterMount`, for a screen whose first visit is prerendered as the truth where nothing is stored: on a
 * device with no study data its code (and the database code behind it) is not loaded, and `nothingStored` is
 * called instead.
 */
export function loadStoredAfterMount<T>(
	load: () => Promise<T>,
	use: (loaded: T) => void,
	nothingStored: () => void,
	mayHold?: () => Promise<boolean>
): () => void {
	return loadAfterMount(
		() => ifStudyDataStored(load, mayHold),
		(loaded) => (loaded === null ? nothingStored() : use(loaded))
	);
}

/**
 * For a screen whose state loads its own database code when first used (Settings): `stored` where `mayHold`
 * says data may be stored, `nothingStored` where none is, unless the screen was left meanwhile.
 */
export function whenStoredAfterMount(
	stored: () => void,
	nothingStored: () => void,
	mayHold: () => Promise<boolean>
): () => void {
	return loadAfterMount(mayHold, (may) => (may ? stored() : nothingStored()));
}
