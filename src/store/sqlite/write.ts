import type Database from 'better-sqlite3';
import { type ArticleName, entityKey, fullNamesOf, isBareSurname, linkingSurname } from '../../extract/build.js';
import { eventGroup, linkEvents } from '../../extract/events/across.js';
import { meetingSchema } from '../../facts/schema.js';
import { normalize, slug, words } from '../../text/normalize.js';
import { type ArticleChanges, type StoredFile, articleMetaOf, topicsAbout } from '../contract.js';
import { type FoldState, foldNames, foldStateSchema, summaryOf } from '../fold.js';
import { TOPIC_WORDS } from '../../extract/topics.js';
import type { ExtractedArticle } from '../extract.js';
import { completionWords } from '../text-search.js';
import { deferIndexes, restoreIndexes } from './deferred.js';

// Writes to the SQLite engine. Changing one article deletes its rows and inserts the new ones, then redoes only the
// merges it touches: the bare surnames it names or whose full name it adds or removes ("Lavrov" is Sergei Lavrov while
// he is the only Lavrov named in full), and the entities those names fold into. Items are written as the extractor
// typed them, unchecked: checking them cost a tenth of the writes, and every record read back is checked anyway.

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
/** Articles added at once up to which their names are folded into the entities' saved folds; a larger ingest folds afresh. */
const FOLD_INTO_MAX = 100;
/** The topics the index of items by topic (quote_about, statement_about) holds rows for. */
const TOPICS = Object.keys(TOPIC_WORDS);
/** The newest article first in every list; an undated one last. */
const dateOf = (published: string | null) => published ?? '';
/** Articles complete newest first: the date as a number of days. */
const articleWeight = (published: string | null) => (published ? Date.parse(`${published}T00:00:00Z`) / 86_400_000 : 0);

/**
 * Applies changes; the merges across articles wait for the last batch of an ingest (`more` unset), so that a large
 * ingest merges each name once instead of once per batch. The writer of the batches so far is returned.
 */
export function applyChanges(db: Database.Database, changes: ArticleChanges, pending?: Writer): Writer | undefined {
	const writer = pending ?? new Writer(db);
	writer.apply(changes);
	return changes.more ? writer : undefined;
}

export class Writer {
	private readonly touchedKeys = new Set<string>();
	/** Entities that lost names or had names of stored articles moved to or from them: folded again from all their names. */
	private readonly refold = new Set<string>();
	/** Articles inserted by this writer, by n, with their file: their names may be folded into an entity's fold. */
	private readonly inserted = new Map<number, string>();
	/** Surnames whose people named in full changed, and bare surnames newly written: their keys are decided again. */
	private readonly surnames = new Set<string>();
	/** Event groups whose reports changed: which reports tell one event is decided again within each. */
	private readonly eventGroups = new Set<string>();
	private topicsChanged = false;
	/**
	 * Sentences to index for full-text search, written last in each transaction: a statement that fires triggers opens a
	 * savepoint, which makes FTS5 flush the terms it holds as a new segment, one small segment per article otherwise.
	 */
	private readonly toIndex: { n: number; text: string }[] = [];
	private readonly topicDelta = new Map<string, { sentences: number; figures: number }>();
	private readonly totalDelta = new Map<string, number>();
	private readonly p;

