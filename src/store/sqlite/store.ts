import Database from 'better-sqlite3';
import { z } from 'zod';
import { type Article, type Figure, type Meeting, type Quote, type Sentence, type Statement } from '../../facts/schema.js';
import { articleSchema, figureSchema, meetingSchema, quoteSchema, sentenceSchema, statementSchema } from '../../facts/schema.js';
import { nameWords, normalize, words } from '../../text/normalize.js';
import type { ArticleChanges, ArticleMeta, Completion, EntitySummary, MeetingFilter, NameType, Page, StoredFile } from '../contract.js';
import type { RankedSentences, SearchTerms, TopicFacts, WritableFactStore } from '../contract.js';
import { TERM_MATCHES, idOf, names } from '../contract.js';
import { completionCandidates, completionWords, rankMatches, searchQuery, termQueries } from '../text-search.js';
import { articleMetaSchema, entitySummarySchema } from '../records.js';
import { MIGRATIONS } from './migrations.js';
import { restoreIndexes } from './deferred.js';
import { TOPIC_WORDS } from '../../extract/topics.js';
import type { Writer } from './write.js';

// The embedded engine: one SQLite file (WAL, so the bot reads while an ingest writes). Every record read back is
// checked against the facts schema; a bad row is an error, never a wrong answer.

export class StoreError extends Error {
	override readonly name = 'StoreError';
}

/** Another connection holds the lock this one needs (SQLITE_BUSY, "database is locked"): the file is busy, not broken. */
export class DatabaseBusyError extends Error {
	override readonly name = 'DatabaseBusyError';
}

/** SQLITE_BUSY, SQLITE_LOCKED and their extended codes (SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, …). */
export const isBusy = (error: unknown): boolean => /^SQLITE_(?:BUSY|LOCKED)(?:_|$)/.test(String((error as { code?: unknown }).code ?? ''));

/** How long one statement waits for another connection's write to end before it fails as busy. */
export const BUSY_TIMEOUT_MS = 5000;

/** How many full-text matches are ranked, newest first: a word found in 100,000 sentences ranks the newest 2,000. */
const RANKED_MATCHES = 2000;
/** Articles kept parsed: every answer cites a few, and their records (the whole text) are the largest read. */
const RECENT_ARTICLES = 500;
/** Articles' metadata kept parsed: a few hundred bytes each, so that the sources of most answers are read once. */
const RECENT_SOURCES = 10_000;
/** How long the database is taken to be unchanged after asking, in milliseconds. */
const VERSION_CHECK_MS = 1;
/** Entities kept parsed: every answer names a few, by key, often the same few. */
const RECENT_ENTITIES = 2000;
/**
 * Meetings kept parsed (about 2 kB each): a meeting's record is the costliest to check (17 µs, against 4 µs for a
 * quote), and the same people's newest meetings answer /met, /timeline, /who and /ask again and again.
 */
const RECENT_MEETINGS = 10_000;
/** How many name lookups by a word are considered ("john" may name thousands). */
const WORD_CANDIDATES = 1000;

const json = <T>(schema: z.ZodType<T>) => (row: unknown) => schema.parse(JSON.parse((row as { record: string }).record));
const readArticle = json(articleSchema);
const readArticleMeta = json(articleMetaSchema);
const readQuote = json(quoteSchema);
const readStatement = json(statementSchema);
const readMeeting = json(meetingSchema);
const readFigure = json(figureSchema);
const readSentence = json(sentenceSchema);
const readEntity = json(entitySummarySchema);

/** The value kept for `key`, else read and kept; the least recently used goes beyond `size`. */
export function recent<K, V>(kept: Map<K, V>, key: K, size: number, read: () => V): V {
	if (kept.has(key)) {
		const value = kept.get(key) as V;
		kept.delete(key);
		kept.set(key, value);
		return value;
	}
	const value = read();
	kept.set(key, value);
	if (kept.size > size) kept.delete(kept.keys().next().value as K);
	return value;
}

/**
 * The first `want` meetings of rows read in the index's order, where a meeting naming the person twice has two rows
 * side by side: read `want` rows, and more only when some were such repeats (rare), so that nothing is sorted.
 */
export function firstRows<T extends { article: number; seq: number }>(want: number, read: (limit: number) => T[]): T[] {
	for (let asked = want; ; asked *= 2) {
		const rows = read(asked);
		const once = rows.filter((r, i) => i === 0 || r.article !== rows[i - 1]!.article || r.seq !== rows[i - 1]!.seq);
		if (once.length >= want || rows.length < asked) return once.slice(0, want);
	}
}

/** A topic the index of items by topic holds rows for (every key of TOPIC_WORDS, see ensureTopics). */
const isTopic = (about: string) => Object.hasOwn(TOPIC_WORDS, about);

