import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { ArticleError, type SourceArticle, readArticle } from '../articles/read.js';
import { buildFacts } from '../extract/build.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { type Facts, factsSchema } from './schema.js';
import { FactStore, FactsFileError, readFactsFile } from './store.js';

export const DEFAULT_ARTICLES_DIR = 'data/articles';
export const DEFAULT_FACTS_FILE = 'data/facts.json';

export interface ArticleProblem {
	file: string;
	reason: string;
}

function articleFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => ['.md', '.txt'].includes(extname(f).toLowerCase()) && !f.startsWith('.'))
		.sort()
		.map((f) => join(dir, f));
}

/** Fingerprint of the article files (by name and content) and of the extraction rules' version, stored in the facts. */
export function articlesHash(dir: string, extractorVersion = EXTRACTOR_VERSION): string {
	const hash = createHash('sha256').update(`extractor ${extractorVersion}\0`);
	for (const file of articleFiles(dir)) hash.update(basename(file)).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('hex');
}

/** Reads every .md and .txt article in `dir`; a malformed one is reported and skipped, never fatal to the rest. */
export function readArticles(dir: string): { articles: SourceArticle[]; problems: ArticleProblem[] } {
	const articles: SourceArticle[] = [];
	const problems: ArticleProblem[] = [];
	const ids = new Set<string>();
	for (const file of articleFiles(dir)) {
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
export function openFactStore(options: { factsFile?: string; articlesDir?: string; onProblem?: (problem: ArticleProblem) => void } = {}): FactStore {
	const factsFile = options.factsFile ?? DEFAULT_FACTS_FILE;
	const articlesDir = options.articlesDir ?? DEFAULT_ARTICLES_DIR;
	if (options.factsFile && !options.articlesDir) return new FactStore(readFactsFile(factsFile));
	if (existsSync(factsFile)) {
		const facts = readFactsFile(factsFile);
		if (!existsSync(articlesDir) || facts.sourceHash === articlesHash(articlesDir)) return new FactStore(facts);
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
	return new FactStore(facts);
}
