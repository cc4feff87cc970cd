import pg from 'pg';

/** The server the store tests use (see test/setup-env.ts); undefined when none is configured. */
export const testDatabaseUrl = process.env.FACTDESK_TEST_DATABASE_URL;

/** A schema name no other test run uses. */
export const testSchema = (name: string) => `factdesk_test_${name}_${process.pid}_${Date.now().toString(36)}`;

/** Runs one statement on the DATABASE_URL server with `schema` first on the search path. */
export async function inSchema(schema: string, sql: string, url = testDatabaseUrl!): Promise<pg.QueryResultRow[]> {
	const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema},public` });
	await client.connect();
	try {
		return (await client.query(sql)).rows;
	} finally {
		await client.end();
	}
}

export const dropSchema = (url: string, schema: string) => inSchema(schema, `DROP SCHEMA IF EXISTS ${schema} CASCADE`, url);