/** An FTS5 phrase: the words in order, each inflection matched through the Porter stemmer the index uses. */
const ftsPhrase = (words: readonly string[]) => (words.length ? `"${words.join(' ')}"` : null);

function storedFiles(db: Database.Database, only?: readonly string[]): Map<string, StoredFile> {
	const columns = 'SELECT file, id, size, mtime, fingerprint FROM articles';
	const rows = (
		only
			? db
					.prepare(`${columns} WHERE file IN (SELECT value FROM json_each(?)) OR id IN (SELECT value FROM json_each(?))`)
					.all(JSON.stringify(only), JSON.stringify(only.map(idOf)))
			: db.prepare(columns).all()
	) as StoredFile[];
	return new Map(rows.map((r) => [r.file, r]));
}

function touchFiles(db: Database.Database, files: readonly StoredFile[]): void {
	const update = db.prepare('UPDATE articles SET size = ?, mtime = ? WHERE file = ?');
	db.transaction(() => {
		for (const f of files) update.run(f.size, f.mtime, f.file);
	})();
}

/**
 * Every topic has its counts and completions, however few articles speak of it, and its rows in the index of the
 * speakers' items by topic (quote_about, statement_about), written here for the items already stored when a topic is
 * new; a topic no longer known leaves that index. A database that has them all is only read.
 */
function ensureTopics(db: Database.Database): void {
	const topics = Object.keys(TOPIC_WORDS);
	const known = new Set(db.prepare('SELECT topic FROM topic_counts').pluck().all() as string[]);
	const indexed = new Set(db.prepare('SELECT topic FROM about_topics').pluck().all() as string[]);
	if (topics.every((topic) => known.has(topic) && indexed.has(topic)) && indexed.size === topics.length) return;
	const insert = db.prepare('INSERT OR IGNORE INTO topic_counts (topic, sentences, figures) VALUES (?, 0, 0)');
	const word = db.prepare('INSERT OR IGNORE INTO completion_words (type, word, p1, p2, weight, key) VALUES (?, ?, ?, ?, 0, ?)');
	const completion = db.prepare("INSERT OR IGNORE INTO completions (type, key, label, weight) VALUES ('topic', ?, ?, 0)");
	// isAbout in SQL: the stored text is lower-cased, the topics a JSON list.
	const on = (t: string) => `(instr(${t}.text, @topic) > 0 OR EXISTS (SELECT 1 FROM json_each(${t}.topics) WHERE value = @topic))`;
	const quotesOn = db.prepare(`INSERT OR IGNORE INTO quote_about (topic, speaker, published, article, seq)
		SELECT @topic, q.speaker, q.published, q.article, q.seq FROM quotes q WHERE q.speaker IS NOT NULL AND ${on('q')}`);
	const statementsOn = db.prepare(`INSERT OR IGNORE INTO statement_about (topic, speaker, echo, published, article, seq)
		SELECT @topic, s.speaker, s.echo, s.published, s.article, s.seq FROM statements s WHERE ${on('s')}`);
	const forget = [
		'DELETE FROM quote_about WHERE topic = @topic',
		'DELETE FROM statement_about WHERE topic = @topic',
		'DELETE FROM about_topics WHERE topic = @topic',
	].map((sql) => db.prepare(sql));
	db.transaction(() => {
		for (const topic of topics) {
			if (!known.has(topic)) {
				insert.run(topic);
				completion.run(topic, topic);
				for (const w of completionWords(topic)) word.run('topic', w.word, w.p1, w.p2, topic);
			}
			if (!indexed.has(topic)) {
				quotesOn.run({ topic });
				statementsOn.run({ topic });
				db.prepare('INSERT INTO about_topics (topic) VALUES (?)').run(topic);
			}
		}
		for (const topic of indexed) if (!Object.hasOwn(TOPIC_WORDS, topic)) for (const statement of forget) statement.run({ topic });
	})();
}

/**
 * Opens (creating when missing) and migrates a database. A file that is no database or fails to migrate is a
 * StoreError; one that another process holds locked longer than `busyTimeoutMs` is a DatabaseBusyError.
 */
export function openDatabase(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): Database.Database {
	let db: Database.Database | undefined;
	try {
		db = new Database(file);
		// First, so that every statement after it (the journal mode, the migrations) waits for another writer.
		db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		// An ingest that ended before its last batch left indexes out: they are built before any migration reads them.
		const version = db.pragma('user_version', { simple: true }) as number;
		if (version > 0 && version <= MIGRATIONS.length) restoreIndexes(db);
		migrate(db);
		ensureTopics(db);
		return db;
	} catch (error) {
		db?.close();
		if (error instanceof StoreError) throw error;
		if (isBusy(error)) throw new DatabaseBusyError(`${file} is locked: another process is writing to it (${(error as Error).message})`);
		throw new StoreError(`${file} is not a usable Factdesk database (${(error as Error).message})`);
	}
}

