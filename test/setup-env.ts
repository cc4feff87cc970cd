// The PostgreSQL server the store tests use: DATABASE_URL, or else the PG* variables (as pg_virtualenv sets them in
// CI). It is moved out of DATABASE_URL so that every other test, and every process a test starts, runs on the embedded
// store as a user's bot does; only the store tests open it, each in a schema of its own.

const env = process.env;
const enc = encodeURIComponent;

function fromPgVariables(): string | undefined {
	if (!env.PGHOST) return undefined;
	const user = enc(env.PGUSER ?? 'postgres');
	const password = env.PGPASSWORD ? `:${enc(env.PGPASSWORD)}` : '';
	const database = enc(env.PGDATABASE ?? 'postgres');
	const port = env.PGPORT ?? '5432';
	// A socket directory is given as the host parameter; a host name goes in the authority.
	return env.PGHOST.startsWith('/')
		? `postgres://${user}${password}@localhost:${port}/${database}?host=${enc(env.PGHOST)}`
		: `postgres://${user}${password}@${env.PGHOST}:${port}/${database}`;
}

const url = env.DATABASE_URL || fromPgVariables();
if (url) env.FACTDESK_TEST_DATABASE_URL = url;
delete env.DATABASE_URL;
