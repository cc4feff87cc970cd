import pg from 'pg';

/** A schema name no other test run uses. */
export const testSchema = (name: string) => `factdesk_test_${name}_${process.pid}_${Date.now().toString(36)}`;

export async function dropSchema(url: string, schema: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
	} finally {
		await client.end();
	}
}