/** Runs the migrations the database has not run, each in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly string[] = MIGRATIONS): void {
	const version = db.pragma('user_version', { simple: true }) as number;
	if (version > migrations.length)
		throw new StoreError(`the database was written by a newer Factdesk (schema ${version}, this one knows ${migrations.length})`);
	for (let v = version; v < migrations.length; v++) {
		try {
			db.transaction(() => {
				db.exec(migrations[v]!);
				db.pragma(`user_version = ${v + 1}`);
			})();
		} catch (error) {
			if (isBusy(error)) throw error;
			throw new StoreError(`migration to schema ${v + 1} failed (${(error as Error).message})`);
		}
	}
}

/** The store on SQLite; `write.ts` holds what changes it. */
export class SqliteFactStore implements WritableFactStore {
	private readonly q;

	constructor(readonly db: Database.Database) {
		const p = (sql: string) => db.prepare(sql);
		this.q = {
			// Changes when another connection (an ingest in another process) commits: what is kept parsed is then read again.
			dataVersion: p('PRAGMA data_version').pluck(),
			articleById: p('SELECT record FROM articles WHERE id = ?'),
			articleId: p('SELECT id FROM articles WHERE id = ?').pluck(),
			articleMeta: p('SELECT s.record FROM articles a JOIN article_sources s ON s.n = a.n WHERE a.id = ?'),
			articleIdByTitle: p('SELECT id FROM articles WHERE title_key = ? LIMIT 1').pluck(),
			articleIdsByDate: p('SELECT id FROM articles ORDER BY published DESC, n LIMIT ?').pluck(),
			quotesOf: p('SELECT q.record FROM quotes q JOIN articles a ON a.n = q.article WHERE a.id = ? ORDER BY q.seq'),
			statementsOf: p('SELECT s.record FROM statements s JOIN articles a ON a.n = s.article WHERE a.id = ? ORDER BY s.seq'),
			meetingsOfArticle: p('SELECT m.article, m.seq, m.record FROM meetings m JOIN articles a ON a.n = m.article WHERE a.id = ? ORDER BY m.seq'),
			total: p('SELECT n FROM totals WHERE name = ?').pluck(),
			entity: p('SELECT record FROM entities WHERE key = ?'),
			byAlias: p('SELECT e.key, e.record FROM entity_aliases a JOIN entities e ON e.key = a.key WHERE a.alias = ? ORDER BY e.mentions DESC, e.key'),
			byWord: p(
				`SELECT e.key, e.record FROM entity_words w JOIN entities e ON e.key = w.key ` +
					`WHERE w.word = ? ORDER BY e.mentions DESC, e.key LIMIT ${WORD_CANDIDATES}`,
			),
			personByWord: p("SELECT w.key FROM entity_words w JOIN entities e ON e.key = w.key WHERE w.word = ? AND e.kind = 'person'").pluck(),
			quotes: p('SELECT record FROM quotes WHERE speaker = ? ORDER BY published DESC, article, seq LIMIT ?'),
			// Kept by triggers (speaker_counts): the most quoted person's total is one row, not thousands counted.
			quoteCount: p('SELECT quotes FROM speaker_counts WHERE speaker = ?').pluck(),
			quotesAbout:
				p(`SELECT record FROM quotes WHERE speaker = @key AND (instr(text, @about) > 0 OR EXISTS (SELECT 1 FROM json_each(topics) WHERE value = @about))
				ORDER BY published DESC, article, seq LIMIT @limit`),
			// On a topic: the speaker's range of the index of items by topic, as isAbout decides, read up to the limit.
			quotesOnTopic:
				p(`SELECT q.record FROM quote_about a JOIN quotes q ON q.article = a.article AND q.seq = a.seq WHERE a.topic = @about AND a.speaker = @key
				ORDER BY a.published DESC, a.article, a.seq LIMIT @limit`),
			quoteOnTopicCount: p('SELECT count(*) FROM quote_about WHERE topic = @about AND speaker = @key').pluck(),
			quoteAboutCount: p(
				'SELECT count(*) FROM quotes WHERE speaker = @key AND (instr(text, @about) ' +
					'> 0 OR EXISTS (SELECT 1 FROM json_each(topics) WHERE value = @about))',
			).pluck(),
			statements: p('SELECT record FROM statements WHERE speaker = ? AND echo = 0 ORDER BY published DESC, article, seq LIMIT ?'),
			statementCount: p('SELECT statements FROM speaker_counts WHERE speaker = ?').pluck(),
			statementsAbout: p(`SELECT record FROM statements WHERE speaker = @key AND echo = 0
				AND (instr(text, @about) > 0 OR EXISTS (SELECT 1 FROM json_each(topics) WHERE value = @about))
				ORDER BY published DESC, article, seq LIMIT @limit`),
			statementsOnTopic: p(`SELECT s.record FROM statement_about a JOIN statements s ON s.article = a.article AND s.seq = a.seq
				WHERE a.topic = @about AND a.speaker = @key AND a.echo = 0 ORDER BY a.published DESC, a.article, a.seq LIMIT @limit`),
			statementOnTopicCount: p('SELECT count(*) FROM statement_about WHERE topic = @about AND speaker = @key AND echo = 0').pluck(),
			statementAboutCount: p(
				'SELECT count(*) FROM statements WHERE speaker = @key AND echo = 0 ' +
					'AND (instr(text, @about) > 0 OR EXISTS (SELECT 1 FROM json_each(topics) WHERE value = @about))',
			).pluck(),
			datedMeetings: p("SELECT article, seq, record FROM meetings WHERE date != '' ORDER BY date, published DESC, article, seq LIMIT ?"),
			allMeetings: p('SELECT article, seq, record FROM meetings ORDER BY date DESC, published DESC, article, seq LIMIT ?'),
			figures: p('SELECT record FROM figures ORDER BY published DESC, article, seq LIMIT ?'),
			...this.oneParticipant(p),
			topicCounts: p('SELECT sentences, figures FROM topic_counts WHERE topic = ?'),
			topicNames: p('SELECT topic FROM topic_counts ORDER BY topic').pluck(),
			topicSentences: p(
				'SELECT s.record FROM sentence_topics t JOIN sentences s ON s.n = t.sentence WHERE t.topic = ? ' +
					'ORDER BY t.has_figure DESC, t.published DESC, t.sentence LIMIT ?',
			),
			topicFigures: p(
				'SELECT f.record FROM figure_topics t JOIN figures f ON f.article = t.article AND f.seq = t.seq WHERE t.topic = ? ' +
					'ORDER BY t.published DESC, t.article, t.seq LIMIT ?',
			),
			// Ranked before the join, so that only the records shown are read, not those of every match ranked.
			search: p(`SELECT s.record FROM (SELECT rowid, score FROM
				(SELECT rowid, bm25(sentence_search) AS score FROM sentence_search WHERE sentence_search MATCH ?
				ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}) ORDER BY score, rowid LIMIT ?) h JOIN sentences s ON s.n = h.rowid ORDER BY h.score, s.n`),
			termMatches: p(`SELECT rowid FROM sentence_search WHERE sentence_search MATCH ? ORDER BY rowid DESC LIMIT ${TERM_MATCHES}`).pluck(),
			sentencesByN: p('SELECT n, record FROM sentences WHERE n IN (SELECT value FROM json_each(?))'),
			figuresIn: p('SELECT f.record FROM figures f JOIN articles a ON a.n = f.article WHERE a.id = ? AND f.sentence_start = ? ORDER BY f.seq'),
			sentenceAt: p('SELECT s.record FROM sentences s JOIN articles a ON a.n = s.article WHERE a.id = ? AND s.start <= ? ORDER BY s.start DESC LIMIT 1'),
			articleSentences: p('SELECT s.record FROM sentences s JOIN articles a ON a.n = s.article WHERE a.id = ? ORDER BY s.start'),
			popular: p('SELECT key, label AS name, type FROM completions WHERE type = ? ORDER BY weight DESC, key LIMIT ?'),
			completion: p('SELECT key, label AS name, type FROM completions WHERE type = ? AND key = ?'),
			wordsByP1: p('SELECT word, key, weight FROM completion_words WHERE type = ? AND p1 = ? ORDER BY weight DESC LIMIT ?'),
			wordsByP2: p('SELECT word, key, weight FROM completion_words WHERE type = ? AND p2 = ? ORDER BY weight DESC LIMIT ?'),
			wordsByPrefix: p("SELECT word, key, weight FROM completion_words WHERE type = ? AND word >= ? AND word < ? || char(1114111) LIMIT ?"),
		};
	}

