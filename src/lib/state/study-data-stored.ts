/**
 * For pages whose first visit is prerendered as the truth where nothing is stored (Progress, Missed, Sources,
 * Settings): their state, and with it the database code, is loaded only on a device that may hold study data.
 */
import { mayHoldDataOrCopies, mayHoldStudyData } from '$lib/db/stored-data';

/** What `load` gives, on a device that may hold study data; null, without calling it, on one that holds none. */
export async function ifStudyDataStored<T>(
	load: () => Promise<T>,
	mayHold: () => Promise<boolean> = () => mayHoldStudyData()
): Promise<T | null> {
	return (await mayHold()) ? load() : null;
}

/** For Settings, which lists the automatic copies too (routes reach the database side only through state). */
export { mayHoldDataOrCopies };
