import pg from 'pg';
import { z } from 'zod';
import { type Article, type Figure, type Meeting, type Quote, type Sentence, type Statement } from '../../facts/schema.js';
import { articleSchema, figureSchema, meetingSchema, quoteSchema, sentenceSchema, statementSchema } from '../../facts/schema.js';
import { nameWords, normalize, words } from '../../text/normalize.js';
import type { ArticleChanges, ArticleMeta, Completion, EntitySummary, MeetingFilter, NameType, Page, StoredFile } from '../contract.js';
import type { RankedSentences, SearchTerms, TopicFacts, WritableFactStore } from '../contract.js';
import { TERM_MATCHES, names } from '../contract.js';
import { articleMetaSchema, entitySummarySchema } from '../records.js';
import { searchWords, termQueries } from '../text-search.js';
import { MIGRATIONS } from './migrations.js';
import { applyChanges, ensureTopics, storedFiles, touchFiles } from './write.js';

// The PostgreSQL engine: the same contract as the embedded one, for an archive shared by several processes (gateway
// shards, HTTP interaction servers behind a load balancer, a separate ingest). Full-text search is a tsvector with a
// GIN index; a typo in a name is found through pg_trgm. Every query reads a bounded index range (LIMIT, capped
// candidate sets); every record read back is checked against the facts schema, as a facts file is.

export class StoreError extends Error {
	override readonly name = 'StoreError';
}

/** Sentences a text search ranks at most: the newest matches, so that a common word never ranks the whole archive. */
const RANKED_MATCHES = 2000;
/** Rows autocomplete reads for one- and two-letter input, for a longer prefix, and for a word with a typo. */
const SHORT_CAP = 200;
const PREFIX_CAP = 2000;
const TYPO_CAP = 200;
/** Trigram similarity a word with a typo needs ("lavorv" and "lavrov" share 3 of 11 trigrams). */
const TYPO_SIMILARITY = 0.2;
/** Shortest last word matched as a prefix of longer words. */
const PREFIX_MIN = 3;

/** The lock migrations take: processes starting together migrate once. */
const MIGRATION_LOCK = 0x66616375;

/** How many name lookups by a word are considered ("john" may name thousands). */
const WORD_CANDIDATES = 1000;

const record = <T>(schema: z.ZodType<T>) => (row: { record: unknown }) => schema.parse(row.record);
const readArticle = record(articleSchema);
const readArticleMeta = record(articleMetaSchema);
const readQuote = record(quoteSchema);
const readStatement = record(statementSchema);
const readMeeting = record(meetingSchema);
const readFigure = record(figureSchema);
const readSentence = record(sentenceSchema);
/** An article's sentences read at once while looking for the first naming someone: most are named in the first few. */
const NAMING_PAGE = 20;
const readEntity = record(entitySummarySchema);

/** A tsquery of every word of `text`, the last also as a prefix (the word being typed); null when nothing is left. */
export function searchQuery(text: string): string | null {
	const given = searchWords(text).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
	if (!given.length) return null;
	return given.map((w, i) => (i === given.length - 1 && w.length >= PREFIX_MIN ? `${w}:*` : w)).join(' & ');
}

/** Sentences a term's newest matches are first looked for among (rankSentences): a common word's fill it. */
const NEWEST_WINDOW = 8192;
/**
 * The newest TERM_MATCHES sentences matching `query` where `within` holds (a range of n, or true for all). Sorted by
 * n + 0, so that no plan walks the primary key backwards testing every row: a word with no match read all 384,332.
 */
const newestMatches = (query: string, within: string) =>
	`SELECT n FROM sentences WHERE search @@ ${query} AND ${within} ORDER BY n + 0 DESC LIMIT ${TERM_MATCHES}`;

/** A tsquery phrase: the words in order, each stemmed by the english configuration the index uses. */
const tsPhrase = (words: readonly string[]) => (words.length ? `(${words.join(' <-> ')})` : null);