	/** The statements of meetingsOfPeople: a participant's rows of the participants' index, in the order shown. */
	private oneParticipant(p: (sql: string) => Database.Statement) {
		// The index holds each meeting's date and publication date in the order shown, so the rows come sorted and the
		// reading stops at the limit: someone in thousands of meetings costs what someone in ten does. Only the index is
		// read; the records of the rows shown come from those kept parsed, or by their key.
		const from = 'SELECT date, published, article, seq FROM meeting_parties WHERE key = @key';
		return {
			meetingsNewest: p(`${from} AND (@dated = 0 OR date != '') ORDER BY date DESC, published DESC, article, seq LIMIT @limit`),
			meetingsEarliest: p(`${from} AND date != '' ORDER BY date, published DESC, article, seq LIMIT @limit`),
			meetingsUndated: p(`${from} AND date = '' ORDER BY published DESC, article, seq LIMIT @limit`),
			meetingRecord: p('SELECT record FROM meetings WHERE article = ? AND seq = ?').pluck(),
			meetingCounts: p('SELECT meetings, dated FROM meeting_counts WHERE key = ?'),
		};
	}

	/**
	 * Records read lately, kept parsed while the database is unchanged: an answer cites a few articles and names a
	 * few people, mostly the same few as the answers before it, and reading one back is a query, a JSON parse and a
	 * schema check. The database's data_version tells whether another connection (an ingest in another process)
	 * committed since; it is asked at most once a millisecond (an answer reads dozens of records, and asking costs a
	 * third of the cheapest query), so a commit is seen within that. This connection's own writes clear them.
	 */
	private readonly recentArticles = new Map<string, Article>();
	private readonly recentSources = new Map<string, ArticleMeta>();
	private readonly recentEntities = new Map<string, EntitySummary | undefined>();
	private readonly recentMeetings = new Map<string, Meeting>();
	private version: unknown;
	private checkedAt = -Infinity;

