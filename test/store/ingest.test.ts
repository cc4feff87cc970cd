import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/build-folder.js';
import * as queries from '../../src/facts/queries.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { FactStore, WritableFactStore } from '../../src/store/contract.js';
import { defaultWorkers, extractFile, extractFiles } from '../../src/store/extract.js';
import { applyArticleChanges, describeReport } from '../../src/store/ingest.js';
import { buildStore, openStoreFile } from '../../src/store/open.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { SqliteFactStore, StoreError, firstRows, migrate, openDatabase } from '../../src/store/sqlite/store.js';
import Database from 'better-sqlite3';
import { PostgresFactStore } from '../../src/store/postgres/store.js';
import { writableEngines } from './engines.js';
import { inSchema } from './postgres-schema.js';
import { TOPIC_WORDS } from '../../src/extract/topics.js';

// Incremental ingest: the store follows the articles folder, extracting only what changed and redoing only the merges
// across articles that the change touches. After every step the store must answer exactly as a store built from
// nothing out of the same folder (the in-memory engine, built by the batch extractor) answers.

const article = (title: string, published: string, paragraphs: string[]) =>
	`---\ntitle: "${title}"\npublished: ${published}\n---\n${paragraphs.join('\n\n')}\n`;
const BARE = article('Talks in Geneva', '2024-06-03', [
	'Talks resumed in Geneva on Monday.',
	'"We will not give in to pressure," Lavrov said after the talks.',
	'Lavrov met Wang Yi in Beijing on Tuesday.',
]);
const NAMESAKE = article('The harvest in Kursk', '2024-06-04', [
	'Ivan Lavrov, a farmer from Kursk, spoke to reporters on Monday.',
	'"The harvest is late," Ivan Lavrov said.',
]);

let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'factdesk-incremental-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every keyed answer for the people the folder names, and the lists: what must match a fresh build. */
async function answers(store: FactStore, dir: string) {
	const { facts } = ingest(dir);
	const out: unknown[] = [];
	for (const e of facts.entities) {
		out.push(await store.entity(e.key), await store.quotesBy(e.key, 100), await store.statementsBy(e.key, 100), await store.meetingsOf([e.key], 100));
		out.push(await store.meetingsOf([e.key], 100, { dated: true, order: 'earliest' }), await store.meetingsOf([e.key], 1, { order: 'earliest' }));
		out.push(await queries.who(store, e.name), await queries.quotes(store, e.name));
		// On each topic: what the index of items by topic holds must follow renamed speakers, echoes and removals.
		for (const topic of Object.keys(TOPIC_WORDS)) out.push(await store.quotesBy(e.key, 100, topic), await store.statementsBy(e.key, 100, topic));
	}
	for (const topic of facts.topics) out.push(await store.topic(topic, 100));
	out.push(
		await store.articles(100),
		await store.figures(100),
		await store.meetingsOf(null, 100, { dated: true, order: 'earliest' }),
		await store.complete('entity', '', 25),
	);
	return out;
}

