/** Whether this tab's database connection is still usable. */
export class DatabaseStatus {
	/** A newer version of the app upgraded the database in another tab: this one must reload. */
	outdated = $state(false);

	/** Starts listening; Dexie is loaded on demand so the first page does not wait for it. */
	async watch(): Promise<() => void> {
		const { onDatabaseOutdated } = await import('$lib/db/database');
		return onDatabaseOutdated(() => (this.outdated = true));
	}
}

export const databaseStatus = new DatabaseStatus();
