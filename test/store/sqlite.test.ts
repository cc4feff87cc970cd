import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStore } from '../../src/store/open.js';
import { describeStoreContract } from './contract.js';

// The embedded engine keeps one database file and brings it in line with the folder at every open, as the bot does.
const dir = mkdtempSync(join(tmpdir(), 'factdesk-sqlite-contract-'));

describeStoreContract('SQLite', () => ({
	open: async (articles) => (await buildStore(join(dir, 'factdesk.db'), articles, { workers: 1 })).store,
	dispose: async () => rmSync(dir, { recursive: true, force: true }),
}));
