import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Article, Entity, Facts, Figure, Meeting, Quote, Sentence, Span, Statement } from '../../facts/schema.js';
import { normalize, words } from '../../text/normalize.js';

// Writes to the PostgreSQL engine, one article per transaction. An article's rows go and come with it; the names it
// holds are merged records (the extractor decides across articles whom "Lavrov" stands for), so an article is written
// again whenever what it contributes changes, its names' merged records included. Writers take one advisory lock, so
// several ingest processes never interleave; readers never wait (each transaction sees whole articles only).

/** Everything one article contributes to the archive. */
export interface ArticleBundle {
	article: Article;
	/** The merged records of the names the article mentions or gives a role, without their spans. */
	entities: Omit<Entity, 'mentions' | 'roles'>[];
	mentions: { key: string; span: Span }[];
	roles: { key: string; span: Span }[];
	sentences: Sentence[];
	quotes: Quote[];
	statements: Statement[];
	figures: Figure[];
	meetings: Meeting[];
}

/** Lock key shared by every writer of a Factdesk database. */
export const WRITE_LOCK = 0x66616374;

/** Splits merged facts into what each article contributes, in the facts' order. */
export function bundlesOf(facts: Facts): ArticleBundle[] {
	const bundles = new Map<string, ArticleBundle>();
	for (const article of facts.articles) bundles.set(article.id, { article, entities: [], mentions: [], roles: [], sentences: [], quotes: [], statements: [], figures: [], meetings: [] });
	const of = (span: Span) => bundles.get(span.article);
	for (const entity of facts.entities) {
		const record = { key: entity.key, name: entity.name, kind: entity.kind, aliases: entity.aliases };
		const holders = new Set<string>();
		for (const span of entity.mentions) {
			of(span)?.mentions.push({ key: entity.key, span });
			holders.add(span.article);
		}
		for (const span of entity.roles) {
			of(span)?.roles.push({ key: entity.key, span });
			holders.add(span.article);
		}
		for (const id of holders) bundles.get(id)?.entities.push(record);
	}
	for (const s of facts.sentences) of(s.span)?.sentences.push(s);
	for (const q of facts.quotes) of(q.span)?.quotes.push(q);
	for (const s of facts.statements) of(s.span)?.statements.push(s);
	for (const f of facts.figures) of(f.span)?.figures.push(f);
	for (const m of facts.meetings) of(m.span)?.meetings.push(m);
	return [...bundles.values()];
}

export const fingerprintOf = (bundle: ArticleBundle): string => createHash('sha256').update(JSON.stringify(bundle)).digest('hex');

/** The newest article first in every list; an undated one last. */
const dateOf = (published: string | null) => published ?? '';
/** Articles complete newest first: the date as a number of days. */
const articleWeight = (published: string | null) => (published ? Date.parse(`${published}T00:00:00Z`) / 86_400_000 : 0);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The words of a label as the completion index keeps them, with their one- and two-letter prefixes. */
export const completionWords = (label: string) => [...new Set(words(label))].map((word) => ({ word, p1: word.slice(0, 1), p2: word.slice(0, 2) }));

/** Runs `work` in one transaction holding the writers' lock. */
export async function inWriteTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
	await client.query('BEGIN');
	try {
		await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
		const result = await work();
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	}
}

/** Entity keys the rows of article `n` name, so that their counts and records can be brought up to date. */
async function keysOfArticle(client: PoolClient, n: string): Promise<{ keys: string[]; topics: string[] }> {
	const keys = await client.query<{ key: string }>('SELECT DISTINCT key FROM entity_spans WHERE article = $1', [n]);
	const topics = await client.query<{ topic: string }>('SELECT DISTINCT t.topic FROM sentence_topics t JOIN sentences s ON s.n = t.sentence WHERE s.article = $1', [n]);
	return { keys: keys.rows.map((r) => r.key), topics: topics.rows.map((r) => r.topic) };
}

/** Deletes an article and its rows (inside a write transaction); says which names and topics it touched. */
export async function deleteArticle(client: PoolClient, id: string): Promise<{ keys: string[]; topics: string[] }> {
	const row = await client.query<{ n: string }>('SELECT n FROM articles WHERE id = $1', [id]);
	const n = row.rows[0]?.n;
	if (n === undefined) return { keys: [], topics: [] };
	const touched = await keysOfArticle(client, n);
	await client.query("DELETE FROM completions WHERE type = 'article' AND key = $1", [id]);
	await client.query('DELETE FROM articles WHERE n = $1', [n]);
	return touched;
}

