import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderArchive } from '../../src/live/archive.js';
import { DEFAULT_FETCH_LIMITS } from '../../src/live/fetch-page.js';
import { article, servePages } from './helpers.js';

// The archive's own promise: a file the store will not serve after all leaves the folder as it was.

let stopPages: () => void;
let base: string;
beforeAll(async () => {
	({ base, close: stopPages } = await servePages((_req, res) => res.writeHead(200, { 'content-type': 'text/markdown' }).end(article('New words', 'Strike'))));
});
afterAll(() => {
	stopPages();
});

describe('FolderArchive.add', () => {
	it('GIVEN the store rejects the new file THEN the previous file is put back and the reason given', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-archive-'));
		try {
			writeFileSync(join(dir, 'strike.txt'), 'Strike\n\nOld words.\n');
			let refreshes = 0;
			const live = {
				refresh: async () => void refreshes++,
				problems: () => (readdirSync(dir).includes('strike.md') ? [{ file: 'strike.md', reason: 'the store could not take it' }] : []),
			};
			const archive = new FolderArchive({ dir, fetch: { ...DEFAULT_FETCH_LIMITS, allowLoopback: true }, permission: null, live });
			await expect(archive.add(`${base}/a/strike.md`, 'attachment')).rejects.toThrow('strike.md: the store could not take it');
			expect(readdirSync(dir)).toEqual(['strike.txt']);
			expect(readFileSync(join(dir, 'strike.txt'), 'utf8')).toBe('Strike\n\nOld words.\n');
			expect(refreshes).toBe(2);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
