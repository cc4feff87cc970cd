import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { listArticleFiles } from '../articles/folder.js';
import { ArticleError, type SourceArticle, readArticle } from '../articles/read.js';
import { buildFacts } from '../extract/build.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { type Facts, factsSchema } from './schema.js';
import { FactsFileError, MemoryFactStore, type ReadFactsOptions, readFactsFile } from './store.js';
import type { FactStore } from '../store/contract.js';
import { type IngestReport } from '../store/ingest.js';
import { buildStore, openStoreFile } from '../store/open.js';

export const DEFAULT_ARTICLES_DIR = 'data/articles';
/** The embedded database the bot serves by default (git-ignored, rebuilt from the articles when lost). */
export const DEFAULT_STORE_FILE = 'data/factdesk.db';

export interface ArticleProblem {
	file: string;
	reason: string;
}

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

/** Writes to a temporary file and renames it, so a failed run never leaves a half-written store. */
export function writeFileAtomic(path: string, content: string): void {
	const tmp = join(dirname(path), `.${Date.now()}-${process.pid}.tmp`);
	try {
		writeFileSync(tmp, content);
		renameSync(tmp, path);
	} finally {
		rmSync(tmp, { force: true });
	}
}

export function ingest(articlesDir: string): { facts: Facts; problems: ArticleProblem[] } {
	const { articles, problems } = readArticles(articlesDir);
	return { facts: buildFacts(articles, articlesHash(articlesDir)), problems };
}

export function factsJsonSchema(): string {
	return `${JSON.stringify(z.toJSONSchema(factsSchema), null, '\t')}\n`;
}

export interface OpenOptions extends ReadFactsOptions {
	/** The store file (a database; a facts file written by earlier versions is still read). */
	factsFile?: string;
	/** A postgres:// URL (DATABASE_URL): the archive PostgreSQL holds, instead of a file. */
	databaseUrl?: string;
	articlesDir?: string;
	onProblem?: (problem: ArticleProblem) => void;
	/** The stored facts could not be used and are being rebuilt from the articles: why. */
	onRebuild?: (reason: string) => void;
	/** What the ingest changed, when the store was brought in line with the articles. */
	onReport?: (report: IngestReport) => void;
}

/**
 * The store the bot and the CLI serve. The default store is created when missing and brought in line with the
 * articles folder at every start (only what changed is extracted); an explicit file alone is opened as it is.
 */
export async function openFactStore(options: OpenOptions = {}): Promise<FactStore> {
	// A database URL moves the archive to PostgreSQL, shared by every process that names it; an explicit file wins.
	const url = options.factsFile ? undefined : options.databaseUrl;
	if (url) {
		// The PostgreSQL client is loaded only by the processes that use it.
		const { openPostgresStore } = await import('../store/postgres/open.js');
		return (await openPostgresStore(url, options.articlesDir ?? DEFAULT_ARTICLES_DIR, options)).store;
	}
	const file = options.factsFile ?? DEFAULT_STORE_FILE;
	if (options.factsFile && !options.articlesDir) return openStoreFile(file, options);
	const articlesDir = options.articlesDir ?? DEFAULT_ARTICLES_DIR;
	if (!existsSync(articlesDir)) {
		if (existsSync(file)) return openStoreFile(file, options);
		throw new FactsFileError(`no facts to serve: neither ${file} nor the folder ${articlesDir} exists (see "Adding articles" in the README)`);
	}
	return (await buildStore(file, articlesDir, options)).store;
}
