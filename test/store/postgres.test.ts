import { ingest } from '../../src/facts/load.js';
import { PostgresFactStore } from '../../src/store/postgres/store.js';
import { describeStoreContract } from './contract.js';
import { dropSchema, testSchema } from './postgres-schema.js';

// Runs against the server DATABASE_URL names, in a schema of its own that is dropped afterwards; skipped without one.
const url = process.env.DATABASE_URL;

describeStoreContract('PostgreSQL', () => {
	if (!url) return undefined;
	const schema = testSchema('contract');
	return {
		open: async (dir) => {
			const store = await PostgresFactStore.open(url, { schema });
			await store.sync(ingest(dir).facts);
			return store;
		},
		dispose: () => dropSchema(url, schema),
	};
});
