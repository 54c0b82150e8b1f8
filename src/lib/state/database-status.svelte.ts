import { onDatabaseOutdated } from '$lib/db/outdated';

/** Whether this tab's database connection is still usable. */
export class DatabaseStatus {
	/** A newer version of the app upgraded the database in another tab: this one must reload. */
	outdated = $state(false);

	/** Starts listening (no database code is loaded for it: a page that never opens the database needs none). */
	watch(): () => void {
		return onDatabaseOutdated(() => (this.outdated = true));
	}
}

export const databaseStatus = new DatabaseStatus();
