import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/facts/load.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { FactStore, WritableFactStore } from '../../src/store/contract.js';
import { buildStore } from '../../src/store/open.js';
import { SqliteFactStore, openDatabase } from '../../src/store/sqlite/store.js';

// The engines every contract test runs against. PostgreSQL joins when DATABASE_URL names a server (CI runs the suite
// under pg_virtualenv); without it those runs are skipped, so a plain `npm test` needs no server.

export interface Engine {
	name: string;
	/** A store holding the articles of `dir`, built from nothing. */
	open(dir: string): Promise<FactStore>;
	/** An empty store that ingest can write to; undefined for an engine that only reads. */
	empty?(): Promise<WritableFactStore>;
}

const scratch = mkdtempSync(join(tmpdir(), 'factdesk-engines-'));
let files = 0;
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

export const memory: Engine = { name: 'memory', open: async (dir) => new MemoryFactStore(ingest(dir).facts) };

export const sqlite: Engine = {
	name: 'sqlite',
	open: async (dir) => (await buildStore(join(scratch, `store-${++files}.db`), dir, { workers: 1 })).store,
	empty: async () => new SqliteFactStore(openDatabase(join(scratch, `store-${++files}.db`))),
};

/** Every engine that stores on disk or a server. */
export const writableEngines: Engine[] = [sqlite];
export const engines: Engine[] = [memory, ...writableEngines];
