// A seeded generator, so the same seed always writes the same corpus and two bench runs compare like for like.

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(list: readonly T[]): T;
	/** Zipf-like: index 0 is the most likely, as a few leaders dominate the news and most people appear rarely. */
	pickSkewed<T>(list: readonly T[]): T;
	/** `n` distinct items, in random order. */
	sample<T>(list: readonly T[], n: number): T[];
}

/** mulberry32: tiny, fast and good enough for test text; not for anything secret. */
export function seeded(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => {
		if (list.length === 0) throw new Error('pick from an empty list');
		return list[Math.floor(next() * list.length)]!;
	};
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick,
		// Inverse transform of a 1/x density: P(index < k) ≈ ln(k + 1) / ln(n + 1).
		pickSkewed: (list) => list[Math.min(list.length - 1, Math.floor(Math.exp(next() * Math.log(list.length + 1)) - 1))]!,
		sample: (list, n) => {
			const copy = [...list];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy.slice(0, n);
		},
	};
}