	private fresh(): void {
		const now = performance.now();
		if (now - this.checkedAt < VERSION_CHECK_MS) return;
		this.checkedAt = now;
		const version = this.q.dataVersion.get();
		if (version === this.version) return;
		this.version = version;
		this.forget();
	}

	private forget(): void {
		this.recentArticles.clear();
		this.recentSources.clear();
		this.recentEntities.clear();
		this.recentMeetings.clear();
	}

	/** A meeting by its row (its record read with it, or else by its key), kept parsed. */
	private readonly meetingOf = (row: unknown): Meeting => {
		const { article, seq, record } = row as { article: number; seq: number; record?: string };
		return recent(this.recentMeetings, `${article}:${seq}`, RECENT_MEETINGS, () =>
			readMeeting({ record: record ?? this.q.meetingRecord.get(article, seq) }),
		);
	};

	async article(id: string): Promise<Article> {
		this.fresh();
		return recent(this.recentArticles, id, RECENT_ARTICLES, () => {
			const row = this.q.articleById.get(id);
			if (!row) throw new Error(`unknown article ${id}`);
			return readArticle(row);
		});
	}

	async articleMeta(id: string): Promise<ArticleMeta> {
		this.fresh();
		return recent(this.recentSources, id, RECENT_SOURCES, () => {
			const row = this.q.articleMeta.get(id);
			if (!row) throw new Error(`unknown article ${id}`);
			return readArticleMeta(row);
		});
	}

	async findArticle(idOrTitle: string, closest = true): Promise<Article | undefined> {
		const id = (this.q.articleId.get(idOrTitle) ?? this.q.articleIdByTitle.get(normalize(idOrTitle))) as string | undefined;
		if (id !== undefined) return this.article(id);
		if (!closest) return undefined;
		const [nearest] = await this.complete('article', idOrTitle, 1);
		return nearest && this.article(nearest.key);
	}

	async articles(limit: number): Promise<Page<Article>> {
		const ids = this.q.articleIdsByDate.all(limit) as string[];
		return { items: await Promise.all(ids.map((id) => this.article(id))), total: this.total('articles') };
	}

	async articleItems(id: string): Promise<{ quotes: Quote[]; statements: Statement[]; meetings: Meeting[] }> {
		const meetings = this.q.meetingsOfArticle.all(id).map(this.meetingOf);
		return { quotes: this.q.quotesOf.all(id).map(readQuote), statements: this.q.statementsOf.all(id).map(readStatement), meetings };
	}

	private total(name: string): number {
		return (this.q.total.get(name) as number | undefined) ?? 0;
	}

	async entity(key: string): Promise<EntitySummary | undefined> {
		this.fresh();
		return recent(this.recentEntities, key, RECENT_ENTITIES, () => {
			const row = this.q.entity.get(key);
			return row ? readEntity(row) : undefined;
		});
	}

	/** An entity's row as read by a lookup, parsed unless it is kept parsed already. */
	private readonly entityOf = (row: unknown): EntitySummary => {
		const { key } = row as { key: string };
		const kept = this.recentEntities.get(key);
		if (kept) return kept;
		const entity = readEntity(row);
		this.recentEntities.delete(key);
		return recent(this.recentEntities, key, RECENT_ENTITIES, () => entity)!;
	};

