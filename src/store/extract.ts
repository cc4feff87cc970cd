import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ArticleError } from '../articles/errors.js';
import { readArticle } from '../articles/read.js';
import { extractArticle } from '../extract/article.js';
import { type ArticleFacts, type ArticleName, articleFacts, articleNames } from '../extract/build.js';

// Extraction of one article file, and of many on every core. An extracted article keeps its names as the article
// writes them ("Lavrov"); which entity each stands for is decided when it is merged with the rest of the archive.

export interface ExtractedArticle {
	/** Each item's speaker and participants are the article's local names, not entity keys. */
	facts: ArticleFacts;
	names: ArticleName[];
}

export type Extraction = { file: string; ok: true; value: ExtractedArticle } | { file: string; ok: false; reason: string };

export function extractFile(file: string): Extraction {
	try {
		const x = extractArticle(readArticle(file));
		return { file, ok: true, value: { facts: articleFacts(x, (name) => name), names: articleNames(x) } };
	} catch (error) {
		if (error instanceof ArticleError) return { file, ok: false, reason: error.reason };
		// A rule that trips on an odd article costs that article, never the archive.
		return { file, ok: false, reason: `extraction failed (${(error as Error).message})` };
	}
}

/** Below this many files a worker's start-up (loading the extractor) costs more than it saves. */
const WORKER_THRESHOLD = 16;
/** Files handed to a worker at a time: enough to keep it busy between messages. */
const BATCH = 8;
/**
 * Batches a worker holds at once. The results are stored on the main thread, which a database write holds for a
 * while (a batch of articles in one transaction); a worker with work queued goes on extracting meanwhile.
 */
const AHEAD = 8;
/** Results extracted but not yet taken, at most: a slow store holds the workers back instead of filling memory. */
const MAX_WAITING = 512;

/**
 * The space a worker gives objects just made. Reading an article makes about a megabyte and a half of objects that die
 * with it; in V8's default space (48 MB) a worker collected it 92 times per 1,000 articles, copying what was still alive
 * each time; in twice the space, 61 times, in about two thirds of the time.
 */
const YOUNG_GENERATION_MB = 96;

/**
 * The worker runs the code the thread runs: the JavaScript compiled beside this file (scripts/run.mjs), or the
 * TypeScript through tsx, whose loader a worker does not inherit on Node 20.
 */
function startWorker(): Worker {
	const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
	if (import.meta.url.endsWith('.js')) return new Worker(new URL('./extract-worker.js', import.meta.url), { resourceLimits });
	const [tsx, entry] = [import.meta.resolve('tsx/esm/api'), new URL('./extract-worker.ts', import.meta.url).href];
	const load = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
	return new Worker(load, { eval: true, resourceLimits });
}

/**
 * Worker threads to extract on when the caller does not say: one per core that the machine's other work leaves free,
 * at least one, beside this thread, which stores the results meanwhile; none on a single core. A thread beyond the
 * free cores gains no time, as it waits for a core, yet costs processor time: each worker warms up its own compiled
 * extractor, and threads sharing a core slow one another. Ingesting 10,000 articles on 2 cores while other work held
 * the load average near 5, one worker took 47 s and 52 processor-seconds, two took 52-85 s and 59-64.
 */
export function defaultWorkers(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
	if (cores <= 1) return 0;
	return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

/**
 * Extracts every file, on up to `workers` worker threads (0: in this thread; by default, defaultWorkers), calling
 * `onResult` in the order of `files` as results arrive, so the caller can store them while the workers go on.
 */
export async function extractFiles(
	files: readonly string[],
	onResult: (result: Extraction) => void | Promise<void>,
	workers = defaultWorkers(),
): Promise<void> {
	if (files.length < WORKER_THRESHOLD || workers < 1) {
		for (const file of files) await onResult(extractFile(file));
		return;
	}
	const results = new Map<number, Extraction>();
	let nextToSend = 0;
	let nextToDeliver = 0;
	/** Each worker's top-up, run again after every delivery, since taking results makes room for more work. */
	const topUps: (() => void)[] = [];
	const started: Worker[] = [];
	// Results reach onResult one at a time and in order, while the workers go on with the batches they hold.
	let delivering = Promise.resolve();
	const deliver = () =>
		(delivering = delivering.then(async () => {
			while (results.has(nextToDeliver)) {
				const result = results.get(nextToDeliver)!;
				results.delete(nextToDeliver++);
				await onResult(result);
			}
		}));
	const run = () =>
		new Promise<void>((resolve, reject) => {
			const worker = startWorker();
			started.push(worker);
			let held = 0;
			let closed = false;
			const topUp = () => {
				while (!closed && held < AHEAD && nextToSend < files.length && nextToSend - nextToDeliver < MAX_WAITING) {
					const start = nextToSend;
					nextToSend = Math.min(files.length, start + BATCH);
					worker.postMessage({ start, files: files.slice(start, nextToSend) });
					held++;
				}
				if (!closed && held === 0 && nextToSend >= files.length) {
					closed = true;
					worker.postMessage(null);
				}
			};
			topUps.push(topUp);
			worker.on('message', (batch: { start: number; results: Extraction[] }) => {
				held--;
				batch.results.forEach((r, i) => results.set(batch.start + i, r));
				topUp();
				deliver().then(
					() => topUps.forEach((t) => t()),
					(error: unknown) => {
						// A failed write ends the extraction: no worker is left waiting for work.
						for (const w of started) void w.terminate();
						reject(error);
					},
				);
			});
			worker.on('error', reject);
			worker.on('exit', () => resolve());
			topUp();
		});
	await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(files.length / BATCH)) }, run));
	await deliver();
}