describe.each(writableEngines)('incremental ingest on $name', (engine) => {
	let dir: string;
	let store: WritableFactStore;
	const expectFreshBuild = async () => expect(await answers(store, dir)).toEqual(await answers(new MemoryFactStore(ingest(dir).facts), dir));

	beforeAll(async () => {
		dir = join(root, `${engine.name}-articles`);
		mkdirSync(dir);
		for (const seed of ['000_8c1fbb3da2cb962a.md', '004_b5a572f0b3c5c2ae.md']) copyFileSync(join('data/articles', seed), join(dir, seed));
		store = await engine.empty!();
	}, 60_000);
	afterAll(() => store.close());

	it('GIVEN an empty store THEN every article is added, and the store answers as a fresh build', async () => {
		const report = await applyArticleChanges(store, dir, { workers: 0 });
		expect(report).toEqual({ added: ['000_8c1fbb3da2cb962a.md', '004_b5a572f0b3c5c2ae.md'], changed: [], removed: [], unchanged: 0, rejected: [] });
		await expectFreshBuild();
	});

	it('GIVEN nothing changed, or a file only touched THEN all unchanged and nothing extracted again', async () => {
		expect(describeReport(await applyArticleChanges(store, dir))).toBe('0 added, 0 changed, 0 removed, 2 unchanged, 0 rejected');
		utimesSync(join(dir, '004_b5a572f0b3c5c2ae.md'), new Date(), new Date(Date.now() + 5000));
		expect(describeReport(await applyArticleChanges(store, dir))).toBe('0 added, 0 changed, 0 removed, 2 unchanged, 0 rejected');
		const stored = await store.storedFiles();
		expect(stored.get('004_b5a572f0b3c5c2ae.md')!.fingerprint).toMatch(/^\d+:[0-9a-f]{64}$/);
	});

	it('GIVEN an article naming "Lavrov" alone THEN his quote joins Sergei Lavrov, the one Lavrov named in full', async () => {
		writeFileSync(join(dir, 'geneva.md'), BARE);
		expect(await applyArticleChanges(store, dir)).toMatchObject({ added: ['geneva.md'], unchanged: 2 });
		const quotes = await store.quotesBy('sergei-lavrov', 10);
		expect(quotes.total).toBe(5);
		expect(quotes.items[0]!.span.text).toBe('We will not give in to pressure,');
		expect((await store.meetingsOf(['sergei-lavrov'], 10, { with: ['wang-yi'] })).items.map((m) => m.span.article)).toContain('geneva');
		await expectFreshBuild();
	});

	it('GIVEN a second Lavrov named in full THEN the bare "Lavrov" is nobody in particular; GIVEN him removed THEN it is Sergei Lavrov again', async () => {
		writeFileSync(join(dir, 'kursk.md'), NAMESAKE);
		expect(await applyArticleChanges(store, dir)).toMatchObject({ added: ['kursk.md'], unchanged: 3 });
		expect((await store.quotesBy('sergei-lavrov', 10)).total).toBe(4);
		expect((await store.quotesBy('lavrov', 10)).items.map((q) => q.span.text)).toEqual(['We will not give in to pressure,']);
		expect((await store.resolveEntities('Ivan Lavrov')).map((e) => e.key)).toEqual(['ivan-lavrov']);
		await expectFreshBuild();
		rmSync(join(dir, 'kursk.md'));
		expect(await applyArticleChanges(store, dir)).toMatchObject({ removed: ['kursk.md'], unchanged: 3 });
		expect((await store.quotesBy('sergei-lavrov', 10)).total).toBe(5);
		expect(await store.entity('ivan-lavrov')).toBeUndefined();
		expect(await store.entity('lavrov')).toBeUndefined();
		await expectFreshBuild();
	});

	it('GIVEN two Lavrovs named in full and "Foreign Minister Lavrov" alone THEN the one carrying that title, the farmer never', async () => {
		writeFileSync(join(dir, 'kursk.md'), NAMESAKE);
		writeFileSync(join(dir, 'titled.md'), article('Talks in Astana', '2024-06-05', ['"We are ready to talk," Foreign Minister Lavrov said in Astana.']));
		expect(await applyArticleChanges(store, dir)).toMatchObject({ added: ['kursk.md', 'titled.md'] });
		expect((await store.quotesBy('sergei-lavrov', 10)).items.map((q) => q.span.text)).toContain('We are ready to talk,');
		expect((await store.quotesBy('ivan-lavrov', 10)).items.map((q) => q.span.text)).toEqual(['The harvest is late,']);
		await expectFreshBuild();
		for (const file of ['kursk.md', 'titled.md']) rmSync(join(dir, file));
		expect(await applyArticleChanges(store, dir)).toMatchObject({ removed: ['kursk.md', 'titled.md'] });
	});

	it('GIVEN an article changed THEN only it is extracted again and its old facts are gone', async () => {
		writeFileSync(join(dir, 'geneva.md'), BARE.replace('We will not give in to pressure', 'We are ready to talk'));
		expect(await applyArticleChanges(store, dir)).toMatchObject({ added: [], changed: ['geneva.md'], removed: [], unchanged: 2 });
		expect((await store.quotesBy('sergei-lavrov', 1)).items[0]!.span.text).toBe('We are ready to talk,');
		expect((await store.searchSentences('pressure', 10)).filter((s) => s.span.article === 'geneva')).toEqual([]);
		expect((await store.searchSentences('ready to talk', 10)).map((s) => s.span.article)).toEqual(['geneva']);
		await expectFreshBuild();
	});

	it('GIVEN a stored article that turns malformed THEN it is rejected with the reason and its previous facts keep serving', async () => {
		writeFileSync(join(dir, 'geneva.md'), '---\npublished: 2024-06-04\n---\nBody.\n');
		writeFileSync(join(dir, 'geneva.txt'), 'Same id as geneva.md\n\nTalks went on.\n');
		const report = await applyArticleChanges(store, dir);
		expect(report.rejected).toEqual([
			{ file: 'geneva.md', reason: 'title: missing' },
			{ file: 'geneva.txt', reason: 'another file (geneva.md) already has the id geneva' },
		]);
		expect(report).toMatchObject({ added: [], changed: [], removed: [] });
		expect((await store.quotesBy('sergei-lavrov', 1)).items[0]!.span.text).toBe('We are ready to talk,');
		rmSync(join(dir, 'geneva.txt'));
	});

	it('GIVEN an article removed THEN its facts go, and names no other article uses go with them', async () => {
		rmSync(join(dir, 'geneva.md'));
		expect(await applyArticleChanges(store, dir)).toMatchObject({ removed: ['geneva.md'], unchanged: 2 });
		expect(await store.findArticle('geneva')).toBeUndefined();
		expect(await store.entity('geneva')).toBeUndefined();
		expect((await store.quotesBy('sergei-lavrov', 10)).total).toBe(4);
		await expectFreshBuild();
	});

	it('GIVEN the files a watch named THEN only they are looked at: one added, one removed, the others not even counted', async () => {
		writeFileSync(join(dir, 'geneva.md'), BARE);
		writeFileSync(join(dir, 'kursk.md'), NAMESAKE);
		expect(await applyArticleChanges(store, dir, { only: ['geneva.md'] })).toEqual({
			added: ['geneva.md'],
			changed: [],
			removed: [],
			unchanged: 0,
			rejected: [],
		});
		expect([...(await store.storedFiles()).keys()].sort()).toEqual(['000_8c1fbb3da2cb962a.md', '004_b5a572f0b3c5c2ae.md', 'geneva.md']);
		writeFileSync(join(dir, 'geneva.txt'), 'Same id as geneva.md\n\nTalks went on.\n');
		expect((await applyArticleChanges(store, dir, { only: ['geneva.txt'] })).rejected).toEqual([
			{ file: 'geneva.txt', reason: 'another file (geneva.md) already has the id geneva' },
		]);
		rmSync(join(dir, 'geneva.txt'));
		rmSync(join(dir, 'geneva.md'));
		expect(await applyArticleChanges(store, dir, { only: ['geneva.md', 'kursk.md'] })).toEqual({
			added: ['kursk.md'],
			changed: [],
			removed: ['geneva.md'],
			unchanged: 0,
			rejected: [],
		});
		await expectFreshBuild();
		rmSync(join(dir, 'kursk.md'));
		expect(await applyArticleChanges(store, dir)).toMatchObject({ removed: ['kursk.md'], unchanged: 2 });
	});

	it('GIVEN a new extractor version THEN every article is extracted again', async () => {
		const stored = [...(await store.storedFiles()).values()];
		// What a store written by the previous version holds: the same files under another version's fingerprints.
		await store.touchFiles(stored.map((s) => ({ ...s, mtime: s.mtime })));
		if (store instanceof SqliteFactStore)
			store.db.prepare("UPDATE articles SET fingerprint = '0:' || substr(fingerprint, instr(fingerprint, ':') + 1)").run();
		if (store instanceof PostgresFactStore) await inSchema(store.schema!, "UPDATE articles SET fingerprint = '0:' || split_part(fingerprint, ':', 2)");
		expect(await applyArticleChanges(store, dir)).toMatchObject({ changed: ['000_8c1fbb3da2cb962a.md', '004_b5a572f0b3c5c2ae.md'], unchanged: 0 });
		await expectFreshBuild();
	});

	it('GIVEN a folder with no usable article THEN an error, and the store keeps its articles', async () => {
		const empty = join(root, `${engine.name}-empty`);
		mkdirSync(empty);
		writeFileSync(join(empty, 'notes.txt'), 'Only a title\n');
		await expect(applyArticleChanges(store, empty)).rejects.toThrow(/no usable article in .*empty/);
		expect((await store.articles(0)).total).toBe(2);
	});
});