	async resolveEntities(name: string): Promise<EntitySummary[]> {
		const byKey = await this.entity(name);
		if (byKey) return [byKey];
		const alias = (text: string) => this.q.byAlias.all(text).map(this.entityOf);
		const exact = alias(normalize(name));
		if (exact.length) return exact;
		const given = nameWords(name);
		// "Russian Foreign Minister Sergei Lavrov": the name after the title, when the title is not an alias itself.
		for (let i = 1; i < given.length; i++) {
			const tail = alias(given.slice(i).join(' ')).filter((e) => e.kind === 'person');
			if (!tail.length) continue;
			// "putin xi" is two people, not Xi with a title.
			const tailKeys = new Set(tail.map((e) => e.key));
			const namesAnother = given.slice(0, i).some((w) => (this.q.personByWord.all(w) as string[]).some((k) => !tailKeys.has(k)));
			if (!namesAnother) return tail;
		}
		if (given.length === 0) return [];
		// "House Select Committee on the Strategic Competition …": a committee the articles name by the words before "on".
		const connector = given.findIndex((w, i) => i > 0 && (w === 'on' || w === 'for') && /^(?:committee|subcommittee|commission)$/.test(given[i - 1]!));
		const body = connector > 0 ? alias(given.slice(0, connector).join(' ')).filter((e) => e.kind === 'organisation') : [];
		if (body.length) return body;
		return this.q.byWord
			.all(given.at(-1)!)
			.map(this.entityOf)
			.filter((entity) => {
				const own = words(entity.name);
				return given.every((w) => own.includes(w)) || (own.length === 1 && given.at(-1) === own[0] && entity.kind === 'person');
			});
	}

	async quotesBy(key: string, limit: number, about?: string): Promise<Page<Quote>> {
		if (!about) {
			const items = limit > 0 ? this.q.quotes.all(key, limit).map(readQuote) : [];
			return { items, total: (this.q.quoteCount.get(key) as number | undefined) ?? 0 };
		}
		// A topic from its index; any other words by reading the speaker's quotes.
		const [items, count] = isTopic(about) ? [this.q.quotesOnTopic, this.q.quoteOnTopicCount] : [this.q.quotesAbout, this.q.quoteAboutCount];
		return { items: items.all({ key, about, limit }).map(readQuote), total: count.get({ key, about }) as number };
	}

	async statementsBy(key: string, limit: number, about?: string): Promise<Page<Statement>> {
		if (!about) {
			const items = limit > 0 ? this.q.statements.all(key, limit).map(readStatement) : [];
			return { items, total: (this.q.statementCount.get(key) as number | undefined) ?? 0 };
		}
		const [items, count] = isTopic(about) ? [this.q.statementsOnTopic, this.q.statementOnTopicCount] : [this.q.statementsAbout, this.q.statementAboutCount];
		return { items: items.all({ key, about, limit }).map(readStatement), total: count.get({ key, about }) as number };
	}

