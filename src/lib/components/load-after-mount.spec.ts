import { expect, it } from 'vitest';
import { loadAfterMount } from './load-after-mount';

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
