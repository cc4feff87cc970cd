// The PostgreSQL schema, one migration per version; schema_migrations records which have run. A migration is
// appended, never edited once released: an existing database is brought forward by the ones it has not run.
//
// The tables mirror the embedded engine's (src/store/sqlite/migrations.ts) so that both are written the same way:
// every item keeps its zod-checked JSON in `record`, with the columns its lookups need beside it, and rows are tied
// to their article (`article` = articles.n, ON DELETE CASCADE) so that removing or changing one article deletes
// exactly its rows. Dates are ISO text ('' when unknown), so that newest-first is a plain descending index.

export const MIGRATIONS: readonly string[] = [
	`
	CREATE TABLE articles (
		n bigserial PRIMARY KEY,
		id text NOT NULL UNIQUE,
		-- the file's name within the articles folder, its size and modification time, and the hash of the extractor
		-- version and the content: a file whose size and time are unchanged is not read again
		file text NOT NULL UNIQUE,
		size bigint NOT NULL,
		mtime double precision NOT NULL,
		fingerprint text NOT NULL,
		published text NOT NULL,
		title text NOT NULL,
		title_key text NOT NULL,
		record jsonb NOT NULL
	);
	CREATE INDEX articles_by_date ON articles (published DESC, n);
	CREATE INDEX articles_by_title ON articles (title_key);

	-- each article's own names, before they are merged across articles
	CREATE TABLE names (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		name text NOT NULL,
		kind text NOT NULL,
		-- a person named in full links bare surnames elsewhere by this surname; a bare surname is claimed by it
		surname text,
		bare text,
		key text NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX names_by_key ON names (key);
	CREATE INDEX names_by_surname ON names (surname) WHERE surname IS NOT NULL;
	CREATE INDEX names_by_bare ON names (bare) WHERE bare IS NOT NULL;
	CREATE INDEX names_by_name ON names (article, name);

	CREATE TABLE entities (key text PRIMARY KEY, kind text NOT NULL, mentions integer NOT NULL, record jsonb NOT NULL);
	CREATE INDEX entities_by_mentions ON entities (mentions DESC, key);
	CREATE TABLE entity_aliases (alias text NOT NULL, key text NOT NULL, PRIMARY KEY (alias, key));
	CREATE INDEX entity_aliases_by_key ON entity_aliases (key);
	CREATE TABLE entity_words (word text NOT NULL, key text NOT NULL, PRIMARY KEY (word, key));
	CREATE INDEX entity_words_by_key ON entity_words (key);

	-- speaker_name is the article's own name for the speaker; speaker the entity key it stands for
	CREATE TABLE quotes (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		published text NOT NULL,
		speaker_name text,
		speaker text,
		topics jsonb NOT NULL,
		text text NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX quotes_by_speaker ON quotes (speaker, published DESC, article, seq);
	CREATE INDEX quotes_by_name ON quotes (article, speaker_name);

	CREATE TABLE statements (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		published text NOT NULL,
		speaker_name text NOT NULL,
		speaker text NOT NULL,
		-- holds a quotation by its own speaker, so an answer with the quotation leaves it out
		echo boolean NOT NULL DEFAULT false,
		topics jsonb NOT NULL,
		text text NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX statements_by_speaker ON statements (speaker, echo, published DESC, article, seq);
	CREATE INDEX statements_by_name ON statements (article, speaker_name);

	CREATE TABLE meetings (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		-- '' when undated
		date text NOT NULL,
		published text NOT NULL,
		-- reports that may tell the same event share a group; which do is decided within it
		event_group text NOT NULL,
		kind text NOT NULL,
		record jsonb NOT NULL,
		PRIMARY KEY (article, seq)
	);
	CREATE INDEX meetings_by_date ON meetings (date DESC, published DESC, article, seq);
	CREATE INDEX meetings_by_group ON meetings (event_group);
	CREATE TABLE meeting_parties (
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		place integer NOT NULL,
		name text NOT NULL,
		key text NOT NULL,
		date text,
		PRIMARY KEY (article, seq, place)
	);
	CREATE INDEX meeting_parties_by_key ON meeting_parties (key, date DESC, article, seq);
	CREATE INDEX meeting_parties_by_name ON meeting_parties (article, name);

	CREATE TABLE sentences (
		n bigserial PRIMARY KEY,
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		start integer NOT NULL,
		published text NOT NULL,
		has_figure boolean NOT NULL,
		record jsonb NOT NULL,
		-- the sentence's words, accents folded, stemmed as English
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
		article bigint NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
		seq integer NOT NULL,
		PRIMARY KEY (topic, published, article, seq)
	);
	CREATE INDEX figure_topics_by_article ON figure_topics (article);

	-- counts kept as rows change, so that no answer counts a topic's rows
	CREATE TABLE topic_counts (topic text PRIMARY KEY, sentences integer NOT NULL, figures integer NOT NULL);
	CREATE TABLE totals (name text PRIMARY KEY, n integer NOT NULL);
	INSERT INTO totals VALUES ('articles', 0), ('figures', 0), ('meetings', 0), ('dated meetings', 0);

	-- autocomplete: one row per word of every name, title and topic; p1 and p2 are its first one and two letters, so
	-- that one- and two-letter input reads the heaviest rows of a short index range; the trigram index finds a word
	-- with a typo
	CREATE TABLE completions (type text NOT NULL, key text NOT NULL, label text NOT NULL, weight double precision NOT NULL, PRIMARY KEY (type, key));
	CREATE INDEX completions_by_weight ON completions (type, weight DESC, key);
	CREATE TABLE completion_words (
		type text NOT NULL,
		word text NOT NULL,
		p1 text NOT NULL,
		p2 text NOT NULL,
		weight double precision NOT NULL,
		key text NOT NULL,
		PRIMARY KEY (type, word, key)
	);
	CREATE INDEX completion_words_p1 ON completion_words (type, p1, weight DESC);
	CREATE INDEX completion_words_p2 ON completion_words (type, p2, weight DESC);
	CREATE INDEX completion_words_prefix ON completion_words (type, word text_pattern_ops);
	CREATE INDEX completion_words_by_key ON completion_words (type, key);
	CREATE INDEX completion_words_trigram ON completion_words USING gin (word gin_trgm_ops);
	`,
];