	async meetingsOf(keys: readonly string[] | null, limit: number, filter: MeetingFilter = {}): Promise<Page<Meeting>> {
		this.fresh();
		const order = filter.order ?? 'newest';
		if (keys === null && !filter.with && !filter.kinds) {
			if (filter.dated && order === 'earliest')
				return { items: this.q.datedMeetings.all(limit).map(this.meetingOf), total: this.total('dated meetings') };
			if (!filter.dated && order === 'newest') return { items: this.q.allMeetings.all(limit).map(this.meetingOf), total: this.total('meetings') };
		}
		if (keys?.length && !filter.with && !filter.kinds) return this.meetingsOfPeople(keys, limit, order, filter.dated ?? false);
		// A pair's meetings, or a filtered list: bounded by how often they meet, read through the index on participants.
		const list = (values: readonly string[]) => values.map(() => '?').join(',') || 'NULL';
		// Through the index on each meeting's parties: the few parties of that meeting, not every row of the other's key.
		const alsoOf = (m: string, values: readonly string[]) =>
			`EXISTS (SELECT 1 FROM meeting_parties o WHERE o.article = ${m}.article AND o.seq = ${m}.seq AND o.key IN (${list(values)}))`;
		const where: string[] = [];
		const params: unknown[] = [];
		let candidates = 'meetings m';
		if (keys !== null) {
			// A pair: the meetings of the side with fewer, each checked for the other side among its own parties, so the
			// work is bounded by the less reported of the two, not by the most reported person's thousands of meetings.
			const [few, many] = !filter.with || this.partyRows(keys) <= this.partyRows(filter.with) ? [keys, filter.with] : [filter.with, keys];
			candidates = `(SELECT DISTINCT p.article, p.seq FROM meeting_parties p WHERE p.key IN (${list(few)})${many ? ` AND ${alsoOf('p', many)}` : ''}) k
				JOIN meetings m ON m.article = k.article AND m.seq = k.seq`;
			params.push(...few, ...(many ?? []));
		} else if (filter.with) {
			where.push(alsoOf('m', filter.with));
			params.push(...filter.with);
		}
		if (filter.dated) where.push("m.date != ''");
		if (filter.kinds) {
			where.push(`m.kind IN (${list(filter.kinds)})`);
			params.push(...filter.kinds);
		}
		const from = `FROM ${candidates} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
		// Ties go to the newest article, then to the order of the articles and of the text.
		const sort = order === 'newest' ? 'm.date DESC, m.published DESC, m.article, m.seq' : "m.date = '', m.date, m.published DESC, m.article, m.seq";
		if (limit <= 0) return { items: [], total: this.db.prepare(`SELECT count(*) ${from}`).pluck().get(...params) as number };
		// The matches are counted as they are sorted, in one reading.
		const sorted = `SELECT m.article, m.seq, count(*) OVER () AS total ${from} ORDER BY ${sort} LIMIT ?`;
		const rows = this.db.prepare(sorted).all(...params, limit) as { total: number }[];
		return { items: rows.map(this.meetingOf), total: rows[0]?.total ?? 0 };
	}

	/** How many party rows the keys have: what reading their meetings costs (a meeting naming one twice counts once). */
	private partyRows(keys: readonly string[]): number {
		return keys.reduce((sum, key) => sum + ((this.q.meetingCounts.get(key) as { meetings: number } | undefined)?.meetings ?? 0), 0);
	}

	/**
	 * People's meetings, each person's read in the order of the index on participants and stopped at the limit, so
	 * someone in thousands of meetings costs what someone in ten does; several people's lists are merged. A meeting
	 * that names several of them, or one twice, is counted and read once.
	 */
	private meetingsOfPeople(keys: readonly string[], limit: number, order: 'newest' | 'earliest', dated: boolean): Page<Meeting> {
		type Row = { date: string; published: string; article: number; seq: number };
		const people = [...new Set(keys)];
		if (limit <= 0) return { items: [], total: this.meetingTotal(people, dated) };
		const seen = new Set<string>();
		const rows: Row[] = [];
		for (const key of people) {
			const read = (statement: Database.Statement, want: number, params: object) =>
				firstRows(want, (n) => statement.all({ ...params, limit: n }) as Row[]);
			let own = read(order === 'newest' ? this.q.meetingsNewest : this.q.meetingsEarliest, limit, { key, dated: dated ? 1 : 0 });
			if (order === 'earliest' && !dated && own.length < limit) own = [...own, ...read(this.q.meetingsUndated, limit - own.length, { key })];
			for (const row of own) {
				if (seen.has(`${row.article}:${row.seq}`)) continue;
				seen.add(`${row.article}:${row.seq}`);
				rows.push(row);
			}
		}
		// As meetingOrder sorts, then newest article first, then the order of the articles and of the text.
		const byDate =
			order === 'newest'
				? (a: Row, b: Row) => b.date.localeCompare(a.date)
				: (a: Row, b: Row) => Number(a.date === '') - Number(b.date === '') || a.date.localeCompare(b.date);
		if (people.length > 1) rows.sort((a, b) => byDate(a, b) || b.published.localeCompare(a.published) || a.article - b.article || a.seq - b.seq);
		const items = rows.slice(0, limit).map(this.meetingOf);
		return { items, total: this.meetingTotal(people, dated) };
	}

	/** How many meetings the people are parties to: one person's kept count, several people's meetings counted once each. */
	private meetingTotal(people: readonly string[], dated: boolean): number {
		if (people.length === 1) {
			const counts = this.q.meetingCounts.get(people[0]) as { meetings: number; dated: number } | undefined;
			return (dated ? counts?.dated : counts?.meetings) ?? 0;
		}
		const placeholders = people.map(() => '?').join(',');
		const distinct = `SELECT DISTINCT article, seq FROM meeting_parties WHERE key IN (${placeholders})${dated ? " AND date != ''" : ''}`;
		return this.db.prepare(`SELECT count(*) FROM (${distinct})`).pluck().get(...people) as number;
	}

	async figures(limit: number): Promise<Page<Figure>> {
		return { items: this.q.figures.all(limit).map(readFigure), total: this.total('figures') };
	}

	async topicNames(): Promise<string[]> {
		return this.q.topicNames.all() as string[];
	}

	async topic(name: string, limit: number): Promise<TopicFacts | undefined> {
		const topic = normalize(name);
		const counts = this.q.topicCounts.get(topic) as { sentences: number; figures: number } | undefined;
		if (!counts) return undefined;
		return {
			sentences: { items: this.q.topicSentences.all(topic, limit).map(readSentence), total: counts.sentences },
			figures: { items: this.q.topicFigures.all(topic, limit).map(readFigure), total: counts.figures },
		};
	}

	async searchSentences(text: string, limit: number): Promise<Sentence[]> {
		const match = searchQuery(text);
		return match ? this.q.search.all(match, limit).map(readSentence) : [];
	}

	async rankSentences(terms: SearchTerms, limit: number): Promise<RankedSentences> {
		const matches = termQueries(terms, ftsPhrase, ' OR ').map((query) => (query ? (this.q.termMatches.all(query) as number[]) : []));
		const best = rankMatches(matches, limit);
		const records = new Map((this.q.sentencesByN.all(JSON.stringify(best)) as { n: number; record: string }[]).map((row) => [row.n, row]));
		return { sentences: best.map((n) => readSentence(records.get(n))), hits: matches.map((m) => m.length) };
	}

	async complete(type: NameType | 'any', text: string, limit: number): Promise<Completion[]> {
		const types = type === 'any' ? (['entity', 'topic'] as const) : [type];
		const asCompletion = (row: unknown) => row as Completion;
		if (!text.trim()) return types.flatMap((t) => this.q.popular.all(t, limit).map(asCompletion)).slice(0, limit);
		const keys = completionCandidates(text, types, {
			byP1: (t, p1, cap) => this.q.wordsByP1.all(t, p1, cap) as { word: string; key: string; weight: number }[],
			byP2: (t, p2, cap) => this.q.wordsByP2.all(t, p2, cap) as { word: string; key: string; weight: number }[],
			byPrefix: (t, prefix, cap) => this.q.wordsByPrefix.all(t, prefix, prefix, cap) as { word: string; key: string; weight: number }[],
			label: (t, key) => (this.q.completion.get(t, key) as Completion | undefined)?.name ?? null,
		}, limit);
		return keys.slice(0, limit).map(({ type: t, key }) => asCompletion(this.q.completion.get(t, key)));
	}

	async figuresIn(sentence: Sentence): Promise<readonly Figure[]> {
		return this.q.figuresIn.all(sentence.span.article, sentence.span.start).map(readFigure);
	}

	async sentenceAt(article: string, offset: number): Promise<Sentence | undefined> {
		const row = this.q.sentenceAt.get(article, offset);
		const s = row ? readSentence(row) : undefined;
		return s && offset < s.span.end ? s : undefined;
	}

	async firstNaming(article: string, name: string): Promise<Sentence | undefined> {
		// Read row by row and left at the first that names them: usually one of the article's first few.
		for (const row of this.q.articleSentences.iterate(article)) {
			const s = readSentence(row);
			if (names(s, name)) return s;
		}
		return undefined;
	}

	async storedFiles(only?: readonly string[]): Promise<Map<string, StoredFile>> {
		return storedFiles(this.db, only);
	}

	/** The batches of an ingest still to be merged. */
	private pending: Writer | undefined;

	async applyChanges(changes: ArticleChanges): Promise<void> {
		// The writer and the merge rules it uses are loaded by the processes that write, never by those that only read.
		const { applyChanges } = await import('./write.js');
		try {
			this.pending = applyChanges(this.db, changes, this.pending);
		} catch (error) {
			// The batches before it stay: the indexes they went in without are built for the answers that follow (or, if
			// that fails too, at the next opening).
			try {
				restoreIndexes(this.db);
			} catch {}
			throw error;
		} finally {
			this.forget();
		}
	}

	async touchFiles(files: readonly StoredFile[]): Promise<void> {
		touchFiles(this.db, files);
	}

	/** "12 articles, 340 names, 85 quotes (80 attributed), …": what the store holds, for the ingest's last line. */
	async counts(): Promise<string> {
		const c = this.db
			.prepare(`SELECT (SELECT n FROM totals WHERE name = 'articles') AS articles, (SELECT count(*) FROM entities) AS names,
				(SELECT count(*) FROM quotes) AS quotes,
				(SELECT count(*) FROM quotes WHERE speaker IS NOT NULL) AS attributed, (SELECT count(*) FROM statements) AS statements,
				(SELECT n FROM totals WHERE name = 'figures') AS figures, (SELECT n FROM totals WHERE name = 'meetings') AS meetings`)
			.get() as Record<string, number>;
		return (
			`${c.articles} articles, ${c.names} names, ${c.quotes} quotes (${c.attributed} attributed), ` +
			`${c.statements} statements, ${c.figures} figures, ${c.meetings} meetings`
		);
	}

	async close(): Promise<void> {
		if (this.db.open) this.db.close();
	}
}

