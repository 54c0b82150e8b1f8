import { expect, it, vi } from 'vitest';
import { loadAfterMount, loadStoredAfterMount, whenStoredAfterMount } from './load-after-mount';

// Awaiting the loading promise after loadAfterMount has chained on it runs after its handler.

it('hands the loaded code on once it has loaded', async () => {
	const used: string[] = [];
	const loading = Promise.resolve('state');
	loadAfterMount(
		() => loading,
		(loaded) => used.push(loaded)
	);
	expect(used).toEqual([]);
	await loading;
	expect(used).toEqual(['state']);
});

it('hands nothing on when the screen was left before the code arrived', async () => {
	const used: string[] = [];
	let arrive: (value: string) => void = () => {};
	const loading = new Promise<string>((resolve) => (arrive = resolve));
	const leave = loadAfterMount(
		() => loading,
		(loaded) => used.push(loaded)
	);
	leave();
	arrive('state');
	await loading;
	expect(used).toEqual([]);
});

it('loads a screen’s code only where study data may be stored, and says so where none is', async () => {
	for (const stored of [true, false]) {
		const load = vi.fn(async () => 'state');
		const use = vi.fn();
		const nothingStored = vi.fn();
		loadStoredAfterMount(load, use, nothingStored, async () => stored);
		await vi.waitFor(() => expect(stored ? use : nothingStored).toHaveBeenCalledTimes(1));
		expect(load).toHaveBeenCalledTimes(stored ? 1 : 0);
		expect(stored ? nothingStored : use).not.toHaveBeenCalled();
	}
});

it('says whether anything may be stored to a screen whose state loads its own code', async () => {
	for (const may of [true, false]) {
		const stored = vi.fn();
		const nothingStored = vi.fn();
		whenStoredAfterMount(stored, nothingStored, async () => may);
		await vi.waitFor(() => expect(may ? stored : nothingStored).toHaveBeenCalledTimes(1));
		expect(may ? nothingStored : stored).not.toHaveBeenCalled();
	}
	// Left before the answer came: neither.
	const stored = vi.fn();
	const nothingStored = vi.fn();
	const answered = Promise.resolve(true);
	whenStoredAfterMount(stored, nothingStored, () => answered)();
	await answered;
	expect(stored).not.toHaveBeenCalled();
	expect(nothingStored).not.toHaveBeenCalled();
});
