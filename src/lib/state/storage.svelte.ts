/** Whether the browser keeps our IndexedDB under storage pressure, and how much room there is. */
export class StorageState {
	/** null until asked; true when the browser promised not to evict our data. */
	persisted = $state<boolean | null>(null);
	/** Whether this browser has the Storage API at all. */
	supported = $state(true);
	usage = $state<number | null>(null);
	quota = $state<number | null>(null);

	/** Asks once per visit; browsers decide (Chromium grants installed or engaged sites). */
	async requestPersistence(): Promise<void> {
		const storage = navigator.storage;
		if (!storage?.persist) {
			this.supported = false;
			return;
		}
		this.persisted = (await storage.persisted()) || (await storage.persist());
		await this.refreshEstimate();
	}

	async refreshEstimate(): Promise<void> {
		const estimate = await navigator.storage?.estimate?.();
		this.usage = estimate?.usage ?? null;
		this.quota = estimate?.quota ?? null;
	}
}

export const storage = new StorageState();
