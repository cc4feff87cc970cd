import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract.js';

// A worker thread of extractFiles: extracts the batches of files it is sent until it is sent null.

parentPort!.on('message', (batch: { start: number; files: string[] } | null) => {
	if (batch === null) return parentPort!.close();
	parentPort!.postMessage({ start: batch.start, results: batch.files.map(extractFile) });
});
