import type { PoolClient } from 'pg';
import { type ArticleName, entityKey, foldEntity, fullNamesOf, isBareSurname, linkingSurname } from '../../extract/build.js';
import { eventGroup, linkEvents } from '../../extract/events/across.js';
import { TOPIC_WORDS } from '../../extract/topics.js';
import { articleSchema, figureSchema, meetingSchema, quoteSchema, sentenceSchema, statementSchema } from '../../facts/schema.js';
import { normalize, slug, words } from '../../text/normalize.js';
import { type ArticleChanges, type StoredFile, summariseEntity } from '../contract.js';
import type { ExtractedArticle } from '../extract.js';
import { completionWords } from '../text-search.js';

// Writes to the PostgreSQL engine, step for step as the embedded engine writes (src/store/sqlite/write.ts): changing
// one article deletes its rows and inserts the new ones, then redoes only the merges it touches (the bare surnames it
// names or whose full name it adds or removes, the entities those names fold into, the events its meetings may tell).
// A change is one transaction holding the writers' lock: several ingest processes never interleave, and the bots
// reading meanwhile see the archive before or after it, never half an article.

/** Lock key shared by every writer of a Factdesk database. */
const WRITE_LOCK = 0x66616374;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
/** The newest article first in every list; an undated one last. */
const dateOf = (published: string | null) => published ?? '';
/** Articles complete newest first: the date as a number of days. */
const articleWeight = (published: string | null) => (published ? Date.parse(`${published}T00:00:00Z`) / 86_400_000 : 0);

/** Runs `work` in one transaction that holds the writers' lock. */
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

/** Inserts many rows of one table in one statement: each column is sent as an array and unnested. */
async function insertRows(
	client: PoolClient,
	table: string,
	columns: readonly (readonly [name: string, type: string])[],
	rows: readonly unknown[][],
): Promise<void> {
	if (!rows.length) return;
	const arrays = columns.map((_, i) => rows.map((r) => r[i]));
	const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
	await client.query(`INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')}) SELECT * FROM unnest(${unnest})`, arrays);
}

export async function storedFiles(client: PoolClient): Promise<Map<string, StoredFile>> {
	const { rows } = await client.query<{ file: string; id: string; size: string; mtime: number; fingerprint: string }>(
		'SELECT file, id, size, mtime, fingerprint FROM articles',
	);
	return new Map(rows.map((r) => [r.file, { file: r.file, id: r.id, size: Number(r.size), mtime: r.mtime, fingerprint: r.fingerprint }]));
}

export async function touchFiles(client: PoolClient, files: readonly StoredFile[]): Promise<void> {
	await client.query(
		'UPDATE articles a SET size = f.size, mtime = f.mtime FROM unnest($1::text[], ' +
			'$2::bigint[], $3::float8[]) AS f (file, size, mtime) WHERE a.file = f.file',
		[files.map((f) => f.file), files.map((f) => f.size), files.map((f) => f.mtime)],
	);
}

/** Registers every topic (idempotent), so that a topic no article mentions yet is still a topic. */
export async function ensureTopics(client: PoolClient): Promise<void> {
	const topics = Object.keys(TOPIC_WORDS);
	await client.query('INSERT INTO topic_counts (topic, sentences, figures) SELECT t, 0, 0 FROM unnest($1::text[]) AS t ON CONFLICT DO NOTHING', [topics]);
	await client.query("INSERT INTO completions (type, key, label, weight) SELECT 'topic', t, t, 0 FROM unnest($1::text[]) AS t ON CONFLICT DO NOTHING", [
		topics,
	]);
	const rows = topics.flatMap((t) => completionWords(t).map((w) => ['topic', w.word, w.p1, w.p2, 0, t]));
	await client.query(
		'INSERT INTO completion_words (type, word, p1, p2, weight, key) ' +
			'SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[]) ON CONFLICT DO NOTHING',
		[0, 1, 2, 3, 4, 5].map((i) => rows.map((r) => r[i])),
	);
}

export async function applyChanges(client: PoolClient, changes: ArticleChanges): Promise<void> {
	await inWriteTransaction(client, () => new Writer(client).apply(changes));
}

const COMPLETION_WORD = [['type', 'text'], ['word', 'text'], ['p1', 'text'], ['p2', 'text'], ['weight', 'float8'], ['key', 'text']] as const;