/** Inserts many rows of one table in one statement: each column is sent as an array and unnested. */
async function insertRows(client: PoolClient, table: string, columns: readonly [name: string, type: string][], rows: readonly unknown[][]): Promise<void> {
	if (!rows.length) return;
	const arrays = columns.map((_, i) => rows.map((r) => r[i]));
	const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
	await client.query(`INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')}) SELECT * FROM unnest(${unnest})`, arrays);
}

/** Writes an article's rows (inside a write transaction, after any older version was deleted). */
export async function insertArticle(client: PoolClient, bundle: ArticleBundle, fingerprint: string): Promise<{ keys: string[]; topics: string[] }> {
	const { article } = bundle;
	const published = dateOf(article.published);
	const inserted = await client.query<{ n: string }>(
		'INSERT INTO articles (id, fingerprint, published, title, title_key, record) VALUES ($1, $2, $3, $4, $5, $6) RETURNING n',
		[article.id, fingerprint, published, article.title, normalize(article.title), article],
	);
	const n = inserted.rows[0]!.n;

	for (const entity of bundle.entities) {
		await client.query('INSERT INTO entities (key, name, kind, aliases) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases', [
			entity.key, entity.name, entity.kind, JSON.stringify(entity.aliases),
		]);
		await client.query('DELETE FROM entity_aliases WHERE key = $1', [entity.key]);
		await client.query('DELETE FROM entity_words WHERE key = $1', [entity.key]);
		const aliases = [...new Set([entity.name, ...entity.aliases].map(normalize))];
		await insertRows(client, 'entity_aliases', [['alias', 'text'], ['key', 'text']], aliases.map((a) => [a, entity.key]));
		await insertRows(client, 'entity_words', [['word', 'text'], ['key', 'text'], ['person', 'boolean']], [...new Set(words(entity.name))].map((w) => [w, entity.key, entity.kind === 'person']));
	}
	const spans = [...bundle.mentions.map((m, seq) => [n, m.key, false, seq, JSON.stringify(m.span)]), ...bundle.roles.map((r, seq) => [n, r.key, true, seq, JSON.stringify(r.span)])];
	await insertRows(client, 'entity_spans', [['article', 'bigint'], ['key', 'text'], ['role', 'boolean'], ['seq', 'integer'], ['span', 'jsonb']], spans);

	const figureStarts = new Set(bundle.figures.map((f) => f.measure.start));
	const hasFigure = (s: Sentence) => figureStarts.has(s.span.start);
	const sentenceRows = await client.query<{ n: string; start: number }>(
		`INSERT INTO sentences (article, start, published, has_figure, record, search)
		SELECT $1, s.start, $2, s.has_figure, s.record, to_tsvector('english', s.text) FROM unnest($3::integer[], $4::boolean[], $5::jsonb[], $6::text[]) AS s (start, has_figure, record, text)
		RETURNING n, start`,
		[n, published, bundle.sentences.map((s) => s.span.start), bundle.sentences.map(hasFigure), bundle.sentences.map((s) => JSON.stringify(s)), bundle.sentences.map((s) => normalize(s.span.text))],
	);
	const sentenceAt = new Map(sentenceRows.rows.map((r) => [r.start, r.n]));
	await insertRows(
		client,
		'sentence_topics',
		[['topic', 'text'], ['has_figure', 'boolean'], ['published', 'text'], ['sentence', 'bigint']],
		bundle.sentences.flatMap((s) => [...new Set(s.topics)].map((t) => [t, hasFigure(s), published, sentenceAt.get(s.span.start)])),
	);
	await insertRows(
		client,
		'quotes',
		[['article', 'bigint'], ['seq', 'integer'], ['published', 'text'], ['speaker', 'text'], ['topics', 'jsonb'], ['text', 'text'], ['record', 'jsonb']],
		bundle.quotes.map((q, seq) => [n, seq, published, q.speaker, JSON.stringify(q.topics), q.span.text.toLowerCase(), JSON.stringify(q)]),
	);
	const echoes = (s: Statement) => bundle.quotes.some((q) => q.speaker === s.speaker && overlaps(q.span, s.span));
	await insertRows(
		client,
		'statements',
		[['article', 'bigint'], ['seq', 'integer'], ['published', 'text'], ['speaker', 'text'], ['echo', 'boolean'], ['topics', 'jsonb'], ['text', 'text'], ['record', 'jsonb']],
		bundle.statements.map((s, seq) => [n, seq, published, s.speaker, echoes(s), JSON.stringify(s.topics), s.span.text.toLowerCase(), JSON.stringify(s)]),
	);
	await insertRows(
		client,
		'figures',
		[['article', 'bigint'], ['seq', 'integer'], ['published', 'text'], ['sentence_start', 'integer'], ['record', 'jsonb']],
		bundle.figures.map((f, seq) => [n, seq, published, f.measure.start, JSON.stringify(f)]),
	);
	await insertRows(
		client,
		'figure_topics',
		[['topic', 'text'], ['published', 'text'], ['article', 'bigint'], ['seq', 'integer']],
		bundle.figures.flatMap((f, seq) => [...new Set(f.topics)].map((t) => [t, published, n, seq])),
	);
	await insertRows(
		client,
		'meetings',
		[['article', 'bigint'], ['seq', 'integer'], ['date', 'text'], ['published', 'text'], ['record', 'jsonb']],
		bundle.meetings.map((m, seq) => [n, seq, m.date?.start ?? '', published, JSON.stringify(m)]),
	);
	await insertRows(
		client,
		'meeting_parties',
		[['article', 'bigint'], ['seq', 'integer'], ['key', 'text']],
		bundle.meetings.flatMap((m, seq) => [...new Set(m.participants)].map((k) => [n, seq, k])),
	);

	const weight = articleWeight(article.published);
	await client.query("INSERT INTO completions (type, key, label, weight) VALUES ('article', $1, $2, $3)", [article.id, article.title, weight]);
	await insertRows(
		client,
		'completion_words',
		[['type', 'text'], ['key', 'text'], ['word', 'text'], ['p1', 'text'], ['p2', 'text'], ['weight', 'float8']],
		completionWords(`${article.title} ${article.id}`).map((w) => ['article', article.id, w.word, w.p1, w.p2, weight]),
	);
	return { keys: [...new Set(spans.map((s) => s[1] as string))], topics: [...new Set(bundle.sentences.flatMap((s) => s.topics))] };
}

