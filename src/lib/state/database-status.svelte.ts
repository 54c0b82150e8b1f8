import { onDatabaseOutdated } from '$lib/db/database';

/** Whether this tab's database connection is still usable. */
export class DatabaseStatus {
	/** A newer version of the app upgraded the database in another tab: this one must reload. */
	outdated = $state(false);

	watch(): () => void {
		return onDatabaseOutdated(() => (this.outdated = true));
	}
}

export const databaseStatus = new DatabaseStatus();
