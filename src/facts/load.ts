import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { factsSchema } from './schema.js';
import { FactsFileError, type ReadFactsOptions } from './store.js';
import type { FactStore } from '../store/contract.js';
import { type IngestReport } from '../store/ingest.js';
import { type BusyRetry, buildStore, openStoreFile } from '../store/open.js';

export const DEFAULT_ARTICLES_DIR = 'data/articles';
/** The embedded database the bot serves by default (git-ignored, rebuilt from the articles when lost). */
export const DEFAULT_STORE_FILE = 'data/factdesk.db';

export interface ArticleProblem {
	file: string;
	reason: string;
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
	/** A database another process is writing: how long to wait for it, and whom to tell. */
	busy?: BusyRetry;
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
