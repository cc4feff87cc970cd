import type Database from 'better-sqlite3';

// A large ingest into an empty store builds the secondary indexes once at the end instead of row by row: each insert
// into an index keyed by speaker, date or word lands on a page of its own, and those pages no longer stay in memory as
// the archive grows, where building an index sorts its rows once. No index named here is read while the batches go in
// (they read by primary key); answers and the merges of the last batch read them once they are built again.

/** The indexes left out while the batches of an ingest into an empty store go in. */
const DEFERRABLE = [
	'articles_by_date',
	'articles_by_title',
	'names_by_key',
	'names_by_bare',
	'names_by_name',
	'names_by_surname_key',
	'entities_by_mentions',
	'entity_aliases_by_key',
	'entity_words_by_key',
	'quotes_by_speaker',
	'statements_by_speaker',
	'meetings_by_group',
	'meetings_by_date',
	'meeting_parties_newest',
	'meeting_parties_earliest',
	'meeting_parties_by_name',
	'meeting_parties_by_meeting',
	'sentences_by_article',
	'sentence_topics_by_topic',
	'sentence_topics_by_sentence',
	'figures_by_date',
	'figures_by_sentence',
	'figure_topics_by_topic',
	'figure_topics_by_article',
	'quote_about_by_item',
	'statement_about_by_item',
	'completion_words_p1',
	'completion_words_p2',
	'completion_words_by_key',
];

/** The meta row that holds the definitions of the indexes left out, until they are built again. */
const KEY = 'deferred indexes';

/**
 * Drops the deferrable indexes, keeping their definitions in the database itself (in the caller's transaction), so that
 * a process that dies before the end leaves a store whose next opening builds them (restoreIndexes).
 */
export function deferIndexes(db: Database.Database): void {
	if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(KEY)) return;
	const indexes = db
		.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (SELECT value FROM json_each(?)) ORDER BY name")
		.all(JSON.stringify(DEFERRABLE)) as { name: string; sql: string }[];
	if (!indexes.length) return;
	db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(KEY, JSON.stringify(indexes.map((i) => i.sql)));
	for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
}

/** Builds again the indexes deferIndexes left out, if any. */
export function restoreIndexes(db: Database.Database): void {
	const saved = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(KEY) as string | undefined;
	if (saved === undefined) return;
	for (const sql of JSON.parse(saved) as string[]) db.exec(sql);
	db.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
}
