import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { FactsFileError, MemoryFactStore, type ReadFactsOptions, readFactsFile } from '../facts/store.js';
import type { FactStore } from './contract.js';
import { type IngestReport, NoArticlesError, applyArticleChanges } from './ingest.js';
import type Database from 'better-sqlite3';
import { DatabaseBusyError, SqliteFactStore, StoreError, isBusy, openDatabase } from './sqlite/store.js';

// Opening the store a file holds, and building one from the articles. The articles stay the source of truth: a store
// that is corrupt or fails to migrate is set aside (FILE.corrupt, for inspection), reported, and rebuilt from them.
// A store that another process is writing ("database is locked") is neither: it is waited for, then reported.

const SQLITE_HEADER = 'SQLite format 3\0';

function header(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const bytes = Buffer.alloc(16);
		return bytes.subarray(0, readSync(fd, bytes, 0, 16, 0)).toString('latin1');
	} finally {
		closeSync(fd);
	}
}

/** Errors that mean the file cannot be trusted as a database, as opposed to a busy or read-only one. */
function isCorrupt(error: unknown): boolean {
	const code = (error as { code?: unknown }).code;
	return error instanceof StoreError || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT_VTAB';
}

/** How a database that another process holds locked is waited for. */
export interface BusyRetry {
	/** Opening is tried this many times in all. */
	tries?: number;
	/** The pause before the second try, doubled before each later one. */
	pauseMs?: number;
	/** How long each statement waits for the other process's lock (SQLite's busy_timeout). */
	timeoutMs?: number;
	/** Told of each busy try, and of when the next one comes. */
	onBusy?: (message: string) => void;
}

const BUSY_TRIES = 4;
const BUSY_PAUSE_MS = 2000;

const lockedMessage = (file: string) => `${file} is locked: another process is writing to it ("database is locked")`;

/** The database at `file`, opened once another process's write lets it; a FactsFileError when it never does. */
async function openWhenFree(file: string, busy: BusyRetry = {}): Promise<Database.Database> {
	const tries = busy.tries ?? BUSY_TRIES;
	for (let attempt = 1; ; attempt++) {
		try {
			return openDatabase(file, busy.timeoutMs);
		} catch (error) {
			if (!(error instanceof DatabaseBusyError)) throw error;
			if (attempt >= tries) throw new FactsFileError(`${lockedMessage(file)}, still after ${tries} tries; start again once it has finished (an ingest?)`);
			const pauseMs = (busy.pauseMs ?? BUSY_PAUSE_MS) * 2 ** (attempt - 1);
			busy.onBusy?.(`${lockedMessage(file)}; trying again in ${pauseMs / 1000} s (try ${attempt} of ${tries})`);
			await new Promise((resolve) => setTimeout(resolve, pauseMs));
		}
	}
}

/** Opens a store file as it is: a database, or a facts file written by earlier versions. */
export async function openStoreFile(file: string, options: ReadFactsOptions & { busy?: BusyRetry } = {}): Promise<FactStore> {
	if (!existsSync(file)) throw new FactsFileError(`${file}: no such store; build it with npm run ingest -- --out ${file}`);
	let head: string;
	try {
		// A pipe or a folder is refused before it is opened: reading a pipe would wait for ever.
		if (!statSync(file).isFile()) throw new Error('it is not a regular file');
		head = header(file);
	} catch (error) {
		throw new FactsFileError(`${file}: cannot read the store (${(error as Error).message})`);
	}
	if (head.startsWith('{')) return new MemoryFactStore(readFactsFile(file, options));
	if (head !== SQLITE_HEADER) {
		throw new FactsFileError(`${file} is neither a Factdesk database nor a facts file; rebuild it with npm run ingest -- --out ${file}`);
	}
	try {
		return new SqliteFactStore(await openWhenFree(file, options.busy));
	} catch (error) {
		if (error instanceof StoreError) throw new FactsFileError(`${error.message}; rebuild it with npm run ingest -- --out ${file}`);
		throw error;
	}
}

/** Moves a broken store and its journal out of the way, keeping the store itself as FILE.corrupt. */
function setAside(file: string): void {
	try {
		renameSync(file, `${file}.corrupt`);
	} catch {
		rmSync(file, { force: true });
	}
	for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

export interface BuildOptions {
	onRebuild?: (reason: string) => void;
	onProblem?: (problem: { file: string; reason: string }) => void;
	onReport?: (report: IngestReport) => void;
	workers?: number;
	busy?: BusyRetry;
}

function removeDatabase(file: string): void {
	for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Brings the database at `file` in line with the articles folder, extracting only what changed. A missing store, a
 * file that is no database, or a corrupt one is built afresh beside it and replaces it only once it holds articles:
 * a folder with no usable article is an error, never an empty store, and the file is then left as it was.
 */
export async function buildStore(file: string, articlesDir: string, options: BuildOptions = {}): Promise<{ store: SqliteFactStore; report: IngestReport }> {
	const ingest = async (store: SqliteFactStore) => {
		try {
			return await applyArticleChanges(store, articlesDir, { workers: options.workers });
		} catch (error) {
			if (error instanceof NoArticlesError) for (const problem of error.rejected) options.onProblem?.(problem);
			if (isBusy(error)) throw new FactsFileError(`${lockedMessage(file)}; start again once it has finished`);
			throw error;
		}
	};
	const done = (store: SqliteFactStore, report: IngestReport) => {
		for (const problem of report.rejected) options.onProblem?.(problem);
		options.onReport?.(report);
		return { store, report };
	};
	const exists = existsSync(file);
	let corrupt = false;
	if (exists && header(file) === SQLITE_HEADER) {
		let store: SqliteFactStore | undefined;
		try {
			store = new SqliteFactStore(await openWhenFree(file, options.busy));
			return done(store, await ingest(store));
		} catch (error) {
			await store?.close();
			if (!isCorrupt(error)) throw error;
			corrupt = true;
			options.onRebuild?.(`${(error as Error).message}; set aside as ${file}.corrupt and rebuilt from the articles`);
		}
	}

	const building = `${file}.building`;
	removeDatabase(building);
	let store = new SqliteFactStore(openDatabase(building));
	let report: IngestReport;
	try {
		report = await ingest(store);
	} catch (error) {
		await store.close();
		removeDatabase(building);
		throw error;
	}
	await store.close();
	if (corrupt) setAside(file);
	// An earlier version's facts file, or anything else at that path, is replaced only now that the database is built.
	else if (exists) options.onRebuild?.(`${file} was not a Factdesk database; replaced by one built from the articles`);
	removeDatabase(file);
	renameSync(building, file);
	store = new SqliteFactStore(openDatabase(file));
	return done(store, report);
}
