import { afterAll, describe, expect, it } from 'vitest';
import { applyArticleChanges, describeReport } from '../../src/store/ingest.js';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { PostgresFactStore, StoreError, searchQuery } from '../../src/store/postgres/store.js';
import { dropSchema, inSchema, testDatabaseUrl, testSchema } from './postgres-schema.js';

// What only the PostgreSQL engine has to prove: its migrations, several processes sharing one archive, and a clear
// error for a server it cannot use. The contract itself is test/store/postgres.test.ts.

describe('searchQuery', () => {
	it.each([
		['Lavrov Beijing', 'lavrov & beijing:*'],
		['the war in Ukr', 'war & ukr:*'],
		['Lavróv', 'lavrov:*'],
		['a of', null],
		["'); DROP TABLE x; --", 'drop & table & x'],
		['xi', 'xi'],
	])('GIVEN %j THEN %j: every word, the one being typed as a prefix, nothing a tsquery could misread', (text, query) => {
		expect(searchQuery(text)).toBe(query);
	});
});

const url = testDatabaseUrl;

describe.skipIf(!url)('PostgreSQL engine', () => {
	const schemas: string[] = [];
	const schema = (name: string) => {
		const s = testSchema(name);
		schemas.push(s);
		return s;
	};
	afterAll(async () => {
		for (const s of schemas) await dropSchema(url!, s);
	});

	it('GIVEN several processes opening a new database at once THEN each migration runs once and all serve', async () => {
		const s = schema('migrate');
		const stores = await Promise.all([1, 2, 3].map(() => PostgresFactStore.open(url!, { schema: s, max: 1 })));
		try {
			for (const store of stores) expect(await store.schemaVersion()).toBe(MIGRATIONS.length);
			const rows = await inSchema(s, 'SELECT version FROM schema_migrations ORDER BY version');
			expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
		} finally {
			await Promise.all(stores.map((store) => store.close()));
		}
	}, 60_000);

	it('GIVEN a database a newer Factdesk migrated THEN a clear error, and nothing changed', async () => {
		const s = schema('newer');
		await (await PostgresFactStore.open(url!, { schema: s })).close();
		await inSchema(s, `INSERT INTO schema_migrations (version) VALUES (${MIGRATIONS.length + 1})`);
		await expect(PostgresFactStore.open(url!, { schema: s })).rejects.toThrow(
			`the database is at schema version ${MIGRATIONS.length + 1}, newer than this Factdesk`,
		);
	}, 60_000);

	it('GIVEN two ingest processes syncing the same articles at once THEN one consistent archive and bots reading throughout', async () => {
		const s = schema('shared');
		const open = () => PostgresFactStore.open(url!, { schema: s });
		const [a, b, reader] = await Promise.all([open(), open(), open()]);
		try {
			const reads: number[] = [];
			let writing = true;
			// Bots answering while two ingest processes write the same archive.
			const reading = (async () => {
				while (writing) {
					// A reader sees whole articles only: an article's quotes come with it or not at all.
					const total = (await reader.articles(0)).total;
					const lavrov = (await reader.quotesBy('sergei-lavrov', 10)).total;
					expect([0, 4]).toContain(lavrov);
					reads.push(total);
				}
			})();
			const reports = await Promise.all([
				applyArticleChanges(a, 'data/articles', { workers: 0 }),
				applyArticleChanges(b, 'data/articles', { workers: 0 }),
			]);
			writing = false;
			await reading;
			expect(reads.length).toBeGreaterThan(0);
			// Both found the archive empty; whichever wrote second replaced the first one's rows, article by article.
			for (const report of reports) expect(report.added).toEqual(['000_8c1fbb3da2cb962a.md', '004_b5a572f0b3c5c2ae.md']);
			expect((await reader.articles(10)).total).toBe(2);
			expect((await reader.quotesBy('sergei-lavrov', 10)).total).toBe(4);
			expect(await reader.entity('xi-jinping')).toMatchObject({ name: 'Xi Jinping', articles: 2 });
			expect((await reader.meetingsOf(null, 0)).total).toBe((await reader.meetingsOf(null, 100)).items.length);
			expect(describeReport(await applyArticleChanges(a, 'data/articles', { workers: 0 }))).toBe(
				'0 added, 0 changed, 0 removed, 2 unchanged, 0 rejected',
			);
		} finally {
			await Promise.all([a, b, reader].map((store) => store.close()));
		}
	}, 120_000);

	it('GIVEN a server that cannot be reached THEN a StoreError naming the cause', async () => {
		const unreachable = 'postgres://factdesk:secret@127.0.0.1:1/factdesk';
		const error = await PostgresFactStore.open(unreachable).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StoreError);
		expect((error as Error).message).toMatch(/^cannot reach postgres:\/\/127\.0\.0\.1:1\/factdesk \(/);
		expect((error as Error).message).not.toContain('secret');
	}, 60_000);
});
