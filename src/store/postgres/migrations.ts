// The PostgreSQL schema, one migration per version; schema_migrations records which have run. A migration is
// appended, never edited once released: an existing database is brought forward by the ones it has not run.
//
// Every item keeps its zod-checked JSON in `record`, with the columns its lookups need beside it. Rows are tied to
// their article (`article` = articles.n, ON DELETE CASCADE) so that removing or replacing one article deletes exactly
// its rows. Dates are ISO text ('' when unknown), so that newest-first is a plain descending index.

export const MIGRATIONS: readonly string[] = [
	`
	CREATE TABLE articles (
		n bigserial PRIMARY KEY,
		id text NOT NULL UNIQUE,
		-- the hash of what this article contributes (its items and the merged records of the names it holds): an
		-- article whose fingerprint is unchanged is not written again
		fingerprint text NOT NULL,
		published text NOT NULL,
		title text NOT NULL,
		title_key text NOT NULL,
		record jsonb NOT NULL
	);
	CREATE INDEX articles_by_date ON articles (published DESC, id);
	CREATE INDEX articles_by_title ON articles (title_key);

	-- names merged across articles; their mentions and roles are rows of the articles that hold them
	CREATE TABLE entities (key text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, aliases jsonb NOT NULL, mentions integer NOT NULL DEFAULT 0);
	CREATE INDEX entities_by_mentions ON entities (mentions DESC, key);
	CREATE TABLE entity_spans (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		key text NOT NULL,
		role boolean NOT NULL,
		seq integer NOT NULL,
		span jsonb NOT NULL,
		PRIMARY KEY (article, role, seq)
	);
	CREATE INDEX entity_spans_by_key ON entity_spans (key, role, article, seq);
	CREATE TABLE entity_aliases (alias text NOT NULL, key text NOT NULL REFERENCES entities (key) ON DELETE CASCADE, PRIMARY KEY (alias, key));
	CREATE INDEX entity_aliases_by_key ON entity_aliases (key);
	CREATE TABLE entity_words (word text NOT NULL, key text NOT NULL REFERENCES entities (key) ON DELETE CASCADE, person boolean NOT NULL, PRIMARY KEY (word, key));
	CREATE INDEX entity_words_by_key ON entity_words (key);

	CREATE TABLE quotes (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		published text NOT NULL,
		speaker text,
		topics jsonb NOT NULL,
		text text NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX quotes_by_speaker ON quotes (speaker, published DESC, article, seq);

	CREATE TABLE statements (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		published text NOT NULL,
		speaker text NOT NULL,
		-- holds a quotation by its own speaker, so an answer with the quotation leaves it out
		echo boolean NOT NULL,
		topics jsonb NOT NULL,
		text text NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX statements_by_speaker ON statements (speaker, echo, published DESC, article, seq);

	CREATE TABLE meetings (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		date text NOT NULL,
		published text NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX meetings_by_date ON meetings (date DESC, published DESC, article, seq);
	CREATE TABLE meeting_parties (
		article bigint NOT NULL,
		seq integer NOT NULL,
		key text NOT NULL,
		PRIMARY KEY (article, seq, key),
		FOREIGN KEY (article, seq) REFERENCES meetings (article, seq) ON DELETE CASCADE
	);
	CREATE INDEX meeting_parties_by_key ON meeting_parties (key, article, seq);

	CREATE TABLE sentences (
		n bigserial PRIMARY KEY,
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		start integer NOT NULL,
		published text NOT NULL,
		has_figure boolean NOT NULL,
		record jsonb NOT NULL,
		search tsvector NOT NULL
	);
	CREATE INDEX sentences_by_article ON sentences (article, start);
	CREATE INDEX sentences_search ON sentences USING gin (search);
	CREATE TABLE sentence_topics (
		topic text NOT NULL,
		has_figure boolean NOT NULL,
		published text NOT NULL,
		sentence bigint NOT NULL REFERENCES sentences (n) ON DELETE CASCADE,
		PRIMARY KEY (topic, has_figure, published, sentence)
	);
	CREATE INDEX sentence_topics_by_sentence ON sentence_topics (sentence);

	CREATE TABLE figures (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		published text NOT NULL,
		sentence_start integer NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX figures_by_date ON figures (published DESC, article, seq);
	CREATE INDEX figures_by_sentence ON figures (article, sentence_start);
	CREATE TABLE figure_topics (
		topic text NOT NULL,
		published text NOT NULL,
		article bigint NOT NULL,
		seq integer NOT NULL,
		PRIMARY KEY (topic, published, article, seq),
		FOREIGN KEY (article, seq) REFERENCES figures (article, seq) ON DELETE CASCADE
	);
	CREATE INDEX figure_topics_by_figure ON figure_topics (article, seq);

	CREATE TABLE topics (name text PRIMARY KEY);

	-- autocomplete: one row per word of every name, title and topic; p1 and p2 are its first one and two letters, so
	-- that one- and two-letter input reads the heaviest rows of a short index range, and the trigram index finds a
	-- word with a typo
	CREATE TABLE completions (type text NOT NULL, key text NOT NULL, label text NOT NULL, weight double precision NOT NULL, PRIMARY KEY (type, key));
	CREATE INDEX completions_by_weight ON completions (type, weight DESC, key);
	CREATE TABLE completion_words (
		type text NOT NULL,
		key text NOT NULL,
		word text NOT NULL,
		p1 text NOT NULL,
		p2 text NOT NULL,
		weight double precision NOT NULL,
		PRIMARY KEY (type, key, word),
		FOREIGN KEY (type, key) REFERENCES completions (type, key) ON DELETE CASCADE
	);
	CREATE INDEX completion_words_p1 ON completion_words (type, p1, weight DESC);
	CREATE INDEX completion_words_p2 ON completion_words (type, p2, weight DESC);
	CREATE INDEX completion_words_prefix ON completion_words (type, word text_pattern_ops);
	CREATE INDEX completion_words_trigram ON completion_words USING gin (word gin_trgm_ops);
	`,
];
