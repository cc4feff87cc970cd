// The SQLite schema, one migration per version; PRAGMA user_version records how many have run. A migration is
// appended, never edited once released: an existing database is brought forward by the ones it has not run.
//
// Every item keeps its zod-checked JSON in `record`, with the columns its lookups need beside it. Rows are tied to
// their article (`article` = articles.n) so that removing or changing one article deletes exactly its rows.

export const MIGRATIONS: readonly string[] = [
	`
	CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

	CREATE TABLE articles (
		n INTEGER PRIMARY KEY,
		id TEXT NOT NULL UNIQUE,
		-- the file's name within the articles folder, its size and modification time, and the hash of the extractor
		-- version and the content: a file whose size and time are unchanged is not read again
		file TEXT NOT NULL UNIQUE,
		size INTEGER NOT NULL,
		mtime REAL NOT NULL,
		fingerprint TEXT NOT NULL,
		published TEXT NOT NULL,
		title TEXT NOT NULL,
		title_key TEXT NOT NULL,
		record TEXT NOT NULL
	);
	CREATE INDEX articles_by_date ON articles (published DESC, n);
	CREATE INDEX articles_by_title ON articles (title_key);

	-- each article's own names, before they are merged across articles
	CREATE TABLE names (
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		name TEXT NOT NULL,
		kind TEXT NOT NULL,
		-- a person named in full links bare surnames elsewhere by this surname; a bare surname is claimed by it
		surname TEXT,
		bare TEXT,
		key TEXT NOT NULL,
		record TEXT NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX names_by_key ON names (key);
	CREATE INDEX names_by_surname ON names (surname) WHERE surname IS NOT NULL;
	CREATE INDEX names_by_bare ON names (bare) WHERE bare IS NOT NULL;
	CREATE INDEX names_by_name ON names (article, name);

	CREATE TABLE entities (key TEXT PRIMARY KEY, kind TEXT NOT NULL, mentions INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID;
	CREATE INDEX entities_by_mentions ON entities (mentions DESC);
	CREATE TABLE entity_aliases (alias TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (alias, key)) WITHOUT ROWID;
	CREATE INDEX entity_aliases_by_key ON entity_aliases (key);
	CREATE TABLE entity_words (word TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (word, key)) WITHOUT ROWID;
	CREATE INDEX entity_words_by_key ON entity_words (key);

	-- speaker_name is the article's own name for the speaker; speaker the entity key it stands for
	CREATE TABLE quotes (
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		published TEXT NOT NULL,
		speaker_name TEXT,
		speaker TEXT,
		topics TEXT NOT NULL,
		text TEXT NOT NULL,
		record TEXT NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX quotes_by_speaker ON quotes (speaker, published DESC, article, seq);

	CREATE TABLE statements (
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		published TEXT NOT NULL,
		speaker_name TEXT NOT NULL,
		speaker TEXT NOT NULL,
		-- holds a quotation by its own speaker, so an answer with the quotation leaves it out
		echo INTEGER NOT NULL DEFAULT 0,
		topics TEXT NOT NULL,
		text TEXT NOT NULL,
		record TEXT NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX statements_by_speaker ON statements (speaker, echo, published DESC, article, seq);

	CREATE TABLE meetings (
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		-- '' when undated
		date TEXT NOT NULL,
		published TEXT NOT NULL,
		-- reports that may be of one event across articles share a group (src/extract/events/across.ts)
		event_group TEXT NOT NULL,
		kind TEXT NOT NULL,
		record TEXT NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX meetings_by_group ON meetings (event_group);
	CREATE INDEX meetings_by_date ON meetings (date, published DESC, article, seq);
	CREATE TABLE meeting_parties (
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		place INTEGER NOT NULL,
		name TEXT NOT NULL,
		key TEXT NOT NULL,
		date TEXT,
		PRIMARY KEY (article, seq, place)
	);
	CREATE INDEX meeting_parties_by_key ON meeting_parties (key, date DESC, article, seq);
	CREATE INDEX meeting_parties_by_name ON meeting_parties (article, name);

	CREATE TABLE sentences (
		n INTEGER PRIMARY KEY,
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		start INTEGER NOT NULL,
		published TEXT NOT NULL,
		has_figure INTEGER NOT NULL,
		record TEXT NOT NULL
	);
	CREATE INDEX sentences_by_article ON sentences (article, start);
	CREATE TABLE sentence_topics (
		topic TEXT NOT NULL,
		has_figure INTEGER NOT NULL,
		published TEXT NOT NULL,
		sentence INTEGER NOT NULL REFERENCES sentences (n) ON DELETE CASCADE,
		PRIMARY KEY (topic, has_figure DESC, published DESC, sentence)
	) WITHOUT ROWID;
	CREATE INDEX sentence_topics_by_sentence ON sentence_topics (sentence);
	-- rowid = sentences.n; rows are deleted with their article's sentences
	CREATE VIRTUAL TABLE sentence_search USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');

	CREATE TABLE figures (
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		published TEXT NOT NULL,
		sentence_start INTEGER NOT NULL,
		record TEXT NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX figures_by_date ON figures (published DESC, article, seq);
	CREATE INDEX figures_by_sentence ON figures (article, sentence_start);
	CREATE TABLE figure_topics (
		topic TEXT NOT NULL,
		published TEXT NOT NULL,
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		PRIMARY KEY (topic, published DESC, article, seq)
	) WITHOUT ROWID;
	CREATE INDEX figure_topics_by_article ON figure_topics (article);

	-- counts kept as rows change, so that no answer counts a topic's rows
	CREATE TABLE topic_counts (topic TEXT PRIMARY KEY, sentences INTEGER NOT NULL, figures INTEGER NOT NULL) WITHOUT ROWID;
	CREATE TABLE totals (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
	INSERT INTO totals VALUES ('articles', 0), ('figures', 0), ('meetings', 0), ('dated meetings', 0);

	-- autocomplete: one row per word of every name, title and topic; p1 and p2 are its first one and two letters, so
	-- that one- and two-letter input reads the heaviest rows of a short index range instead of ranking every match
	CREATE TABLE completions (type TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (type, key)) WITHOUT ROWID;
	CREATE INDEX completions_by_weight ON completions (type, weight DESC);
	CREATE TABLE completion_words (
		type TEXT NOT NULL,
		word TEXT NOT NULL,
		p1 TEXT NOT NULL,
		p2 TEXT NOT NULL,
		weight REAL NOT NULL,
		key TEXT NOT NULL,
		PRIMARY KEY (type, word, key)
	) WITHOUT ROWID;
	CREATE INDEX completion_words_p1 ON completion_words (type, p1, weight DESC);
	CREATE INDEX completion_words_p2 ON completion_words (type, p2, weight DESC);
	CREATE INDEX completion_words_by_key ON completion_words (type, key);
	`,
	`
	-- what ingest reads of every file to tell what changed, from an index instead of the articles' records
	CREATE INDEX articles_files ON articles (file, id, size, mtime, fingerprint);
	-- the people a surname names, read from the index alone however often they are named
	CREATE INDEX names_by_surname_key ON names (surname, key) WHERE surname IS NOT NULL;
	DROP INDEX names_by_surname;
	`,
	`
	-- each article's record without its text (body, paragraphs, commentary, summary): what a citation reads, a few
	-- hundred bytes instead of the whole text and its overflow pages
	CREATE TABLE article_sources (n INTEGER PRIMARY KEY REFERENCES articles (n) ON DELETE CASCADE, record TEXT NOT NULL);
	INSERT INTO article_sources (n, record) SELECT n, json_remove(record, '$.body', '$.paragraphs', '$.commentary', '$.summary') FROM articles;
	`,
	`
	-- each speaker's quotes and statements on each topic, as isAbout decides (the topic among the item's topics, or
	-- its word in the text), so that a much-quoted person's quotes on a topic are an index range, not a scan of all
	-- their quotes; about_topics lists the topics whose rows are complete (written by ensureTopics when a topic is new)
	CREATE TABLE about_topics (topic TEXT PRIMARY KEY) WITHOUT ROWID;
	CREATE TABLE quote_about (
		topic TEXT NOT NULL,
		speaker TEXT NOT NULL,
		published TEXT NOT NULL,
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		PRIMARY KEY (topic, speaker, published DESC, article, seq)
	) WITHOUT ROWID;
	CREATE INDEX quote_about_by_item ON quote_about (article, seq);
	CREATE TABLE statement_about (
		topic TEXT NOT NULL,
		speaker TEXT NOT NULL,
		echo INTEGER NOT NULL,
		published TEXT NOT NULL,
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		PRIMARY KEY (topic, speaker, echo, published DESC, article, seq)
	) WITHOUT ROWID;
	CREATE INDEX statement_about_by_item ON statement_about (article, seq);
	`,
	`
	-- each entity's fold (src/store/fold.ts): how many names went into it and the file of the last, so that an added
	-- article's names are folded into it instead of every name of the entity being read again
	CREATE TABLE entity_folds (key TEXT PRIMARY KEY, names INTEGER NOT NULL, last_file TEXT NOT NULL, state TEXT NOT NULL) WITHOUT ROWID;
	`,
	`
	-- the people named in full with each surname, as the merge of bare surnames reads them: each distinct list of
	-- aliases with the number of names carrying it, kept as names come and go instead of grouped from every name
	CREATE TABLE full_names (surname TEXT NOT NULL, key TEXT NOT NULL, aliases TEXT NOT NULL, names INTEGER NOT NULL,
		PRIMARY KEY (surname, key, aliases)) WITHOUT ROWID;
	INSERT INTO full_names (surname, key, aliases, names)
		SELECT surname, key, json_extract(record, '$.aliases'), count(*) FROM names WHERE surname IS NOT NULL
		GROUP BY surname, key, json_extract(record, '$.aliases');
	`,
	`
	-- each party row carries its meeting's publication date, so that one person's meetings come out of an index in the
	-- order shown (newest or earliest first, undated apart) and the reading stops at the limit, with nothing sorted
	ALTER TABLE meeting_parties ADD COLUMN published TEXT NOT NULL DEFAULT '';
	UPDATE meeting_parties SET published = (SELECT m.published FROM meetings m WHERE m.article = meeting_parties.article AND m.seq = meeting_parties.seq);
	CREATE INDEX meeting_parties_newest ON meeting_parties (key, date DESC, published DESC, article, seq);
	CREATE INDEX meeting_parties_earliest ON meeting_parties (key, date, published DESC, article, seq);
	DROP INDEX meeting_parties_by_key;
	-- how many meetings each entity is a party to (once, however often a meeting names it) and how many of them are
	-- dated, kept by the triggers below as party rows come, go and change key, so that no answer counts them
	CREATE TABLE meeting_counts (key TEXT PRIMARY KEY, meetings INTEGER NOT NULL, dated INTEGER NOT NULL) WITHOUT ROWID;
	INSERT INTO meeting_counts (key, meetings, dated)
		SELECT key, count(*), sum(ifnull(date, '') != '') FROM (SELECT DISTINCT key, article, seq, date FROM meeting_parties) GROUP BY key;
	CREATE TRIGGER meeting_counts_insert AFTER INSERT ON meeting_parties
	WHEN NOT EXISTS (SELECT 1 FROM meeting_parties o WHERE o.article = NEW.article AND o.seq = NEW.seq AND o.key = NEW.key AND o.place != NEW.place)
	BEGIN
		INSERT INTO meeting_counts (key, meetings, dated) VALUES (NEW.key, 1, ifnull(NEW.date, '') != '')
			ON CONFLICT (key) DO UPDATE SET meetings = meetings + 1, dated = dated + (ifnull(NEW.date, '') != '');
	END;
	CREATE TRIGGER meeting_counts_delete AFTER DELETE ON meeting_parties
	WHEN NOT EXISTS (SELECT 1 FROM meeting_parties o WHERE o.article = OLD.article AND o.seq = OLD.seq AND o.key = OLD.key)
	BEGIN
		UPDATE meeting_counts SET meetings = meetings - 1, dated = dated - (ifnull(OLD.date, '') != '') WHERE key = OLD.key;
	END;
	CREATE TRIGGER meeting_counts_update_old AFTER UPDATE OF key, date ON meeting_parties
	WHEN NOT EXISTS (SELECT 1 FROM meeting_parties o WHERE o.article = OLD.article AND o.seq = OLD.seq AND o.key = OLD.key AND o.place != OLD.place)
	BEGIN
		UPDATE meeting_counts SET meetings = meetings - 1, dated = dated - (ifnull(OLD.date, '') != '') WHERE key = OLD.key;
	END;
	CREATE TRIGGER meeting_counts_update_new AFTER UPDATE OF key, date ON meeting_parties
	WHEN NOT EXISTS (SELECT 1 FROM meeting_parties o WHERE o.article = NEW.article AND o.seq = NEW.seq AND o.key = NEW.key AND o.place != NEW.place)
	BEGIN
		INSERT INTO meeting_counts (key, meetings, dated) VALUES (NEW.key, 1, ifnull(NEW.date, '') != '')
			ON CONFLICT (key) DO UPDATE SET meetings = meetings + 1, dated = dated + (ifnull(NEW.date, '') != '');
	END;
	`,
	`
	-- whether a meeting names a key, from the index alone: a pair's meetings check the other side through it, and the
	-- meeting counts' triggers whether the meeting names the key elsewhere
	CREATE INDEX meeting_parties_by_meeting ON meeting_parties (article, seq, key, place);
	`,
	`
	-- how many quotes each speaker has, and how many statements that repeat no quotation of theirs (echo = 0), kept by
	-- the triggers below as items come, go, change speaker or echo, so that the most quoted person's total is one row
	-- read, not thousands of index entries counted
	CREATE TABLE speaker_counts (speaker TEXT PRIMARY KEY, quotes INTEGER NOT NULL, statements INTEGER NOT NULL) WITHOUT ROWID;
	INSERT INTO speaker_counts (speaker, quotes, statements)
		SELECT speaker, sum(quotes), sum(statements) FROM (
			SELECT speaker, count(*) AS quotes, 0 AS statements FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker
			UNION ALL SELECT speaker, 0, count(*) FROM statements WHERE echo = 0 GROUP BY speaker
		) GROUP BY speaker;
	CREATE TRIGGER speaker_counts_quote_insert AFTER INSERT ON quotes WHEN NEW.speaker IS NOT NULL
	BEGIN
		INSERT INTO speaker_counts (speaker, quotes, statements) VALUES (NEW.speaker, 1, 0) ON CONFLICT (speaker) DO UPDATE SET quotes = quotes + 1;
	END;
	CREATE TRIGGER speaker_counts_quote_delete AFTER DELETE ON quotes WHEN OLD.speaker IS NOT NULL
	BEGIN
		UPDATE speaker_counts SET quotes = quotes - 1 WHERE speaker = OLD.speaker;
	END;
	CREATE TRIGGER speaker_counts_quote_update AFTER UPDATE OF speaker ON quotes
	BEGIN
		UPDATE speaker_counts SET quotes = quotes - 1 WHERE speaker = OLD.speaker;
		INSERT INTO speaker_counts (speaker, quotes, statements) SELECT NEW.speaker, 1, 0 WHERE NEW.speaker IS NOT NULL
			ON CONFLICT (speaker) DO UPDATE SET quotes = quotes + 1;
	END;
	CREATE TRIGGER speaker_counts_statement_insert AFTER INSERT ON statements
	BEGIN
		INSERT INTO speaker_counts (speaker, quotes, statements) VALUES (NEW.speaker, 0, NEW.echo = 0)
			ON CONFLICT (speaker) DO UPDATE SET statements = statements + (NEW.echo = 0);
	END;
	CREATE TRIGGER speaker_counts_statement_delete AFTER DELETE ON statements
	BEGIN
		UPDATE speaker_counts SET statements = statements - (OLD.echo = 0) WHERE speaker = OLD.speaker;
	END;
	CREATE TRIGGER speaker_counts_statement_update AFTER UPDATE OF speaker, echo ON statements
	BEGIN
		UPDATE speaker_counts SET statements = statements - (OLD.echo = 0) WHERE speaker = OLD.speaker;
		INSERT INTO speaker_counts (speaker, quotes, statements) VALUES (NEW.speaker, 0, NEW.echo = 0)
			ON CONFLICT (speaker) DO UPDATE SET statements = statements + (NEW.echo = 0);
	END;
	`,
	`
	-- the rows by topic of sentences and figures as tables in the order written, each with its index by topic beside it:
	-- an ingest appends rows, and a large one builds the indexes once at the end (src/store/sqlite/deferred.ts), where a
	-- table ordered by topic and date took each row at a place of its own
	CREATE TABLE sentence_topics_rows (
		topic TEXT NOT NULL,
		has_figure INTEGER NOT NULL,
		published TEXT NOT NULL,
		sentence INTEGER NOT NULL REFERENCES sentences (n) ON DELETE CASCADE
	);
	INSERT INTO sentence_topics_rows (topic, has_figure, published, sentence) SELECT topic, has_figure, published, sentence FROM sentence_topics;
	DROP TABLE sentence_topics;
	ALTER TABLE sentence_topics_rows RENAME TO sentence_topics;
	CREATE UNIQUE INDEX sentence_topics_by_topic ON sentence_topics (topic, has_figure DESC, published DESC, sentence);
	CREATE INDEX sentence_topics_by_sentence ON sentence_topics (sentence);
	CREATE TABLE figure_topics_rows (
		topic TEXT NOT NULL,
		published TEXT NOT NULL,
		article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq INTEGER NOT NULL
	);
	INSERT INTO figure_topics_rows (topic, published, article, seq) SELECT topic, published, article, seq FROM figure_topics;
	DROP TABLE figure_topics;
	ALTER TABLE figure_topics_rows RENAME TO figure_topics;
	CREATE UNIQUE INDEX figure_topics_by_topic ON figure_topics (topic, published DESC, article, seq);
	CREATE INDEX figure_topics_by_article ON figure_topics (article);
	`,
];
