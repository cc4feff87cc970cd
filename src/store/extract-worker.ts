import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract.js';

// A worker thread of extractFiles: extracts the batches of files it is sent until it is sent null.

/**
 * The largest function, in bytes of bytecode, that V8's optimising compiler takes on. The reading of an article's
 * names (findEntities, 26 KB) is far larger than any other (the next, 9.5 KB): optimising it cost seconds of processor
 * time, and each path first met hundreds of articles in threw that code away to optimise it again, six times in the
 * first 2,500 articles. Left to the baseline compiler it costs no more per article, and a worker's first 2,000 articles
 * took a sixth less processor time. V8's flags hold for the whole process; its main thread runs no function as large.
 */
const MAX_OPTIMIZED_BYTECODE = 16 * 1024;
setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);

parentPort!.on('message', (batch: { start: number; files: string[] } | null) => {
	if (batch === null) return parentPort!.close();
	parentPort!.postMessage({ start: batch.start, results: batch.files.map(extractFile) });
});
