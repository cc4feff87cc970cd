import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { listArticleFiles } from '../articles/folder.js';
import { ArticleError } from '../articles/errors.js';
import { type SourceArticle, readArticle } from '../articles/read.js';
import { buildFacts } from '../extract/build.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import type { ArticleProblem } from './load.js';
import type { Facts } from './schema.js';

// An articles folder read and built whole in memory, with no store: what eval scores and the tests compare the
// stores with. Kept apart from load.ts, so that a process that only serves a store loads neither YAML nor the extractor.

const articleFiles = (dir: string): string[] => listArticleFiles(dir).files;

/** Fingerprint of the article files (by name and content) and of the extraction rules' version, stored in the facts. */
export function articlesHash(dir: string, extractorVersion = EXTRACTOR_VERSION): string {
	const hash = createHash('sha256').update(`extractor ${extractorVersion}\0`);
	for (const file of articleFiles(dir)) hash.update(basename(file)).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('hex');
}

/** Reads every .md and .txt article in `dir`; a malformed one is reported and skipped, never fatal to the rest. */
export function readArticles(dir: string): { articles: SourceArticle[]; problems: ArticleProblem[] } {
	const articles: SourceArticle[] = [];
	const { files, problems } = listArticleFiles(dir);
	const ids = new Set<string>();
	for (const file of files) {
		try {
			const article = readArticle(file);
			if (ids.has(article.id)) throw new ArticleError(article.file, `another file already has the id ${article.id}`);
			ids.add(article.id);
			articles.push(article);
		} catch (error) {
			if (!(error instanceof ArticleError)) throw error;
			problems.push({ file: error.file, reason: error.reason });
		}
	}
	return { articles, problems };
}

export function ingest(articlesDir: string): { facts: Facts; problems: ArticleProblem[] } {
	const { articles, problems } = readArticles(articlesDir);
	return { facts: buildFacts(articles, articlesHash(articlesDir)), problems };
}