describe('extraction on worker threads', () => {
	it.each([
		{ cores: 2, load: 0, workers: 2 },
		{ cores: 2, load: 0.4, workers: 2 },
		{ cores: 2, load: 0.6, workers: 1 },
		{ cores: 2, load: 5, workers: 1 },
		{ cores: 4, load: 1.2, workers: 3 },
		{ cores: 1, load: 0, workers: 0 },
	])('GIVEN $cores cores and a load average of $load THEN $workers worker threads by default', ({ cores, load, workers }) => {
		expect(defaultWorkers(cores, load)).toBe(workers);
	});

	it('GIVEN many files THEN the same results, in the same order, as extracting them one by one', async () => {
		const dir = join(root, 'many');
		mkdirSync(dir);
		for (let i = 0; i < 20; i++)
			writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.md`), i === 7 ? 'no front matter' : BARE.replace('Monday', `day ${i}`));
		const files = Array.from({ length: 20 }, (_, i) => join(dir, `a${String(i).padStart(2, '0')}.md`));
		const seen: unknown[] = [];
		await extractFiles(files, (r) => void seen.push(r), 2);
		expect(seen).toEqual(files.map(extractFile));
		expect(seen.filter((r) => !(r as { ok: boolean }).ok)).toHaveLength(1);
	}, 60_000);
});

describe('the SQLite file', () => {
	it('GIVEN a corrupt database beside the articles THEN it is reported, set aside and rebuilt from the articles', async () => {
		const dir = join(root, 'corrupt');
		mkdirSync(dir);
		copyFileSync('data/articles/004_b5a572f0b3c5c2ae.md', join(dir, 'a.md'));
		const file = join(root, 'corrupt.db');
		(await buildStore(file, dir)).store.close();
		const bytes = readFileSync(file);
		// Keep the header, scramble the pages.
		writeFileSync(file, Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0x5a)]));
		const reasons: string[] = [];
		const { store, report } = await buildStore(file, dir, { onRebuild: (r) => reasons.push(r) });
		expect(reasons).toHaveLength(1);
		expect(reasons[0]).toMatch(/corrupt.db .*set aside as .*corrupt\.db\.corrupt and rebuilt from the articles/);
		expect(report.added).toEqual(['a.md']);
		expect((await store.quotesBy('xi-jinping', 5)).total).toBeGreaterThan(0);
		expect(readFileSync(`${file}.corrupt`).length).toBe(bytes.length);
		await store.close();
	});

	it('GIVEN an article a bot has read, then changed by an ingest in another process THEN the bot reads the new text', async () => {
		const dir = join(root, 'reread');
		mkdirSync(dir);
		const first = ['Talks resumed in Geneva on Monday.', 'Sergei Lavrov met Wang Yi in Beijing on Tuesday.'];
		writeFileSync(join(dir, 'a.md'), article('First title', '2024-06-03', first));
		const file = join(root, 'reread.db');
		await (await buildStore(file, dir)).store.close();
		const bot = await openStoreFile(file);
		expect((await bot.article('a')).title).toBe('First title');
		expect(await bot.article('a')).toBe(await bot.article('a'));
		const met = async () => (await bot.meetingsOf(['sergei-lavrov'], 10)).items.map((m) => m.span.text);
		expect(await met()).toEqual(['Sergei Lavrov met Wang Yi in Beijing on Tuesday.']);
		const second = ['Talks ended in Geneva on Friday.', 'Sergei Lavrov met Wang Yi in Astana on Friday.'];
		writeFileSync(join(dir, 'a.md'), article('Second title', '2024-06-04', second));
		const ingest = await buildStore(file, dir);
		expect(ingest.report.changed).toEqual(['a.md']);
		await ingest.store.close();
		expect(await bot.article('a')).toMatchObject({
			title: 'Second title',
			published: '2024-06-04',
			body: expect.stringContaining('Talks ended in Geneva'),
		});
		expect(await met()).toEqual(['Sergei Lavrov met Wang Yi in Astana on Friday.']);
		await bot.close();
	});

	describe('an ingest into an empty store in several batches', () => {
		const indexes = (db: Database.Database) => db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();
		const put = (file: string) => {
			const x = extractFile(join('data/articles', file));
			if (!x.ok) throw new Error(x.reason);
			const stored = { file, id: file.replace(/\.md$/, ''), size: 1, mtime: 1, fingerprint: 'x' };
			return { remove: [], put: [{ stored, article: x.value }] };
		};
		const first = put('000_8c1fbb3da2cb962a.md');
		const last = put('004_b5a572f0b3c5c2ae.md');

		it('GIVEN batches still to come THEN secondary indexes wait for the last batch, which builds every one', async () => {
			const fresh = openDatabase(join(root, 'indexes-fresh.db'));
			const store = new SqliteFactStore(openDatabase(join(root, 'indexes.db')));
			await store.applyChanges({ ...first, more: true });
			expect(indexes(store.db).length).toBeLessThan(indexes(fresh).length);
			await store.applyChanges({ ...last, more: false });
			expect(indexes(store.db)).toEqual(indexes(fresh));
			expect((await store.quotesBy('xi-jinping', 5)).total).toBeGreaterThan(0);
			fresh.close();
			await store.close();
		});

		it('GIVEN an ingest that ended before its last batch THEN the next opening builds the indexes it left out', async () => {
			const fresh = openDatabase(join(root, 'interrupted-fresh.db'));
			const file = join(root, 'interrupted.db');
			const store = new SqliteFactStore(openDatabase(file));
			await store.applyChanges({ ...first, more: true });
			await store.close();
			const db = openDatabase(file);
			expect(indexes(db)).toEqual(indexes(fresh));
			expect(db.prepare('SELECT count(*) FROM meta').pluck().get()).toBe(0);
			fresh.close();
			db.close();
		});
	});

	it('GIVEN a migration that fails THEN a StoreError naming the schema version, and the database stays at the last good one', () => {
		const db = new Database(':memory:');
		expect(() => migrate(db, [MIGRATIONS[0]!, 'CREATE TABLE half (a); CREATE TABLE broken ('])).toThrow(StoreError);
		expect(() => migrate(db, [MIGRATIONS[0]!, 'CREATE TABLE broken ('])).toThrow(/migration to schema 2 failed/);
		expect(db.pragma('user_version', { simple: true })).toBe(1);
		expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
		db.close();
	});

	it('GIVEN meeting parties written before schema 7, then added, re-keyed and removed THEN each key counts its meetings once', () => {
		const db = new Database(':memory:');
		db.pragma('foreign_keys = ON');
		migrate(db, MIGRATIONS.slice(0, 6));
		const articleRow = "(1, 'a', 'a.md', 0, 0, '', '2024-06-03', 'A', 'a', '{}')";
		db.prepare(`INSERT INTO articles (n, id, file, size, mtime, fingerprint, published, title, title_key, record) VALUES ${articleRow}`).run();
		const meeting = db.prepare(
			"INSERT INTO meetings (article, seq, date, published, event_group, kind, record) VALUES (1, ?, ?, '2024-06-03', '', 'm', '{}')",
		);
		const party = db.prepare('INSERT INTO meeting_parties (article, seq, place, name, key, date) VALUES (1, ?, ?, ?, ?, ?)');
		meeting.run(0, '2024-06-01');
		meeting.run(1, '');
		// Meeting 0 names "Lavrov" twice (one meeting of his); meeting 1 is undated.
		const parties = [
			[0, 0, 'Lavrov', 'sergei-lavrov', '2024-06-01'],
			[0, 1, 'Wang Yi', 'wang-yi', '2024-06-01'],
			[0, 2, 'Lavrov', 'sergei-lavrov', '2024-06-01'],
			[1, 0, 'Wang Yi', 'wang-yi', ''],
		] as const;
		for (const [seq, place, name, key, date] of parties) party.run(seq, place, name, key, date);
		migrate(db);
		const counts = () => db.prepare('SELECT key, meetings, dated FROM meeting_counts WHERE meetings > 0 ORDER BY key').all();
		expect(counts()).toEqual([{ key: 'sergei-lavrov', meetings: 1, dated: 1 }, { key: 'wang-yi', meetings: 2, dated: 1 }]);
		expect(db.prepare('SELECT DISTINCT published FROM meeting_parties').pluck().all()).toEqual(['2024-06-03']);
		db.prepare("INSERT INTO meeting_parties (article, seq, place, name, key, date, published) VALUES (1, 1, 1, 'Lavrov', 'sergei-lavrov', '', '')").run();
		expect(counts()).toEqual([{ key: 'sergei-lavrov', meetings: 2, dated: 1 }, { key: 'wang-yi', meetings: 2, dated: 1 }]);
		// One of the two "Lavrov" of meeting 0 re-keyed: still one meeting of his, and one of the other's.
		db.prepare("UPDATE meeting_parties SET key = 'ivan-lavrov' WHERE article = 1 AND seq = 0 AND place = 2").run();
		const wang = { key: 'wang-yi', meetings: 2, dated: 1 };
		expect(counts()).toEqual([{ key: 'ivan-lavrov', meetings: 1, dated: 1 }, { key: 'sergei-lavrov', meetings: 2, dated: 1 }, wang]);
		db.prepare("UPDATE meeting_parties SET key = 'ivan-lavrov' WHERE article = 1 AND name = 'Lavrov'").run();
		expect(counts()).toEqual([{ key: 'ivan-lavrov', meetings: 2, dated: 1 }, wang]);
		// The article removed: its rows go through the cascade, and every count with them.
		db.prepare('DELETE FROM articles WHERE n = 1').run();
		expect(counts()).toEqual([]);
		db.close();
	});

	it('GIVEN speakers renamed, echoes marked and articles removed THEN the kept quote and statement counts are those of the rows', async () => {
		const dir = join(root, 'speakers');
		mkdirSync(dir);
		for (const seed of ['000_8c1fbb3da2cb962a.md', '004_b5a572f0b3c5c2ae.md']) copyFileSync(join('data/articles', seed), join(dir, seed));
		writeFileSync(join(dir, 'geneva.md'), BARE);
		const { store } = await buildStore(join(root, 'speakers.db'), dir, { workers: 0 });
		// A second Lavrov named in full moves the bare "Lavrov" of geneva.md, and his quote, to another key; then back.
		writeFileSync(join(dir, 'kursk.md'), NAMESAKE);
		await applyArticleChanges(store as WritableFactStore, dir);
		const { db } = store as SqliteFactStore;
		const counted = `SELECT speaker, sum(quotes) AS quotes, sum(statements) AS statements FROM (
			SELECT speaker, 1 AS quotes, 0 AS statements FROM quotes WHERE speaker IS NOT NULL UNION ALL SELECT speaker, 0, echo = 0 FROM statements
		) GROUP BY speaker HAVING quotes > 0 OR statements > 0 ORDER BY speaker`;
		const kept = () => db.prepare('SELECT * FROM speaker_counts WHERE quotes > 0 OR statements > 0 ORDER BY speaker').all();
		expect(kept()).toEqual(db.prepare(counted).all());
		rmSync(join(dir, 'kursk.md'));
		rmSync(join(dir, '004_b5a572f0b3c5c2ae.md'));
		await applyArticleChanges(store as WritableFactStore, dir);
		expect(kept()).toEqual(db.prepare(counted).all());
		expect(kept().length).toBeGreaterThan(1);
		await store.close();
	});

	it('GIVEN index rows where a meeting names the person twice THEN the first meetings once each, reading more rows only then', () => {
		const index = [[1, 0], [1, 0], [1, 1], [2, 0], [2, 0], [3, 0]].map(([article, seq]) => ({ article: article!, seq: seq! }));
		const asked: number[] = [];
		const read = (limit: number) => (asked.push(limit), index.slice(0, limit));
		expect(firstRows(3, read)).toEqual([{ article: 1, seq: 0 }, { article: 1, seq: 1 }, { article: 2, seq: 0 }]);
		expect(asked).toEqual([3, 6]);
		expect(firstRows(9, read)).toHaveLength(4);
		asked.length = 0;
		expect(firstRows(1, read)).toEqual([{ article: 1, seq: 0 }]);
		expect(asked).toEqual([1]);
	});

	it('GIVEN a database from a newer version THEN a StoreError that says so', () => {
		const file = join(root, 'newer.db');
		const db = new Database(file);
		db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
		db.close();
		expect(() => openDatabase(file)).toThrow(/written by a newer Factdesk/);
	});
});

// Two connections to one file, as a bot and an ingest in another process have: one writes, the other opens.
describe('a database another process is writing ("database is locked")', () => {
	const SEED = 'data/articles/004_b5a572f0b3c5c2ae.md';
	/** A built store and its folder; the writer connection holds the write lock until the test lets it go. */
	async function lockedStore(name: string): Promise<{ dir: string; file: string; writer: Database.Database }> {
		const dir = join(root, name);
		mkdirSync(dir);
		copyFileSync(SEED, join(dir, 'a.md'));
		const file = join(root, `${name}.db`);
		await (await buildStore(file, dir)).store.close();
		const writer = new Database(file);
		writer.exec('BEGIN IMMEDIATE');
		writer.prepare("UPDATE totals SET n = n WHERE name = 'articles'").run();
		return { dir, file, writer };
	}

	it('GIVEN another connection in the middle of a write THEN the store opens and reads what was committed', async () => {
		const { file, writer } = await lockedStore('busy-read');
		const store = await openStoreFile(file, { busy: { tries: 1, timeoutMs: 0 } });
		expect((await store.quotesBy('xi-jinping', 5)).total).toBeGreaterThan(0);
		await store.close();
		writer.exec('ROLLBACK');
		writer.close();
	});

	it('GIVEN a database that needs a migration while another connection writes THEN it says so, waits, and migrates once the write ends', async () => {
		const file = join(root, 'busy-migrate.db');
		const older = new Database(file);
		older.pragma('journal_mode = WAL');
		migrate(older, MIGRATIONS.slice(0, -1));
		older.close();
		const writer = new Database(file);
		writer.exec('BEGIN IMMEDIATE');
		writer.prepare("UPDATE totals SET n = n WHERE name = 'articles'").run();
		const told: string[] = [];
		const onBusy = (message: string) => {
			told.push(message);
			if (writer.inTransaction) writer.exec('COMMIT');
		};
		const store = await openStoreFile(file, { busy: { tries: 3, pauseMs: 0, timeoutMs: 0, onBusy } });
		expect(told).toEqual([
			expect.stringMatching(/busy-migrate\.db is locked: another process is writing to it \("database is locked"\); trying again in 0 s \(try 1 of 3\)/),
		]);
		expect((await store.articles(5)).total).toBe(0);
		await store.close();
		writer.close();
		const reopened = new Database(file);
		expect(reopened.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
		reopened.close();
	});

	it(
		'GIVEN a write lock held throughout an ingest THEN a clear error, the database neither set aside nor rebuilt, and the next ingest adds the file',
		async () => {
			const { dir, file, writer } = await lockedStore('busy-ingest');
			copyFileSync('data/articles/000_8c1fbb3da2cb962a.md', join(dir, 'b.md'));
			const rebuilt: string[] = [];
			const busy = { tries: 2, pauseMs: 0, timeoutMs: 0 };
				await expect(buildStore(file, dir, { busy, onRebuild: (r) => rebuilt.push(r) })).rejects.toThrow(
					/busy-ingest\.db is locked: another process is writing to it \("database is locked"\)/,
				);
			expect(rebuilt).toEqual([]);
			expect(existsSync(`${file}.corrupt`)).toBe(false);
			writer.exec('ROLLBACK');
			writer.close();
			const { store, report } = await buildStore(file, dir, { busy, onRebuild: (r) => rebuilt.push(r) });
			expect(report).toMatchObject({ added: ['b.md'], unchanged: 1 });
			expect(rebuilt).toEqual([]);
			expect((await store.articles(5)).total).toBe(2);
			await store.close();
		},
	);
});

