import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { FragmentCode, type FragmentState } from './fragment-code.svelte';

/** A set's state that records what it was asked to read. */
class FakeSet implements FragmentState {
	loading = true;
	error: string | null = null;
	read: string[] = [];
	async load(id: string) {
		this.read.push(id);
		this.loading = false;
	}
}

const view = (() => undefined) as unknown as Component<{ state: FakeSet }>;

function counted() {
	const loads = { count: 0 };
	const set = new FragmentCode<FakeSet>(async () => {
		loads.count++;
		return { create: () => new FakeSet(), view };
	});
	return { set, loads };
}

describe('FragmentCode', () => {
	it('loads nothing when no set is named, and says it is not loading', async () => {
		const { set, loads } = counted();
		// Before the fragment is read (the prerendered page), the page cannot say.
		expect(set.loading('')).toBe(true);
		await set.open('');
		expect(loads.count).toBe(0);
		expect(set.state).toBeUndefined();
		expect(set.loading('')).toBe(false);
		expect(set.error).toBeNull();
	});

	it('loads the code once a set is named, then reads each set named', async () => {
		const { set, loads } = counted();
		expect(set.loading('abc')).toBe(true);
		await set.open('abc');
		expect(loads.count).toBe(1);
		expect(set.view).toBe(view);
		expect(set.state!.read).toEqual(['abc']);
		expect(set.loading('abc')).toBe(false);
		await set.open('def');
		await set.open('');
		expect(loads.count).toBe(1);
		expect(set.state!.read).toEqual(['abc', 'def', '']);
	});

	it('reads the set named last when the fragment changed while the code loaded', async () => {
		let release = () => {};
		const code = new Promise<void>((resolve) => (release = resolve));
		const set = new FragmentCode<FakeSet>(async () => {
			await code;
			return { create: () => new FakeSet(), view };
		});
		const first = set.open('abc');
		await set.open('');
		release();
		await first;
		expect(set.state!.read).toEqual(['']);
		expect(set.loading('')).toBe(false);
	});

	it('says so plainly when the code cannot be loaded, and tries again when asked', async () => {
		let fail = true;
		const set = new FragmentCode<FakeSet>(async () => {
			if (fail) throw new TypeError('Failed to fetch dynamically imported module');
			return { create: () => new FakeSet(), view };
		});
		await set.open('abc');
		expect(set.error).toBe('This page could not be loaded. Check the connection, then reload.');
		expect(set.loading('abc')).toBe(false);
		fail = false;
		await set.open('abc');
		expect(set.error).toBeNull();
		expect(set.state!.read).toEqual(['abc']);
	});
});
