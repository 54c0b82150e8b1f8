/** For fuzz specs: one random change somewhere in a parsed file (backups, pack files). */
import type { Random } from '../domain/random';

/**
 * Changes one value somewhere in `value`: an array loses everything, gains a sample or a duplicated entry; an
 * object gains an extra key or loses one; otherwise one entry is mutated in turn. At a leaf, `leaf` decides.
 */
export function mutateValue(
	value: unknown,
	random: Random,
	samples: readonly unknown[],
	leaf: (value: unknown, random: Random) => unknown
): unknown {
	if (Array.isArray(value)) {
		if (value.length === 0 || random.next() < 0.15)
			return random.next() < 0.5 ? [...value, random.pick(samples)] : [];
		const copy = [...value];
		const i = random.int(0, copy.length - 1);
		if (random.next() < 0.2)
			copy.push(copy[i]); // a duplicated record
		else copy[i] = mutateValue(copy[i], random, samples, leaf);
		return copy;
	}
	if (value && typeof value === 'object') {
		const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
		const keys = Object.keys(copy);
		const roll = random.next();
		if (keys.length === 0 || roll < 0.1) copy[`extra${random.int(0, 9)}`] = random.pick(samples);
		else if (roll < 0.2) delete copy[random.pick(keys)];
		else {
			const key = random.pick(keys);
			copy[key] = mutateValue(copy[key], random, samples, leaf);
		}
		return copy;
	}
	return leaf(value, random);
}
