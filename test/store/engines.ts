import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { FactStore, WritableFactStore } from '../../src/store/contract.js';
import { buildStore } from '../../src/store/open.js';
import { applyArticleChanges } from '../../src/store/ingest.js';
import { PostgresFactStore } from '../../src/store/postgres/store.js';
import { SqliteFactStore, openDatabase } from '../../src/store/sqlite/store.js';
import { dropSchema, testDatabaseUrl, testSchema } from './postgres-schema.js';

// The engines every contract test runs against. PostgreSQL joins when a server is configured (DATABASE_URL, or the PG*
// variables pg_virtualenv sets in CI; see test/setup-env.ts); without one those runs are skipped, so a plain `npm test`
// needs no server.

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
	open: async (dir) => (await buildStore(join(scratch, `store-${++files}.db`), dir, { workers: 0 })).store,
	empty: async () => new SqliteFactStore(openDatabase(join(scratch, `store-${++files}.db`))),
};

const url = testDatabaseUrl;

/** A store in a schema of its own on the test server; closing it drops the schema. */
async function scratchPostgres(): Promise<PostgresFactStore> {
	const schema = testSchema(`e${++files}`);
	const store = await PostgresFactStore.open(url!, { schema, max: 2 });
	return new Proxy(store, {
		get: (target, prop, receiver) =>
			prop === 'close'
				? async () => {
						await target.close();
						await dropSchema(url!, schema);
					}
				: (Reflect.get(target, prop, receiver) as unknown),
	});
}

export const postgres: Engine = {
	name: 'postgres',
	open: async (dir) => {
		const store = await scratchPostgres();
		await applyArticleChanges(store, dir, { workers: 0 });
		return store;
	},
	empty: scratchPostgres,
};

/** Every engine that stores on disk or a server; PostgreSQL only when a server is configured. */
export const writableEngines: Engine[] = url ? [sqlite, postgres] : [sqlite];
export const engines: Engine[] = [memory, ...writableEngines];