class Writer {
	private readonly touchedKeys = new Set<string>();
	/** Surnames whose people named in full changed, and bare surnames newly written: their keys are decided again. */
	private readonly surnames = new Set<string>();
	/** Event groups whose reports changed: which reports tell one event is decided again within each. */
	private readonly eventGroups = new Set<string>();
	private readonly topicDelta = new Map<string, { sentences: number; figures: number }>();
	private readonly totalDelta = new Map<string, number>();

	constructor(private readonly client: PoolClient) {}

	private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
		return (await this.client.query(sql, params)).rows as T[];
	}

	private async run(sql: string, params: unknown[]): Promise<void> {
		await this.client.query(sql, params);
	}

	async apply(changes: ArticleChanges): Promise<void> {
		const replaced = new Set(changes.put.map((p) => p.stored.file));
		for (const file of new Set([...changes.remove, ...replaced])) await this.remove(file);
		const added: { n: string; article: ExtractedArticle }[] = [];
		for (const { stored, article } of changes.put) added.push({ n: await this.insertArticle(stored, article), article });
		await this.decideSurnames();
		for (const { n, article } of added) await this.insertItems(n, article);
		await this.refoldEntities();
		await this.relinkEvents();
		await this.updateCounts();
	}

	private delta(topic: string, sentences: number, figures: number) {
		const d = this.topicDelta.get(topic) ?? { sentences: 0, figures: 0 };
		this.topicDelta.set(topic, { sentences: d.sentences + sentences, figures: d.figures + figures });
	}

	private addTotal(name: string, n: number) {
		this.totalDelta.set(name, (this.totalDelta.get(name) ?? 0) + n);
	}

	private async remove(file: string): Promise<void> {
		const [row] = await this.rows<{ n: string; id: string }>('SELECT n, id FROM articles WHERE file = $1', [file]);
		if (!row) return;
		for (const name of await this.rows<{ key: string; surname: string | null }>('SELECT key, surname FROM names WHERE article = $1', [row.n])) {
			this.touchedKeys.add(name.key);
			if (name.surname) this.surnames.add(name.surname);
		}
		const groups = await this.rows<{ event_group: string }>('SELECT DISTINCT event_group FROM meetings WHERE article = $1', [row.n]);
		for (const g of groups) this.eventGroups.add(g.event_group);
		const sentenceTopics =
			'SELECT t.topic, count(*)::int AS n FROM sentence_topics t JOIN sentences s ON s.n = t.sentence WHERE s.article = $1 GROUP BY t.topic';
		for (const t of await this.rows<{ topic: string; n: number }>(sentenceTopics, [row.n])) this.delta(t.topic, -t.n, 0);
		const topics = await this.rows<{ topic: string; n: number }>(
			'SELECT topic, count(*)::int AS n FROM figure_topics WHERE article = $1 GROUP BY topic',
			[row.n],
		);
		for (const t of topics) this.delta(t.topic, 0, -t.n);
		const [counts] = await this.rows<{ figures: number; meetings: number; dated: number }>(
			`SELECT (SELECT count(*)::int FROM figures WHERE article = $1) AS figures, (SELECT count(*)::int FROM meetings WHERE article = $1) AS meetings,
			(SELECT count(*)::int FROM meetings WHERE article = $1 AND date <> '') AS dated`,
			[row.n],
		);
		this.addTotal('articles', -1);
		this.addTotal('figures', -counts!.figures);
		this.addTotal('meetings', -counts!.meetings);
		this.addTotal('dated meetings', -counts!.dated);
		await this.run("DELETE FROM completions WHERE type = 'article' AND key = $1", [row.id]);
		await this.run("DELETE FROM completion_words WHERE type = 'article' AND key = $1", [row.id]);
		await this.run('DELETE FROM articles WHERE n = $1', [row.n]);
	}

	private async insertArticle(stored: StoredFile, { facts, names }: ExtractedArticle): Promise<string> {
		const article = articleSchema.parse(facts.article);
		const [row] = await this.rows<{ n: string }>(
			'INSERT INTO articles (id, file, size, mtime, fingerprint, published, title, ' +
				'title_key, record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING n',
			[
				article.id,
				stored.file,
				stored.size,
				stored.mtime,
				stored.fingerprint,
				dateOf(article.published),
				article.title,
				normalize(article.title),
				article,
			],
		);
		const n = row!.n;
		for (const name of names) {
			const surname = linkingSurname(name);
			if (surname) this.surnames.add(surname);
			if (isBareSurname(name)) this.surnames.add(name.name);
		}
		// A bare surname's key is decided with the rest of the batch, in decideSurnames.
		await insertRows(
			this.client,
			'names',
			[
				['article', 'bigint'], ['seq', 'integer'], ['name', 'text'], ['kind', 'text'], ['surname', 'text'], ['bare', 'text'], ['key', 'text'],
				['record', 'jsonb'],
			],
			names.map((name, seq) => [
				n, seq, name.name, name.kind, linkingSurname(name), isBareSurname(name) ? name.name : null, slug(name.name), JSON.stringify(name),
			]),
		);
		const weight = articleWeight(article.published);
		await this.run("INSERT INTO completions (type, key, label, weight) VALUES ('article', $1, $2, $3)", [article.id, article.title, weight]);
		const articleWords = completionWords(`${article.title} ${article.id}`).map((w) => ['article', w.word, w.p1, w.p2, weight, article.id]);
		await insertRows(this.client, 'completion_words', COMPLETION_WORD, articleWords);
		this.addTotal('articles', 1);
		return n;
	}

	/**
	 * Decides again whom each affected bare surname stands for, across the whole archive: the one person named in full
	 * with it, or nobody in particular. Items already stored under the old key follow the new one.
	 */
	private async decideSurnames(): Promise<void> {
		for (const surname of this.surnames) {
			const aliases = "SELECT key, record->'aliases' AS aliases, COUNT(*)::int AS articles FROM names WHERE surname = $1 GROUP BY key, record->'aliases'";
			const full = fullNamesOf(await this.rows<{ key: string; aliases: string[]; articles: number }>(aliases, [surname]));
			type BareRow = { article: string; name: string; key: string; record: ArticleName };
			const bare = await this.rows<BareRow>('SELECT article, name, key, record FROM names WHERE bare = $1', [surname]);
			for (const row of bare) {
				const key = entityKey(row.record, () => full);
				if (row.key === key) continue;
				this.touchedKeys.add(row.key);
				this.touchedKeys.add(key);
				await this.run('UPDATE names SET key = $1 WHERE article = $2 AND name = $3', [key, row.article, row.name]);
				await this.rekeyItems(row.article, row.name, key);
			}
		}
	}

	/** Moves an existing article's items from one local name to its new key. */
	private async rekeyItems(article: string, name: string, key: string): Promise<void> {
		const speaker = { speaker: key };
		const params = [key, JSON.stringify(speaker), article, name];
		await this.run('UPDATE quotes SET speaker = $1, record = record || $2::jsonb WHERE article = $3 AND speaker_name = $4', params);
		await this.run('UPDATE statements SET speaker = $1, record = record || $2::jsonb WHERE article = $3 AND speaker_name = $4', params);
		const meetings = await this.rows<{ seq: number }>('SELECT DISTINCT seq FROM meeting_parties WHERE article = $1 AND name = $2', [article, name]);
		await this.run('UPDATE meeting_parties SET key = $1 WHERE article = $2 AND name = $3', [key, article, name]);
		for (const { seq } of meetings) {
			const [row] = await this.rows<{ record: unknown }>('SELECT record FROM meetings WHERE article = $1 AND seq = $2', [article, seq]);
			const before = meetingSchema.parse(row!.record);
			const parties = await this.rows<{ key: string }>('SELECT key FROM meeting_parties WHERE article = $1 AND seq = $2 ORDER BY place', [article, seq]);
			const after = { ...before, participants: parties.map((p) => p.key) };
			this.eventGroups.add(eventGroup(before));
			this.eventGroups.add(eventGroup(after));
			await this.run('UPDATE meetings SET event_group = $1, record = $2 WHERE article = $3 AND seq = $4', [eventGroup(after), after, article, seq]);
		}
		await this.markEchoes(article);
	}

	/** A statement that holds a quotation by its own speaker: an answer with the quotation leaves it out. */
	private async markEchoes(article: string): Promise<void> {
		await this.run(
			`UPDATE statements s SET echo = EXISTS (
				SELECT 1 FROM quotes q WHERE q.article = s.article AND q.speaker = s.speaker
				AND (q.record->'span'->>'start')::int < (s.record->'span'->>'end')::int AND (s.record->'span'->>'start')::int < (q.record->'span'->>'end')::int)
			WHERE s.article = $1`,
			[article],
		);
	}

	private async insertItems(n: string, { facts }: ExtractedArticle): Promise<void> {
		const keys = new Map(
			(await this.rows<{ name: string; key: string }>('SELECT name, key FROM names WHERE article = $1', [n])).map((r) => [r.name, r.key]),
		);
		const keyOf = (name: string) => keys.get(name) ?? slug(name);
		for (const key of keys.values()) this.touchedKeys.add(key);
		const published = dateOf(facts.article.published);
		const figureSentences = new Set(facts.figures.map((f) => f.measure.start));

		const sentences = facts.sentences.map((s) => sentenceSchema.parse(s));
		const hasFigure = (s: { span: { start: number } }) => figureSentences.has(s.span.start);
		const inserted = await this.rows<{ n: string; start: number }>(
			`INSERT INTO sentences (article, start, published, has_figure, record, search)
			SELECT $1, s.start, $2, s.has_figure, s.record, to_tsvector('english', s.text)
			FROM unnest($3::integer[], $4::boolean[], $5::jsonb[], $6::text[]) AS s (start, has_figure, record, text)
			RETURNING n, start`,
			[
				n,
				published,
				sentences.map((s) => s.span.start),
				sentences.map(hasFigure),
				sentences.map((s) => JSON.stringify(s)),
				sentences.map((s) => normalize(s.span.text)),
			],
		);
		const sentenceAt = new Map(inserted.map((r) => [r.start, r.n]));
		const sentenceTopics = sentences.flatMap((s) => [...new Set(s.topics)].map((t) => [t, hasFigure(s), published, sentenceAt.get(s.span.start)]));
		for (const [topic] of sentenceTopics) this.delta(topic as string, 1, 0);
		await insertRows(
			this.client,
			'sentence_topics',
			[['topic', 'text'], ['has_figure', 'boolean'], ['published', 'text'], ['sentence', 'bigint']],
			sentenceTopics,
		);

		const quotes = facts.quotes.map((q) => quoteSchema.parse({ ...q, speaker: q.speaker === null ? null : keyOf(q.speaker) }));
		await insertRows(
			this.client,
			'quotes',
			[
				['article', 'bigint'], ['seq', 'integer'], ['published', 'text'], ['speaker_name', 'text'], ['speaker', 'text'], ['topics', 'jsonb'],
				['text', 'text'], ['record', 'jsonb'],
			],
			quotes.map((q, seq) => {
				const text = q.span.text.toLowerCase();
				return [n, seq, published, facts.quotes[seq]!.speaker, q.speaker, JSON.stringify(q.topics), text, JSON.stringify(q)];
			}),
		);
		const statements = facts.statements.map((raw) => statementSchema.parse({ ...raw, speaker: keyOf(raw.speaker) }));
		await insertRows(
			this.client,
			'statements',
			[
				['article', 'bigint'], ['seq', 'integer'], ['published', 'text'], ['speaker_name', 'text'], ['speaker', 'text'], ['echo', 'boolean'],
				['topics', 'jsonb'], ['text', 'text'], ['record', 'jsonb'],
			],
			statements.map((s, seq) => [
				n, seq, published, facts.statements[seq]!.speaker, s.speaker, quotes.some((q) => q.speaker === s.speaker && overlaps(q.span, s.span)),
				JSON.stringify(s.topics), s.span.text.toLowerCase(), JSON.stringify(s),
			]),
		);
		const meetings = facts.meetings.map((raw) => meetingSchema.parse({ ...raw, participants: raw.participants.map(keyOf) }));
		for (const m of meetings) {
			this.eventGroups.add(eventGroup(m));
			this.addTotal('meetings', 1);
			if (m.date) this.addTotal('dated meetings', 1);
		}
		await insertRows(
			this.client,
			'meetings',
			[
				['article', 'bigint'], ['seq', 'integer'], ['date', 'text'], ['published', 'text'], ['event_group', 'text'], ['kind', 'text'],
				['record', 'jsonb'],
			],
			meetings.map((m, seq) => [n, seq, m.date?.start ?? '', published, eventGroup(m), m.kind, JSON.stringify(m)]),
		);
		await insertRows(
			this.client,
			'meeting_parties',
			[['article', 'bigint'], ['seq', 'integer'], ['place', 'integer'], ['name', 'text'], ['key', 'text'], ['date', 'text']],
			facts.meetings.flatMap((raw, seq) =>
				raw.participants.map((name, place) => [n, seq, place, name, meetings[seq]!.participants[place], meetings[seq]!.date?.start ?? '']),
			),
		);
		const figures = facts.figures.map((f) => figureSchema.parse(f));
		await insertRows(
			this.client,
			'figures',
			[['article', 'bigint'], ['seq', 'integer'], ['published', 'text'], ['sentence_start', 'integer'], ['record', 'jsonb']],
			figures.map((f, seq) => [n, seq, published, f.measure.start, JSON.stringify(f)]),
		);
		const figureTopics = figures.flatMap((f, seq) => [...new Set(f.topics)].map((t) => [t, published, n, seq]));
		for (const [topic] of figureTopics) this.delta(topic as string, 0, 1);
		await insertRows(this.client, 'figure_topics', [['topic', 'text'], ['published', 'text'], ['article', 'bigint'], ['seq', 'integer']], figureTopics);
		this.addTotal('figures', figures.length);
	}

	/** Folds again every entity whose names changed; one that no article names any more goes. */
	private async refoldEntities(): Promise<void> {
		for (const key of this.touchedKeys) {
			await this.run('DELETE FROM entity_aliases WHERE key = $1', [key]);
			await this.run('DELETE FROM entity_words WHERE key = $1', [key]);
			await this.run("DELETE FROM completion_words WHERE type = 'entity' AND key = $1", [key]);
			const names = await this.rows<{ record: ArticleName }>(
				'SELECT n.record FROM names n JOIN articles a ON a.n = n.article WHERE n.key = $1 ORDER BY a.file, n.seq',
				[key],
			);
			const entity = key ? foldEntity(key, names.map((r) => r.record)) : undefined;
			if (!entity) {
				await this.run('DELETE FROM entities WHERE key = $1', [key]);
				await this.run("DELETE FROM completions WHERE type = 'entity' AND key = $1", [key]);
				continue;
			}
			const summary = summariseEntity(entity);
			await this.run(
				'INSERT INTO entities (key, kind, mentions, record) VALUES ($1, $2, $3, $4) ' +
					'ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, mentions = excluded.mentions, record = excluded.record',
				[key, entity.kind, summary.mentions, summary],
			);
			const aliases = [...new Set([entity.name, ...entity.aliases].map(normalize))];
			await insertRows(this.client, 'entity_aliases', [['alias', 'text'], ['key', 'text']], aliases.map((a) => [a, key]));
			await insertRows(this.client, 'entity_words', [['word', 'text'], ['key', 'text']], [...new Set(words(entity.name))].map((w) => [w, key]));
			await this.run(
				"INSERT INTO completions (type, key, label, weight) VALUES ('entity', $1, $2, $3) " +
					'ON CONFLICT (type, key) DO UPDATE SET label = excluded.label, weight = excluded.weight',
				[key, entity.name, summary.mentions],
			);
			const labelWords = new Map([entity.name, ...entity.aliases].flatMap((label) => completionWords(label)).map((w) => [w.word, w]));
			const entityWords = [...labelWords.values()].map((w) => ['entity', w.word, w.p1, w.p2, summary.mentions, key]);
			await insertRows(this.client, 'completion_words', COMPLETION_WORD, entityWords);
		}
	}

	/** Links again the reports of each touched group, in article order, as a build from nothing links them. */
	private async relinkEvents(): Promise<void> {
		for (const group of this.eventGroups) {
			const rows = await this.rows<{ article: string; seq: number; published: string; record: unknown }>(
				'SELECT m.article, m.seq, m.published, m.record FROM meetings m JOIN articles ' +
					'a ON a.n = m.article WHERE m.event_group = $1 ORDER BY a.file, m.seq',
				[group],
			);
			const reports = rows.map((r) => meetingSchema.parse(r.record));
			const before = reports.map((m) => m.event);
			const published = new Map(rows.map((r, i) => [reports[i]!.span.article, r.published || null]));
			linkEvents(reports, (article) => published.get(article) ?? null);
			for (const [i, m] of reports.entries()) {
				if (m.event !== before[i])
					await this.run('UPDATE meetings SET record = $1 WHERE article = $2 AND seq = $3', [m, rows[i]!.article, rows[i]!.seq]);
			}
		}
	}

	private async updateCounts(): Promise<void> {
		for (const [topic, d] of this.topicDelta) {
			await this.run('UPDATE topic_counts SET sentences = sentences + $1, figures = figures + $2 WHERE topic = $3', [d.sentences, d.figures, topic]);
		}
		for (const [name, n] of this.totalDelta) await this.run('UPDATE totals SET n = n + $1 WHERE name = $2', [n, name]);
		if (!this.topicDelta.size) return;
		// A topic completes by how much the articles say on it.
		for (const table of ['completions', 'completion_words']) {
			await this.run(
				`UPDATE ${table} c SET weight = t.sentences FROM topic_counts t WHERE c.type = 'topic' AND c.key = t.topic AND t.topic = ANY($1)`,
				[[...this.topicDelta.keys()]],
			);
		}
	}
}
