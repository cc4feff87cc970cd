import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Timers, percentiles and memory readings shared by the bench phases.

export interface Latency {
	n: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
}

export const MB = 1024 * 1024;

/** Milliseconds that `work` takes, with its result. */
export function timed<T>(work: () => T): { ms: number; result: T } {
	const start = performance.now();
	const result = work();
	return { ms: performance.now() - start, result };
}

export function latency(samples: number[]): Latency {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
	return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

/**
 * Runs `work` up to `runs` times after a warm-up of `warmup` runs (one per distinct input, so the JIT has seen every
 * path), stopping early once `budgetMs` is spent (at least `minRuns`), so a slow case cannot stretch the whole
 * bench; the sample count is reported with the figures.
 */
export async function sample(work: (i: number) => unknown, runs: number, budgetMs: number, warmup = 3, minRuns = 20): Promise<number[]> {
	const warmStart = performance.now();
	for (let i = 0; i < warmup && (i < 3 || performance.now() - warmStart < budgetMs / 4); i++) await work(i);
	const samples: number[] = [];
	const started = performance.now();
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await work(i);
		samples.push(performance.now() - t);
		if (i + 1 >= minRuns && performance.now() - started > budgetMs) break;
	}
	return samples;
}

/** A full collection, when the process can ask for one (the bench children get --expose-gc). */
export const collect: () => void = (() => {
	const exposed = (globalThis as { gc?: () => void }).gc;
	if (exposed) return exposed;
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		return () => {};
	}
})();

export interface Memory {
	heapUsedMB: number;
	rssMB: number;
	/** Highest resident set of the process so far. */
	peakRssMB: number;
}

export function memory(): Memory {
	const m = process.memoryUsage();
	return { heapUsedMB: m.heapUsed / MB, rssMB: m.rss / MB, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}
