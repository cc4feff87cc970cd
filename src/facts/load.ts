import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { listArticleFiles } from '../articles/folder.js';
import { ArticleError, type SourceArticle, readArticle } from '../articles/read.js';
import { buildFacts } from '../extract/build.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { type Facts, factsSchema } from './schema.js';
import { FactsFileError, MemoryFactStore, readFactsFile } from './store.js';

export const DEFAULT_ARTICLES_DIR = 'data/articles';
export const DEFAULT_FACTS_FILE = 'data/facts.json';

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

/**
 * The store the bot and the CLI serve. The default facts file is rebuilt from the articles when it is missing or
 * older than them; an explicit file is loaded as it is.
 */
export interface OpenOptions {
	factsFile?: string;
	articlesDir?: string;
	onProblem?: (problem: ArticleProblem) => void;
	/** The stored facts could not be used and are being rebuilt from the articles: why. */
	onRebuild?: (reason: string) => void;
}

export function openFactStore(options: OpenOptions = {}): MemoryFactStore {
	const factsFile = options.factsFile ?? DEFAULT_FACTS_FILE;
	const articlesDir = options.articlesDir ?? DEFAULT_ARTICLES_DIR;
	if (options.factsFile && !options.articlesDir) return new MemoryFactStore(readFactsFile(factsFile));
	if (existsSync(factsFile)) {
		try {
			const facts = readFactsFile(factsFile);
			if (!existsSync(articlesDir) || facts.sourceHash === articlesHash(articlesDir)) return new MemoryFactStore(facts);
		} catch (error) {
			// A truncated or corrupt store is rebuilt from the articles, which stay the source of truth.
			if (!(error instanceof FactsFileError) || !existsSync(articlesDir)) throw error;
			options.onRebuild?.(error.message);
		}
	} else if (!existsSync(articlesDir)) {
		throw new FactsFileError(`no facts to serve: neither ${factsFile} nor the folder ${articlesDir} exists (see "Adding articles" in the README)`);
	}
	const { facts, problems } = ingest(articlesDir);
	for (const problem of problems) options.onProblem?.(problem);
	// Never replace a store with an empty one: a folder of broken files is a mistake to report, not a corpus.
	if (facts.articles.length === 0) throw new FactsFileError(`no usable article in ${articlesDir} (${problems.length} skipped); add articles as the README describes`);
	try {
		writeFileAtomic(factsFile, JSON.stringify(facts));
	} catch {
		// A read-only checkout still serves the freshly built facts from memory.
	}
	return new MemoryFactStore(facts);
}