/**
 * Brings the counts and completions of the names and topics an article's write touched up to date, and drops the names
 * no article holds any more. Each is counted through its own index range, never by reading the archive.
 */
export async function refreshNames(client: PoolClient, keys: readonly string[], topics: readonly string[]): Promise<void> {
	if (keys.length) {
		await client.query('DELETE FROM entities e WHERE e.key = ANY($1) AND NOT EXISTS (SELECT 1 FROM entity_spans s WHERE s.key = e.key)', [keys]);
		await client.query("DELETE FROM completions c WHERE c.type = 'entity' AND c.key = ANY($1) AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.key = c.key)", [keys]);
		const counted = await client.query<{ key: string; name: string; aliases: string[]; mentions: number }>(
			`UPDATE entities e SET mentions = (SELECT count(*) FROM entity_spans s WHERE s.key = e.key AND NOT s.role)
			WHERE e.key = ANY($1) RETURNING e.key, e.name, e.aliases, e.mentions`,
			[keys],
		);
		for (const e of counted.rows) {
			await client.query(
				"INSERT INTO completions (type, key, label, weight) VALUES ('entity', $1, $2, $3) ON CONFLICT (type, key) DO UPDATE SET label = excluded.label, weight = excluded.weight",
				[e.key, e.name, e.mentions],
			);
			await client.query("DELETE FROM completion_words WHERE type = 'entity' AND key = $1", [e.key]);
			await insertRows(
				client,
				'completion_words',
				[['type', 'text'], ['key', 'text'], ['word', 'text'], ['p1', 'text'], ['p2', 'text'], ['weight', 'float8']],
				completionWords([e.name, ...e.aliases].join(' ')).map((w) => ['entity', e.key, w.word, w.p1, w.p2, e.mentions]),
			);
		}
	}
	for (const topic of topics) {
		await client.query("UPDATE completions SET weight = (SELECT count(*) FROM sentence_topics WHERE topic = $1) WHERE type = 'topic' AND key = $1", [topic]);
		await client.query("UPDATE completion_words SET weight = (SELECT count(*) FROM sentence_topics WHERE topic = $1) WHERE type = 'topic' AND key = $1", [topic]);
	}
}

/** Registers topic names (idempotent), so that a topic no article mentions yet is still a topic. */
export async function ensureTopics(client: PoolClient, names: readonly string[]): Promise<void> {
	const missing = await client.query<{ name: string }>('SELECT name FROM unnest($1::text[]) AS t (name) WHERE NOT EXISTS (SELECT 1 FROM topics WHERE topics.name = t.name)', [names]);
	for (const { name } of missing.rows) {
		await client.query('INSERT INTO topics (name) VALUES ($1) ON CONFLICT DO NOTHING', [name]);
		await client.query("INSERT INTO completions (type, key, label, weight) VALUES ('topic', $1, $1, 0) ON CONFLICT DO NOTHING", [name]);
		await insertRows(
			client,
			'completion_words',
			[['type', 'text'], ['key', 'text'], ['word', 'text'], ['p1', 'text'], ['p2', 'text'], ['weight', 'float8']],
			completionWords(name).map((w) => ['topic', name, w.word, w.p1, w.p2, 0]),
		);
	}
}