	constructor(private readonly db: Database.Database) {
		const p = (sql: string) => db.prepare(sql);
		this.p = {
			articleByFile: p('SELECT n, id FROM articles WHERE file = ?'),
			anyArticle: p('SELECT 1 FROM articles LIMIT 1'),
			namesOf: p('SELECT key, surname, bare FROM names WHERE article = ?'),
			topicsOf: p('SELECT t.topic, count(*) AS n FROM sentence_topics t JOIN sentences s ON s.n = t.sentence WHERE s.article = ? GROUP BY t.topic'),
			figureTopicsOf: p('SELECT topic, count(*) AS n FROM figure_topics WHERE article = ? GROUP BY topic'),
			countsOf: p(`SELECT (SELECT count(*) FROM figures WHERE article = @n) AS figures, (SELECT count(*) FROM meetings WHERE article = @n) AS meetings,
				(SELECT count(*) FROM meetings WHERE article = @n AND date != '') AS dated`),
			groupsOf: p('SELECT DISTINCT event_group FROM meetings WHERE article = ?').pluck(),
			setMeetingGroup: p('UPDATE meetings SET event_group = ?, record = ? WHERE article = ? AND seq = ?'),
			groupReports: p(
				'SELECT m.article, m.seq, m.published, m.record FROM meetings m JOIN articles ' +
					'a ON a.n = m.article WHERE m.event_group = ? ORDER BY a.file, m.seq',
			),
			deleteSearch: p('DELETE FROM sentence_search WHERE rowid IN (SELECT n FROM sentences WHERE article = ?)'),
			deleteArticle: p('DELETE FROM articles WHERE n = ?'),
			deleteCompletion: p('DELETE FROM completions WHERE type = ? AND key = ?'),
			// By key: the primary key's leading type would otherwise read every word of that type.
			deleteCompletionWords: p('DELETE FROM completion_words INDEXED BY completion_words_by_key WHERE type = ? AND key = ?'),
			insertArticle: p(
				'INSERT INTO articles (id, file, size, mtime, fingerprint, published, title, title_key, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
			),
			insertSource: p('INSERT INTO article_sources (n, record) VALUES (?, ?)'),
			insertName: p('INSERT INTO names (article, seq, name, kind, surname, bare, key, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
			namesKeys: p('SELECT name, key FROM names WHERE article = ?'),
			// Each distinct list of aliases once: a surname named in thousands of articles repeats a few lists.
			fullNameAliases: p('SELECT key, aliases, names AS articles FROM full_names WHERE surname = ?'),
			// A name's list of aliases as full_names groups it (the same expression as its migration).
			countFullName: p(`INSERT INTO full_names (surname, key, aliases, names)
				SELECT surname, key, json_extract(record, '$.aliases'), 1 FROM names WHERE article = ? AND seq = ?
				ON CONFLICT (surname, key, aliases) DO UPDATE SET names = names + 1`),
			fullNamesOf: p("SELECT surname, key, json_extract(record, '$.aliases') AS aliases FROM names WHERE article = ? AND surname IS NOT NULL"),
			uncountFullName: p('UPDATE full_names SET names = names - 1 WHERE surname = @surname AND key = @key AND aliases = @aliases'),
			dropFullName: p('DELETE FROM full_names WHERE surname = @surname AND key = @key AND aliases = @aliases AND names <= 0'),
			bareRows: p('SELECT article, name, key, record FROM names WHERE bare = ?'),
			setNameKey: p('UPDATE names SET key = ? WHERE article = ? AND name = ?'),
			quotesOfName: p('SELECT seq, record FROM quotes WHERE article = ? AND speaker_name = ?'),
			setQuoteSpeaker: p('UPDATE quotes SET speaker = ?, record = ? WHERE article = ? AND seq = ?'),
			statementsOfName: p('SELECT seq, record FROM statements WHERE article = ? AND speaker_name = ?'),
			setStatementSpeaker: p('UPDATE statements SET speaker = ?, record = ? WHERE article = ? AND seq = ?'),
			meetingsOfName: p('SELECT DISTINCT seq FROM meeting_parties WHERE article = ? AND name = ?').pluck(),
			setPartyKey: p('UPDATE meeting_parties SET key = ? WHERE article = ? AND name = ?'),
			meetingRecord: p('SELECT record FROM meetings WHERE article = ? AND seq = ?').pluck(),
			partiesOf: p('SELECT key FROM meeting_parties WHERE article = ? AND seq = ? ORDER BY place').pluck(),
			setMeetingRecord: p('UPDATE meetings SET record = ? WHERE article = ? AND seq = ?'),
			quoteSpans: p(
				"SELECT speaker, json_extract(record, '$.span.start') AS start, json_extract(record, '$.span.end') AS end " +
					'FROM quotes WHERE article = ? AND speaker IS NOT NULL',
			),
			statementSpans: p(
				"SELECT seq, speaker, echo, json_extract(record, '$.span.start') AS start, json_extract(record, '$.span.end') AS end " +
					'FROM statements WHERE article = ?',
			),
			setEcho: p('UPDATE statements SET echo = ? WHERE article = ? AND seq = ?'),
			setEchoAbout: p('UPDATE statement_about SET echo = ? WHERE article = ? AND seq = ?'),
			insertQuoteAbout: p('INSERT INTO quote_about (topic, speaker, published, article, seq) VALUES (?, ?, ?, ?, ?)'),
			insertStatementAbout: p('INSERT INTO statement_about (topic, speaker, echo, published, article, seq) VALUES (?, ?, ?, ?, ?, ?)'),
			setQuoteAboutSpeaker: p('UPDATE quote_about SET speaker = ? WHERE article = ? AND seq = ?'),
			setStatementAboutSpeaker: p('UPDATE statement_about SET speaker = ? WHERE article = ? AND seq = ?'),
			insertQuote: p('INSERT INTO quotes (article, seq, published, speaker_name, speaker, topics, text, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
			insertStatement: p(
				'INSERT INTO statements (article, seq, published, speaker_name, speaker, echo, topics, text, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
			),
			insertMeeting: p('INSERT INTO meetings (article, seq, date, published, event_group, kind, record) VALUES (?, ?, ?, ?, ?, ?, ?)'),
			insertParty: p('INSERT INTO meeting_parties (article, seq, place, name, key, date, published) VALUES (?, ?, ?, ?, ?, ?, ?)'),
			insertSentence: p('INSERT INTO sentences (article, start, published, has_figure, record) VALUES (?, ?, ?, ?, ?)'),
			insertSentenceTopic: p('INSERT INTO sentence_topics (topic, has_figure, published, sentence) VALUES (?, ?, ?, ?)'),
			insertSearch: p('INSERT INTO sentence_search (rowid, text) VALUES (?, ?)'),
			insertFigure: p('INSERT INTO figures (article, seq, published, sentence_start, record) VALUES (?, ?, ?, ?, ?)'),
			insertFigureTopic: p('INSERT INTO figure_topics (topic, published, article, seq) VALUES (?, ?, ?, ?)'),
			namesOfKey: p('SELECT n.record, a.file FROM names n JOIN articles a ON a.n = n.article WHERE n.key = ? ORDER BY a.file, n.seq'),
			// The added articles' own names (CROSS JOIN keeps that order of the loops), not every name of the entity.
			newNamesOfKey: p(`SELECT n.record, a.file FROM json_each(@added) j CROSS JOIN names n ON n.article = j.value JOIN articles a ON a.n = n.article
				WHERE n.key = @key ORDER BY a.file, n.seq`),
			nameCount: p('SELECT count(*) FROM names WHERE key = ?').pluck(),
			fold: p('SELECT names, last_file, state FROM entity_folds WHERE key = ?'),
			saveFold: p('INSERT OR REPLACE INTO entity_folds (key, names, last_file, state) VALUES (?, ?, ?, ?)'),
			deleteFold: p('DELETE FROM entity_folds WHERE key = ?'),
			upsertEntity: p(
				'INSERT INTO entities (key, kind, mentions, record) VALUES (?, ?, ?, ?) ' +
					'ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, mentions = excluded.mentions, record = excluded.record',
			),
			deleteEntity: p('DELETE FROM entities WHERE key = ?'),
			deleteAliases: p('DELETE FROM entity_aliases WHERE key = ?'),
			deleteWords: p('DELETE FROM entity_words WHERE key = ?'),
			insertAlias: p('INSERT OR IGNORE INTO entity_aliases (alias, key) VALUES (?, ?)'),
			insertWord: p('INSERT OR IGNORE INTO entity_words (word, key) VALUES (?, ?)'),
			upsertCompletion: p(
				'INSERT INTO completions (type, key, label, weight) VALUES (?, ?, ?, ?) ' +
					'ON CONFLICT (type, key) DO UPDATE SET label = excluded.label, weight = excluded.weight',
			),
			insertCompletionWord: p('INSERT OR REPLACE INTO completion_words (type, word, p1, p2, weight, key) VALUES (?, ?, ?, ?, ?, ?)'),
			addTopic: p('UPDATE topic_counts SET sentences = sentences + ?, figures = figures + ? WHERE topic = ?'),
			topicSentences: p('SELECT topic, sentences FROM topic_counts'),
			addTotal: p('UPDATE totals SET n = n + ? WHERE name = ?'),
		};
	}

	apply(changes: ArticleChanges): void {
		this.db.transaction(() => {
			// What a failed transaction left is not indexed.
			this.toIndex.length = 0;
			// More batches to come into an empty store: the secondary indexes are built once, before the merges.
			if (changes.more && this.p.anyArticle.get() === undefined) deferIndexes(this.db);
			const replaced = new Set(changes.put.map((p) => p.stored.file));
			for (const file of new Set([...changes.remove, ...replaced])) this.remove(file);
			const added = changes.put.map(({ stored, article }) => ({ n: this.insertArticle(stored, article), article }));
			// Items go in under the names' keys as they stand; deciding the surnames moves those that change.
			for (const { n, article } of added) this.insertItems(n, article);
			this.updateCounts();
			if (!changes.more) {
				restoreIndexes(this.db);
				this.decideSurnames();
				this.refoldEntities();
				this.relinkEvents();
				this.updateTopicCompletions();
			}
			for (const s of this.toIndex) this.p.insertSearch.run(s.n, s.text);
			this.toIndex.length = 0;
		})();
	}

	private delta(map: Map<string, { sentences: number; figures: number }>, topic: string, sentences: number, figures: number) {
		const d = map.get(topic) ?? { sentences: 0, figures: 0 };
		map.set(topic, { sentences: d.sentences + sentences, figures: d.figures + figures });
	}

	private addTotal(name: string, n: number) {
		this.totalDelta.set(name, (this.totalDelta.get(name) ?? 0) + n);
	}

	private remove(file: string): void {
		const row = this.p.articleByFile.get(file) as { n: number; id: string } | undefined;
		if (!row) return;
		for (const name of this.p.namesOf.all(row.n) as { key: string; surname: string | null; bare: string | null }[]) {
			this.touchedKeys.add(name.key);
			this.refold.add(name.key);
			if (name.surname) this.surnames.add(name.surname);
		}
		for (const full of this.p.fullNamesOf.all(row.n)) {
			this.p.uncountFullName.run(full);
			this.p.dropFullName.run(full);
		}
		for (const group of this.p.groupsOf.all(row.n) as string[]) this.eventGroups.add(group);
		for (const t of this.p.topicsOf.all(row.n) as { topic: string; n: number }[]) this.delta(this.topicDelta, t.topic, -t.n, 0);
		for (const t of this.p.figureTopicsOf.all(row.n) as { topic: string; n: number }[]) this.delta(this.topicDelta, t.topic, 0, -t.n);
		const counts = this.p.countsOf.get({ n: row.n }) as { figures: number; meetings: number; dated: number };
		this.addTotal('articles', -1);
		this.addTotal('figures', -counts.figures);
		this.addTotal('meetings', -counts.meetings);
		this.addTotal('dated meetings', -counts.dated);
		this.p.deleteSearch.run(row.n);
		this.p.deleteCompletion.run('article', row.id);
		this.p.deleteCompletionWords.run('article', row.id);
		this.p.deleteArticle.run(row.n);
	}

	private insertArticle(stored: StoredFile, { facts: { article }, names }: ExtractedArticle): number {
		const { lastInsertRowid } = this.p.insertArticle.run(
			article.id, stored.file, stored.size, stored.mtime, stored.fingerprint, dateOf(article.published), article.title, normalize(article.title),
			JSON.stringify(article),
		);
		const n = Number(lastInsertRowid);
		this.inserted.set(n, stored.file);
		this.p.insertSource.run(n, JSON.stringify(articleMetaOf(article)));
		names.forEach((name, seq) => {
			const surname = linkingSurname(name);
			if (surname) this.surnames.add(surname);
			if (isBareSurname(name)) this.surnames.add(name.name);
			// A bare surname's key is decided with the rest of the batch, in decideSurnames.
			this.p.insertName.run(n, seq, name.name, name.kind, surname, isBareSurname(name) ? name.name : null, slug(name.name), JSON.stringify(name));
			if (surname) this.p.countFullName.run(n, seq);
		});
		this.p.upsertCompletion.run('article', article.id, article.title, articleWeight(article.published));
		const weight = articleWeight(article.published);
		for (const w of completionWords(`${article.title} ${article.id}`)) this.p.insertCompletionWord.run('article', w.word, w.p1, w.p2, weight, article.id);
		this.addTotal('articles', 1);
		return n;
	}

	/**
	 * Decides again whom each affected bare surname stands for, across the whole archive: the one person named in full
	 * with it, or nobody in particular. Items already stored under the old key follow the new one.
	 */
	private decideSurnames(): void {
		for (const surname of this.surnames) {
			const rows = this.p.fullNameAliases.all(surname) as { key: string; aliases: string; articles: number }[];
			const full = fullNamesOf(rows.map((r) => ({ key: r.key, aliases: JSON.parse(r.aliases) as string[], articles: r.articles })));
			for (const row of this.p.bareRows.all(surname) as { article: number; name: string; key: string; record: string }[]) {
				const key = entityKey(JSON.parse(row.record) as ArticleName, () => full);
				if (row.key === key) continue;
				this.touchedKeys.add(row.key);
				this.touchedKeys.add(key);
				// A name of a stored article changes entity: both folds hold it or lack it wrongly.
				if (!this.inserted.has(row.article)) for (const k of [row.key, key]) this.refold.add(k);
				this.p.setNameKey.run(key, row.article, row.name);
				this.rekeyItems(row.article, row.name, key);
			}
		}
	}

	/** Moves an existing article's items from one local name to its new key. */
	private rekeyItems(article: number, name: string, key: string): void {
		for (const q of this.p.quotesOfName.all(article, name) as { seq: number; record: string }[]) {
			this.p.setQuoteSpeaker.run(key, JSON.stringify({ ...JSON.parse(q.record), speaker: key }), article, q.seq);
			this.p.setQuoteAboutSpeaker.run(key, article, q.seq);
		}
		for (const s of this.p.statementsOfName.all(article, name) as { seq: number; record: string }[]) {
			this.p.setStatementSpeaker.run(key, JSON.stringify({ ...JSON.parse(s.record), speaker: key }), article, s.seq);
			this.p.setStatementAboutSpeaker.run(key, article, s.seq);
		}
		const meetings = this.p.meetingsOfName.all(article, name) as number[];
		this.p.setPartyKey.run(key, article, name);
		for (const seq of meetings) {
			const before = meetingSchema.parse(JSON.parse(this.p.meetingRecord.get(article, seq) as string));
			const after = { ...before, participants: this.p.partiesOf.all(article, seq) as string[] };
			this.eventGroups.add(eventGroup(before));
			this.eventGroups.add(eventGroup(after));
			this.p.setMeetingGroup.run(eventGroup(after), JSON.stringify(after), article, seq);
		}
		this.markEchoes(article);
	}

	/** A statement that holds a quotation by its own speaker: an answer with the quotation leaves it out. */
	private markEchoes(article: number): void {
		const quotes = this.p.quoteSpans.all(article) as { speaker: string; start: number; end: number }[];
		for (const s of this.p.statementSpans.all(article) as { seq: number; speaker: string; echo: number; start: number; end: number }[]) {
			const echo = quotes.some((q) => q.speaker === s.speaker && overlaps(q, s)) ? 1 : 0;
			if (echo !== s.echo) {
				this.p.setEcho.run(echo, article, s.seq);
				this.p.setEchoAbout.run(echo, article, s.seq);
			}
		}
	}

	private insertItems(n: number, { facts }: ExtractedArticle): void {
		const keys = new Map((this.p.namesKeys.all(n) as { name: string; key: string }[]).map((r) => [r.name, r.key]));
		const keyOf = (name: string) => keys.get(name) ?? slug(name);
		for (const key of keys.values()) this.touchedKeys.add(key);
		const published = dateOf(facts.article.published);
		const figureSentences = new Set(facts.figures.map((f) => f.measure.start));
		for (const sentence of facts.sentences) {
			const hasFigure = figureSentences.has(sentence.span.start) ? 1 : 0;
			const id = Number(this.p.insertSentence.run(n, sentence.span.start, published, hasFigure, JSON.stringify(sentence)).lastInsertRowid);
			this.toIndex.push({ n: id, text: sentence.span.text });
			for (const topic of new Set(sentence.topics)) {
				this.p.insertSentenceTopic.run(topic, hasFigure, published, id);
				this.delta(this.topicDelta, topic, 1, 0);
			}
		}
		const quotes = facts.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : keyOf(q.speaker) }));
		quotes.forEach((q, seq) => {
			const text = q.span.text.toLowerCase();
			this.p.insertQuote.run(n, seq, published, facts.quotes[seq]!.speaker, q.speaker, JSON.stringify(q.topics), text, JSON.stringify(q));
			if (q.speaker !== null) for (const topic of topicsAbout(q, TOPICS)) this.p.insertQuoteAbout.run(topic, q.speaker, published, n, seq);
		});
		facts.statements.forEach((raw, seq) => {
			const s = { ...raw, speaker: keyOf(raw.speaker) };
			const echo = quotes.some((q) => q.speaker === s.speaker && overlaps(q.span, s.span)) ? 1 : 0;
			this.p.insertStatement.run(n, seq, published, raw.speaker, s.speaker, echo, JSON.stringify(s.topics), s.span.text.toLowerCase(), JSON.stringify(s));
			for (const topic of topicsAbout(s, TOPICS)) this.p.insertStatementAbout.run(topic, s.speaker, echo, published, n, seq);
		});
		facts.meetings.forEach((raw, seq) => {
			const m = { ...raw, participants: raw.participants.map(keyOf) };
			const date = m.date?.start ?? '';
			this.p.insertMeeting.run(n, seq, date, published, eventGroup(m), m.kind, JSON.stringify(m));
			this.eventGroups.add(eventGroup(m));
			raw.participants.forEach((name, place) => this.p.insertParty.run(n, seq, place, name, m.participants[place]!, date, published));
			this.addTotal('meetings', 1);
			if (date) this.addTotal('dated meetings', 1);
		});
		facts.figures.forEach((f, seq) => {
			this.p.insertFigure.run(n, seq, published, f.measure.start, JSON.stringify(f));
			for (const topic of new Set(f.topics)) {
				this.p.insertFigureTopic.run(topic, published, n, seq);
				this.delta(this.topicDelta, topic, 0, 1);
			}
			this.addTotal('figures', 1);
		});
	}

	/** Folds again every entity whose names changed; one that no article names any more goes. */
	private refoldEntities(): void {
		for (const key of this.touchedKeys) {
			this.p.deleteAliases.run(key);
			this.p.deleteWords.run(key);
			this.p.deleteCompletionWords.run('entity', key);
			const folded = key ? this.fold(key) : undefined;
			if (!folded) {
				this.p.deleteEntity.run(key);
				this.p.deleteFold.run(key);
				this.p.deleteCompletion.run('entity', key);
				continue;
			}
			const entity = summaryOf(key, folded);
			this.p.upsertEntity.run(key, entity.kind, entity.mentions, JSON.stringify(entity));
			for (const alias of new Set([entity.name, ...entity.aliases].map(normalize))) this.p.insertAlias.run(alias, key);
			for (const word of new Set(words(entity.name))) this.p.insertWord.run(word, key);
			this.p.upsertCompletion.run('entity', key, entity.name, entity.mentions);
			for (const label of [entity.name, ...entity.aliases]) {
				for (const w of completionWords(label)) this.p.insertCompletionWord.run('entity', w.word, w.p1, w.p2, entity.mentions, key);
			}
		}
	}

	/**
	 * The entity's fold, saved: the added articles' names folded into the one saved when only they are new and all
	 * come after the names it holds, in article order (a new article, not a removal or a name moved between entities);
	 * otherwise folded again from every name of the entity.
	 */
	private fold(key: string): FoldState | undefined {
		type Row = { record: string; file: string };
		const names = (rows: Row[]) => rows.map((r) => JSON.parse(r.record) as ArticleName);
		const into = !this.refold.has(key) && this.inserted.size > 0 && this.inserted.size <= FOLD_INTO_MAX;
		const saved = !into ? undefined : (this.p.fold.get(key) as { names: number; last_file: string; state: string } | undefined);
		if (saved) {
			const added = this.p.newNamesOfKey.all({ key, added: JSON.stringify([...this.inserted.keys()]) }) as Row[];
			const after = added.every((r) => Buffer.compare(Buffer.from(r.file), Buffer.from(saved.last_file)) > 0);
			if (after && this.p.nameCount.get(key) === saved.names + added.length) {
				const state = foldNames(foldStateSchema.parse(JSON.parse(saved.state)), names(added));
				return this.saveFold(key, state, saved.names + added.length, added.at(-1)?.file ?? saved.last_file);
			}
		}
		const rows = this.p.namesOfKey.all(key) as Row[];
		return this.saveFold(key, foldNames(undefined, names(rows)), rows.length, rows.at(-1)?.file ?? '');
	}

	private saveFold(key: string, state: FoldState | undefined, names: number, lastFile: string): FoldState | undefined {
		if (state) this.p.saveFold.run(key, names, lastFile, JSON.stringify(state));
		return state;
	}

	/** Links again the reports of each touched group, in article order, as a build from nothing links them. */
	private relinkEvents(): void {
		for (const group of this.eventGroups) {
			const rows = this.p.groupReports.all(group) as { article: number; seq: number; published: string; record: string }[];
			const reports = rows.map((r) => meetingSchema.parse(JSON.parse(r.record)));
			const before = reports.map((m) => m.event);
			const published = new Map(rows.map((r, i) => [reports[i]!.span.article, r.published || null]));
			linkEvents(reports, (article) => published.get(article) ?? null);
			reports.forEach((m, i) => {
				if (m.event !== before[i]) this.p.setMeetingRecord.run(JSON.stringify(m), rows[i]!.article, rows[i]!.seq);
			});
		}
	}

	private updateCounts(): void {
		for (const [topic, d] of this.topicDelta) this.p.addTopic.run(d.sentences, d.figures, topic);
		for (const [name, n] of this.totalDelta) this.p.addTotal.run(n, name);
		if (this.topicDelta.size) this.topicsChanged = true;
		this.topicDelta.clear();
		this.totalDelta.clear();
	}

	private updateTopicCompletions(): void {
		if (!this.topicsChanged) return;
		// A topic completes by how much the articles say on it.
		for (const t of this.p.topicSentences.all() as { topic: string; sentences: number }[]) {
			this.p.upsertCompletion.run('topic', t.topic, t.topic, t.sentences);
			for (const w of completionWords(t.topic)) this.p.insertCompletionWord.run('topic', w.word, w.p1, w.p2, t.sentences, t.topic);
		}
	}
}