export interface PostgresOptions {
	/** A schema of its own (created when missing; lower-case letters, digits and _), so that several archives, or tests, share one database. */
	schema?: string;
	/** Connections the pool opens at most. */
	max?: number;
}

/** "postgres://db.internal:5432/factdesk": where a URL points, without its user and password, for messages. */
export function describeUrl(url: string): string {
	try {
		const u = new URL(url);
		return `${u.protocol}//${u.host}${u.pathname}`;
	} catch {
		return 'the PostgreSQL database';
	}
}

export class PostgresFactStore implements WritableFactStore {
	private constructor(
		private readonly pool: pg.Pool,
		/** The schema the archive lives in, when not the default one. */
		readonly schema?: string,
	) {}

	/** Connects, creates the schema when missing and runs the migrations the database has not run. */
	static async open(url: string, options: PostgresOptions = {}): Promise<PostgresFactStore> {
		if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
			throw new StoreError(`${JSON.stringify(options.schema)} is not a schema name (lower-case letters, digits and _)`);
		}
		// Settings every connection starts with: the archive's schema, and how alike a word with a typo must be.
		// No JIT: every query reads a bounded range, and compiling one (50 ms) costs more than running it.
		const settings = [`-c pg_trgm.similarity_threshold=${TYPO_SIMILARITY}`, '-c jit=off'];
		if (options.schema) settings.push(`-c search_path=${options.schema},public`);
		const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, options: settings.join(' ') });
		// An idle connection the server drops must not take the process with it: the next query opens a new one.
		pool.on('error', () => undefined);
		const store = new PostgresFactStore(pool, options.schema);
		try {
			await store.migrate(options.schema, url);
		} catch (error) {
			await pool.end();
			throw error;
		}
		return store;
	}

	private async migrate(schema?: string, url = ''): Promise<void> {
		let client: pg.PoolClient;
		try {
			client = await this.pool.connect();
		} catch (error) {
			throw new StoreError(`cannot reach ${describeUrl(url)} (${(error as Error).message})`);
		}
		try {
			await client.query('BEGIN');
			await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
			await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
			if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
			await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
			const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
			const done = rows[0]?.version ?? 0;
			if (done > MIGRATIONS.length) {
				throw new StoreError(`the database is at schema version ${done}, newer than this Factdesk (${MIGRATIONS.length}); upgrade Factdesk`);
			}
			for (let version = done + 1; version <= MIGRATIONS.length; version++) {
				await client.query(MIGRATIONS[version - 1]!);
				await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
			}
			await ensureTopics(client);
			await client.query('COMMIT');
		} catch (error) {
			await client.query('ROLLBACK').catch(() => undefined);
			if (error instanceof StoreError) throw error;
			throw new StoreError(`cannot migrate the database (${(error as Error).message})`);
		} finally {
			client.release();
		}
	}

	/** The schema version the database is at. */
	async schemaVersion(): Promise<number> {
		const { rows } = await this.pool.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
		return rows[0]?.version ?? 0;
	}

	private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
		return (await this.pool.query(sql, params)).rows as T[];
	}

	private async count(sql: string, params: unknown[] = []): Promise<number> {
		const [row] = await this.rows<{ n: string }>(sql, params);
		return Number(row?.n ?? 0);
	}

	// ---- writing (ingest) ----

	async storedFiles(): Promise<Map<string, StoredFile>> {
		return this.withClient(storedFiles);
	}

	async applyChanges(changes: ArticleChanges): Promise<void> {
		await this.withClient((client) => applyChanges(client, changes));
	}

	async touchFiles(files: readonly StoredFile[]): Promise<void> {
		if (files.length) await this.withClient((client) => touchFiles(client, files));
	}

	private async withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
		const client = await this.pool.connect();
		try {
			return await work(client);
		} finally {
			client.release();
		}
	}

	/** "12 articles, 340 names, 85 quotes (80 attributed), …": what the store holds, for the ingest's last line. */
	async counts(): Promise<string> {
		const [c] = await this.rows<Record<string, number>>(
			`SELECT (SELECT n FROM totals WHERE name = 'articles') AS articles, (SELECT count(*)::int FROM entities) AS names,
			(SELECT count(*)::int FROM quotes) AS quotes,
			(SELECT count(*)::int FROM quotes WHERE speaker IS NOT NULL) AS attributed, (SELECT count(*)::int FROM statements) AS statements,
			(SELECT n FROM totals WHERE name = 'figures') AS figures, (SELECT n FROM totals WHERE name = 'meetings') AS meetings`,
		);
		return (
			`${c!.articles} articles, ${c!.names} names, ${c!.quotes} quotes (${c!.attributed} attributed), ` +
			`${c!.statements} statements, ${c!.figures} figures, ${c!.meetings} meetings`
		);
	}

	// ---- reading ----

	private async total(name: string): Promise<number> {
		const [row] = await this.rows<{ n: number }>('SELECT n FROM totals WHERE name = $1', [name]);
		return row?.n ?? 0;
	}

	async article(id: string): Promise<Article> {
		const [row] = await this.rows<{ record: unknown }>('SELECT record FROM articles WHERE id = $1', [id]);
		if (!row) throw new Error(`unknown article ${id}`);
		return readArticle(row);
	}

	async articleMeta(id: string): Promise<ArticleMeta> {
		const [row] = await this.rows<{ record: unknown }>(
			"SELECT record - 'body' - 'paragraphs' - 'commentary' - 'summary' AS record FROM articles WHERE id = $1",
			[id],
		);
		if (!row) throw new Error(`unknown article ${id}`);
		return readArticleMeta(row);
	}

	async findArticle(idOrTitle: string, closest = true): Promise<Article | undefined> {
		const [row] = await this.rows<{ record: unknown }>(
			'(SELECT record FROM articles WHERE id = $1) UNION ALL (SELECT record FROM articles WHERE title_key = $2 ORDER BY n LIMIT 1) LIMIT 1',
			[idOrTitle, normalize(idOrTitle)],
		);
		if (row) return readArticle(row);
		if (!closest) return undefined;
		const [nearest] = await this.complete('article', idOrTitle, 1);
		return nearest && this.article(nearest.key);
	}

	async articles(limit: number): Promise<Page<Article>> {
		const items = await this.rows<{ record: unknown }>('SELECT record FROM articles ORDER BY published DESC, n LIMIT $1', [limit]);
		return { items: items.map(readArticle), total: await this.total('articles') };
	}

	async articleItems(id: string): Promise<{ quotes: Quote[]; statements: Statement[]; meetings: Meeting[] }> {
		const of = (table: string) =>
			this.rows<{ record: unknown }>(`SELECT t.record FROM ${table} t JOIN articles a ON a.n = t.article WHERE a.id = $1 ORDER BY t.seq`, [id]);
		const [quotes, statements, meetings] = await Promise.all([of('quotes'), of('statements'), of('meetings')]);
		return { quotes: quotes.map(readQuote), statements: statements.map(readStatement), meetings: meetings.map(readMeeting) };
	}

	async entity(key: string): Promise<EntitySummary | undefined> {
		const [row] = await this.rows<{ record: unknown }>('SELECT record FROM entities WHERE key = $1', [key]);
		return row ? readEntity(row) : undefined;
	}

	private async byAlias(alias: string): Promise<EntitySummary[]> {
		const rows = await this.rows<{ record: unknown }>(
			'SELECT e.record FROM entity_aliases a JOIN entities e ON e.key = a.key WHERE a.alias = $1 ORDER BY e.mentions DESC, e.key LIMIT $2',
			[alias, WORD_CANDIDATES],
		);
		return rows.map(readEntity);
	}

	async resolveEntities(name: string): Promise<EntitySummary[]> {
		const byKey = await this.entity(name);
		if (byKey) return [byKey];
		const exact = await this.byAlias(normalize(name));
		if (exact.length) return exact;
		const given = nameWords(name);
		// "Russian Foreign Minister Sergei Lavrov": the name after the title, when the title is not an alias itself.
		for (let i = 1; i < given.length; i++) {
			const tail = (await this.byAlias(given.slice(i).join(' '))).filter((e) => e.kind === 'person');
			if (!tail.length) continue;
			// "putin xi" is two people, not Xi with a title.
			const [another] = await this.rows<{ key: string }>(
				"SELECT w.key FROM entity_words w JOIN entities e ON e.key = w.key WHERE " +
					"w.word = ANY($1) AND e.kind = 'person' AND NOT w.key = ANY($2) LIMIT 1",
				[given.slice(0, i), tail.map((e) => e.key)],
			);
			if (!another) return tail;
		}
		if (given.length === 0) return [];
		// "House Select Committee on the Strategic Competition …": a committee the articles name by the words before "on".
		const connector = given.findIndex((w, i) => i > 0 && (w === 'on' || w === 'for') && /^(?:committee|subcommittee|commission)$/.test(given[i - 1]!));
		const body = connector > 0 ? (await this.byAlias(given.slice(0, connector).join(' '))).filter((e) => e.kind === 'organisation') : [];
		if (body.length) return body;
		const candidates = await this.rows<{ record: unknown }>(
			'SELECT e.record FROM entity_words w JOIN entities e ON e.key = w.key WHERE w.word = $1 ORDER BY e.mentions DESC, e.key LIMIT $2',
			[given.at(-1), WORD_CANDIDATES],
		);
		return candidates.map(readEntity).filter((entity) => {
			const own = words(entity.name);
			return given.every((w) => own.includes(w)) || (own.length === 1 && given.at(-1) === own[0] && entity.kind === 'person');
		});
	}

	/** A speaker's quotes or statements, newest first, with the total; `about` keeps those on a topic or with the words. */
	private async said(table: 'quotes' | 'statements', key: string, limit: number, about?: string): Promise<{ items: { record: unknown }[]; total: number }> {
		const where = `speaker = $1${table === 'statements' ? ' AND NOT echo' : ''}${about ? ' AND (topics ? $2 OR strpos(text, $2) > 0)' : ''}`;
		const params = about ? [key, about] : [key];
		const [items, total] = await Promise.all([
			this.rows<{ record: unknown }>(
				`SELECT record FROM ${table} WHERE ${where} ORDER BY published DESC, article, seq LIMIT $${params.length + 1}`,
				[...params, limit],
			),
			this.count(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params),
		]);
		return { items, total };
	}

	async quotesBy(key: string, limit: number, about?: string): Promise<Page<Quote>> {
		const { items, total } = await this.said('quotes', key, limit, about);
		return { items: items.map(readQuote), total };
	}

	async statementsBy(key: string, limit: number, about?: string): Promise<Page<Statement>> {
		const { items, total } = await this.said('statements', key, limit, about);
		return { items: items.map(readStatement), total };
	}

	async meetingsOf(keys: readonly string[] | null, limit: number, filter: MeetingFilter = {}): Promise<Page<Meeting>> {
		const order = filter.order ?? 'newest';
		if (keys === null && !filter.with && !filter.kinds) {
			if (filter.dated && order === 'earliest') {
				const items = await this.rows<{ record: unknown }>(
					"SELECT record FROM meetings WHERE date <> '' ORDER BY date, published DESC, article, seq LIMIT $1",
					[limit],
				);
				return { items: items.map(readMeeting), total: await this.total('dated meetings') };
			}
			if (!filter.dated && order === 'newest') {
				const items = await this.rows<{ record: unknown }>('SELECT record FROM meetings ORDER BY date DESC, published DESC, article, seq LIMIT $1', [
					limit,
				]);
				return { items: items.map(readMeeting), total: await this.total('meetings') };
			}
		}
		const params: unknown[] = [];
		const where: string[] = [];
		const param = (value: unknown) => `$${params.push(value)}`;
		// One person's meetings, or a pair's (the two index ranges intersected): bounded by how often they meet.
		const partiesOf = (values: readonly string[]) => `SELECT DISTINCT article, seq FROM meeting_parties WHERE key = ANY(${param(values)})`;
		const sides = keys === null ? [] : filter.with ? [keys, filter.with] : [keys];
		const candidates = sides.length
			? `(${sides.map(partiesOf).join(' INTERSECT ')}) k JOIN meetings m ON m.article = k.article AND m.seq = k.seq`
			: 'meetings m';
		if (keys === null && filter.with) {
			where.push(`EXISTS (SELECT 1 FROM meeting_parties o WHERE o.article = m.article AND o.seq = m.seq AND o.key = ANY(${param(filter.with)}))`);
		}
		if (filter.dated) where.push("m.date <> ''");
		if (filter.kinds) where.push(`m.kind = ANY(${param(filter.kinds)})`);
		const from = `FROM ${candidates} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
		// Ties go to the newest article, then to the order of the articles and of the text.
		const sort = (t: string) => `${order === 'newest' ? `${t}.date DESC` : `${t}.date = '', ${t}.date`}, ${t}.published DESC, ${t}.article, ${t}.seq`;
		// Sorted by key without the records (the most met person's sort carried every record of theirs); only the shown
		// ones are read, by their key.
		const shown = `WITH shown AS MATERIALIZED (SELECT m.article, m.seq, m.date, m.published ${from} ORDER BY ${sort('m')} LIMIT $${params.length + 1})
			SELECT r.record FROM shown s JOIN meetings r ON r.article = s.article AND r.seq = s.seq ORDER BY ${sort('s')}`;
		const [items, total] = await Promise.all([
			this.rows<{ record: unknown }>(shown, [...params, limit]),
			this.count(`SELECT count(*) AS n ${from}`, params),
		]);
		return { items: items.map(readMeeting), total };
	}

	async figures(limit: number): Promise<Page<Figure>> {
		const items = await this.rows<{ record: unknown }>('SELECT record FROM figures ORDER BY published DESC, article, seq LIMIT $1', [limit]);
		return { items: items.map(readFigure), total: await this.total('figures') };
	}

	async topicNames(): Promise<string[]> {
		return (await this.rows<{ topic: string }>('SELECT topic FROM topic_counts ORDER BY topic')).map((r) => r.topic);
	}

	async topic(name: string, limit: number): Promise<TopicFacts | undefined> {
		const topic = normalize(name);
		const [counts] = await this.rows<{ sentences: number; figures: number }>('SELECT sentences, figures FROM topic_counts WHERE topic = $1', [topic]);
		if (!counts) return undefined;
		const [sentences, figures] = await Promise.all([
			this.rows<{ record: unknown }>(
				'SELECT s.record FROM sentence_topics t JOIN sentences s ON s.n = t.sentence WHERE t.topic = $1 ' +
					'ORDER BY t.has_figure DESC, t.published DESC, t.sentence LIMIT $2',
				[topic, limit],
			),
			this.rows<{ record: unknown }>(
				'SELECT f.record FROM figure_topics t JOIN figures f ON f.article = t.article AND f.seq = t.seq WHERE t.topic = $1 ' +
					'ORDER BY t.published DESC, t.article, t.seq LIMIT $2',
				[topic, limit],
			),
		]);
		return {
			sentences: { items: sentences.map(readSentence), total: counts.sentences },
			figures: { items: figures.map(readFigure), total: counts.figures },
		};
	}

	async searchSentences(text: string, limit: number): Promise<Sentence[]> {
		const query = searchQuery(text);
		if (!query) return [];
		// The newest matches are ranked, never every match of a common word.
		const rows = await this.rows<{ record: unknown }>(
			`SELECT record FROM (SELECT n, record, search FROM sentences WHERE search @@ to_tsquery('english', $1) ORDER BY n DESC LIMIT ${RANKED_MATCHES}) hits
			ORDER BY ts_rank(search, to_tsquery('english', $1)) DESC, n LIMIT $2`,
			[query, limit],
		);
		return rows.map(readSentence);
	}

	async rankSentences(terms: SearchTerms, limit: number): Promise<RankedSentences> {
		const queries = termQueries(terms, tsPhrase, ' | ');
		const given = queries.flatMap((q, i) => (q ? [{ q, i }] : []));
		const hits = queries.map(() => 0);
		if (!given.length) return { sentences: [], hits };
		// One round trip: the newest matches of each term, their counts, and ts_rank over every term among them. A term's
		// newest matches are looked for among the newest NEWEST_WINDOW sentences (by n, through its index), then among
		// eight times as many, until TERM_MATCHES are found, and at last among all: the same matches as over the whole
		// table, but a common word's newest matches are found among a few thousand rows, not among its every match.
		const [row] = await this.rows<{ counts: Record<string, number> | null; records: unknown[] | null }>(
			`WITH RECURSIVE terms AS (SELECT i, to_tsquery('english', q) AS q FROM unnest($1::text[], $2::integer[]) AS t (q, i)),
			span AS (SELECT max(n) AS hi, max(n) - min(n) AS width FROM sentences),
			probes AS (
				SELECT terms.i, terms.q, ${NEWEST_WINDOW}::bigint AS w,
					ARRAY(${newestMatches('terms.q', `n > span.hi - ${NEWEST_WINDOW}`)}) AS ns FROM terms, span
				UNION ALL
				SELECT p.i, p.q, p.w * 8,
					CASE WHEN p.w * 8 <= span.width THEN ARRAY(${newestMatches('p.q', 'n > span.hi - p.w * 8')}) ELSE ARRAY(${newestMatches('p.q', 'true')}) END
				FROM probes p, span WHERE cardinality(p.ns) < ${TERM_MATCHES} AND p.w <= span.width
			),
			hits AS (SELECT i, unnest(ns) AS n FROM (SELECT DISTINCT ON (i) i, ns FROM probes ORDER BY i, w DESC) widest),
			ranked AS (SELECT s.n, s.record, ts_rank(s.search, to_tsquery('english', $3)) AS score FROM sentences s
				WHERE s.n IN (SELECT n FROM hits) ORDER BY score DESC, s.n LIMIT $4)
			SELECT (SELECT json_object_agg(i, c) FROM (SELECT i, count(*) AS c FROM hits GROUP BY i) x) AS counts,
				(SELECT json_agg(record ORDER BY score DESC, n) FROM ranked) AS records`,
			[given.map((g) => g.q), given.map((g) => g.i), given.map((g) => g.q).join(' | '), limit],
		);
		for (const [i, n] of Object.entries(row?.counts ?? {})) hits[Number(i)] = Number(n);
		return { sentences: (row?.records ?? []).map((record) => readSentence({ record })), hits };
	}

	async complete(type: NameType | 'any', text: string, limit: number): Promise<Completion[]> {
		const types: NameType[] = type === 'any' ? ['entity', 'topic'] : [type];
		const given = words(text);
		const last = given.at(-1);
		if (!last) {
			const popular = await this.rows<Completion>(
				'SELECT key, label AS name, type FROM completions WHERE type = ANY($1) ORDER BY type, weight DESC, key LIMIT $2 * 2',
				[types, limit],
			);
			// Names before topics, each kind heaviest first, as the in-memory engine offers them.
			return types.flatMap((t) => popular.filter((c) => c.type === t)).slice(0, limit);
		}
		const prefix =
			last.length === 1
				? 'SELECT type, key, word, weight FROM completion_words WHERE type = ANY($1) AND p1 = $2 ORDER BY weight DESC LIMIT $3'
				: last.length === 2
					? 'SELECT type, key, word, weight FROM completion_words WHERE type = ANY($1) AND p2 = $2 ORDER BY weight DESC LIMIT $3'
					: 'SELECT type, key, word, weight FROM completion_words WHERE type = ANY($1) ' +
						"AND word LIKE replace(replace(replace($2, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' LIMIT $3";
		const hits = await this.rows<{ type: NameType; key: string; weight: number }>(prefix, [types, last, last.length > 2 ? PREFIX_CAP : SHORT_CAP]);
		const scored = new Map<string, { type: NameType; key: string; score: number }>();
		const offer = (type: NameType, key: string, score: number) => {
			const id = `${type}\u0000${key}`;
			if ((scored.get(id)?.score ?? -Infinity) < score) scored.set(id, { type, key, score });
		};
		// A prefix match outranks any typo match; within each, the most written about first.
		for (const h of hits) offer(h.type, h.key, 1e12 + h.weight);
		const others = given.slice(0, -1);
		// Prefix matches of a one-word text that fill the list leave no place a typo match could take.
		if (last.length >= 4 && (others.length > 0 || scored.size < limit)) {
			const typos = await this.rows<{ type: NameType; key: string; weight: number; similarity: number }>(
				`SELECT type, key, weight, similarity(word, $2) AS similarity FROM completion_words WHERE type = ANY($1) AND word % $2
				ORDER BY similarity DESC, weight DESC LIMIT ${TYPO_CAP}`,
				[types, last],
			);
			for (const t of typos) offer(t.type, t.key, t.similarity * 1e9 + t.weight);
		}
		const ranked = [...scored.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
		const labels = await this.labels(ranked.slice(0, others.length ? PREFIX_CAP : limit));
		const out: Completion[] = [];
		for (const c of ranked) {
			const name = labels.get(`${c.type}\u0000${c.key}`);
			if (name === undefined) continue;
			// Every other word typed must start a word of the label: "new era" is the article about a new era.
			if (others.length && !others.every((o) => words(name).some((w) => w.startsWith(o)))) continue;
			out.push({ key: c.key, name, type: c.type });
			if (out.length >= limit) break;
		}
		return out;
	}

	private async labels(candidates: readonly { type: NameType; key: string }[]): Promise<Map<string, string>> {
		if (!candidates.length) return new Map();
		const rows = await this.rows<{ type: string; key: string; label: string }>(
			'SELECT c.type, c.key, c.label FROM completions c JOIN unnest($1::text[], $2::text[]) AS w (type, key) ON c.type = w.type AND c.key = w.key',
			[candidates.map((c) => c.type), candidates.map((c) => c.key)],
		);
		return new Map(rows.map((r) => [`${r.type}\u0000${r.key}`, r.label]));
	}

	async figuresIn(sentence: Sentence): Promise<readonly Figure[]> {
		const rows = await this.rows<{ record: unknown }>(
			'SELECT f.record FROM figures f JOIN articles a ON a.n = f.article WHERE a.id = $1 AND f.sentence_start = $2 ORDER BY f.seq',
			[sentence.span.article, sentence.span.start],
		);
		return rows.map(readFigure);
	}

	async sentenceAt(article: string, offset: number): Promise<Sentence | undefined> {
		const [row] = await this.rows<{ record: unknown }>(
			'SELECT s.record FROM sentences s JOIN articles a ON a.n = s.article WHERE a.id = $1 AND s.start <= $2 ORDER BY s.start DESC LIMIT 1',
			[article, offset],
		);
		const s = row ? readSentence(row) : undefined;
		return s && offset < s.span.end ? s : undefined;
	}

	async firstNaming(article: string, name: string): Promise<Sentence | undefined> {
		for (let after = -1; ; ) {
			const rows = await this.rows<{ record: unknown }>(
				`SELECT s.record FROM sentences s JOIN articles a ON a.n = s.article WHERE a.id = $1 AND s.start > $2 ORDER BY s.start LIMIT ${NAMING_PAGE}`,
				[article, after],
			);
			const page = rows.map(readSentence);
			const found = page.find((s) => names(s, name));
			if (found || page.length < NAMING_PAGE) return found;
			after = page.at(-1)!.span.start;
		}
	}

	async close(): Promise<void> {
		await this.pool.end();
	}
}
