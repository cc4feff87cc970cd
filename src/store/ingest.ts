import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { listArticleFiles } from '../articles/folder.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { FactsFileError } from '../facts/store.js';
import { type ArticleChanges, type StoredFile, type WritableFactStore, idOf } from './contract.js';
import type { ExtractedArticle } from './extract.js';

// Incremental ingest: the articles folder is the source of truth and the store follows it. A file whose size and
// time are unchanged is not read; one whose bytes are unchanged is not extracted again; only new and changed files
// are extracted (on every core), and only the merges their names touch are redone.

export interface ArticleRejection {
	file: string;
	reason: string;
}

export interface IngestReport {
	/** File names, sorted. */
	added: string[];
	changed: string[];
	removed: string[];
	unchanged: number;
	/** Files that cannot be read as articles; a rejected file that was stored before keeps its previous facts. */
	rejected: ArticleRejection[];
}

/** The folder holds no usable article: nothing was changed. */
export class NoArticlesError extends FactsFileError {
	constructor(
		dir: string,
		readonly rejected: ArticleRejection[],
	) {
		super(`no usable article in ${dir} (${rejected.length} skipped); add articles as the README describes`);
	}
}

/** Articles written to the store in one transaction: large enough to be fast, small enough to hold in memory. */
const WRITE_BATCH = 250;

const fingerprintOf = (bytes: Buffer) => `${EXTRACTOR_VERSION}:${createHash('sha256').update(bytes).digest('hex')}`;

export interface ApplyOptions {
	/** Worker threads extracting the files (0: this thread); by default one per free core (defaultWorkers). */
	workers?: number;
	/**
	 * Only these file names changed (a watch of the folder said so): they alone are looked at, one not in the folder
	 * any more is removed, and every other file is taken as unchanged without being counted.
	 */
	only?: readonly string[];
}

/** Brings the store in line with the articles folder and says what changed. */
export async function applyArticleChanges(store: WritableFactStore, articlesDir: string, options: ApplyOptions = {}): Promise<IngestReport> {
	const { files, problems } = listArticleFiles(articlesDir, options.only);
	const report: IngestReport = { added: [], changed: [], removed: [], unchanged: 0, rejected: problems.map((p) => ({ file: p.file, reason: p.reason })) };
	const stored = await store.storedFiles(options.only);
	const present = new Set([...files.map((f) => basename(f)), ...problems.map((p) => p.file)]);
	const looked = options.only ? new Set(options.only) : null;
	const removed = [...stored.keys()].filter((file) => !present.has(file) && (looked?.has(file) ?? true)).sort();

	const touched: StoredFile[] = [];
	const toExtract: { path: string; stored: StoredFile }[] = [];
	for (const path of files) {
		const file = basename(path);
		const before = stored.get(file);
		let stat;
		try {
			stat = statSync(path);
		} catch (error) {
			report.rejected.push({ file, reason: `it cannot be read (${(error as Error).message})` });
			continue;
		}
		const current = { file, id: idOf(file), size: stat.size, mtime: stat.mtimeMs };
		if (before && before.size === current.size && before.mtime === current.mtime && before.fingerprint.startsWith(`${EXTRACTOR_VERSION}:`)) {
			report.unchanged++;
			continue;
		}
		let fingerprint;
		try {
			fingerprint = fingerprintOf(readFileSync(path));
		} catch (error) {
			report.rejected.push({ file, reason: `it cannot be read (${(error as Error).message})` });
			continue;
		}
		if (before?.fingerprint === fingerprint) {
			touched.push({ ...current, fingerprint });
			report.unchanged++;
		} else toExtract.push({ path, stored: { ...current, fingerprint } });
	}
	if (touched.length) await store.touchFiles(touched);

	// Ids are file names without the extension: "a.md" and "a.txt" cannot both be stored.
	const owners = new Map([...stored.values()].filter((s) => !removed.includes(s.file)).map((s) => [s.id, s.file]));
	let batch: ArticleChanges['put'][number][] = [];
	// Removals go with the first batch of articles, or at the end once some article is known to remain: a folder
	// with no usable article is a mistake to report (a wrong path, a failed copy), not a reason to empty the store.
	let pendingRemovals = removed;
	const flush = async (more: boolean) => {
		if (more && !batch.length && !pendingRemovals.length) return;
		await store.applyChanges({ remove: pendingRemovals, put: batch, more });
		pendingRemovals = [];
		batch = [];
	};
	const byPath = new Map(toExtract.map((t) => [t.path, t.stored]));
	// The extractor is loaded when there is something to extract: a process serving an archive as it is never needs it.
	const { extractFiles } = await import('./extract.js');
	await extractFiles(
		toExtract.map((t) => t.path),
		async (result) => {
			const s = byPath.get(result.file)!;
			if (!result.ok) return void report.rejected.push({ file: s.file, reason: result.reason });
			const owner = owners.get(result.value.facts.article.id);
			if (owner !== undefined && owner !== s.file) {
				return void report.rejected.push({ file: s.file, reason: `another file (${owner}) already has the id ${result.value.facts.article.id}` });
			}
			owners.set(result.value.facts.article.id, s.file);
			(stored.has(s.file) ? report.changed : report.added).push(s.file);
			batch.push({ stored: s, article: result.value satisfies ExtractedArticle });
			if (batch.length >= WRITE_BATCH) await flush(true);
		},
		options.workers,
	);
	// With `only`, the stored files read are those looked at: the rest are kept.
	const kept = options.only ? (await store.articles(0)).total - removed.length : [...stored.keys()].filter((file) => !removed.includes(file)).length;
	if (kept === 0 && report.added.length === 0) {
		throw new NoArticlesError(articlesDir, report.rejected);
	}
	// The last batch, possibly empty, merges the names and events all the batches touched.
	await flush(false);
	report.removed = removed;
	report.added.sort();
	report.changed.sort();
	report.rejected.sort((a, b) => a.file.localeCompare(b.file));
	return report;
}

/** "3 added, 1 changed, 0 removed, 120 unchanged, 1 rejected" */
export function describeReport(r: IngestReport): string {
	return `${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed, ${r.unchanged} unchanged, ${r.rejected.length} rejected`;
}
