import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articlesHash, ingest, readArticles } from '../../src/facts/build-folder.js';
import { factsJsonSchema, openFactStore, writeFileAtomic } from '../../src/facts/load.js';
import { FactsFileError } from '../../src/facts/store.js';
import { EXTRACTOR_VERSION } from '../../src/extract/version.js';

// Disk failures are simulated by making node:fs fail on demand; by default every call goes through.
const fail = vi.hoisted(() => ({ rename: false, halfWrite: false }));
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	return {
		...fs,
		renameSync: (from: string, to: string) => {
			if (fail.rename) throw new Error('EIO: i/o error, rename');
			return fs.renameSync(from, to);
		},
		writeFileSync: (path: string, data: string) => {
			if (!fail.halfWrite) return fs.writeFileSync(path, data);
			fs.writeFileSync(path, data.slice(0, data.length / 2));
			throw new Error('ENOSPC: no space left on device, write');
		},
	};
});

const SEED = 'data/articles/004_b5a572f0b3c5c2ae.md';
let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'factdesk-load-'));
});
afterEach(() => {
	fail.rename = false;
	fail.halfWrite = false;
	rmSync(dir, { recursive: true, force: true });
});

/** A folder of articles: one good seed plus the files given. */
function articles(files: Record<string, string> = {}): string {
	const folder = join(dir, 'articles');
	mkdirSync(folder);
	copyFileSync(SEED, join(folder, '004_b5a572f0b3c5c2ae.md'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
	return folder;
}

describe('readArticles and ingest', () => {
	it('GIVEN one good and several bad articles THEN the bad ones are reported by file name and reason and the good one is kept', () => {
		const folder = articles({ 'no-title.md': '---\npublished: 2024-05-16\n---\nBody.\n', 'empty.txt': 'Title only\n', 'notes.json': '{}' });
		const { articles: read, problems } = readArticles(folder);
		expect(read.map((a) => a.id)).toEqual(['004_b5a572f0b3c5c2ae']);
		expect(problems).toEqual([
			{ file: 'notes.json', reason: 'it is not an article file: articles end in .md or .txt' },
			{ file: 'empty.txt', reason: 'the body is empty' },
			{ file: 'no-title.md', reason: 'title: missing' },
		]);
	});

	it('GIVEN two files with the same id THEN the second is reported, not merged', () => {
		const folder = articles({ '004_b5a572f0b3c5c2ae.txt': 'A title\n\nA body.\n' });
		expect(readArticles(folder).problems).toEqual([{ file: '004_b5a572f0b3c5c2ae.txt', reason: 'another file already has the id 004_b5a572f0b3c5c2ae' }]);
	});

	it('GIVEN a folder with a bad article THEN ingest builds facts from the rest, stamped with the folder fingerprint', () => {
		const folder = articles({ 'bad.md': 'no front matter' });
		const { facts, problems } = ingest(folder);
		expect(problems).toEqual([{ file: 'bad.md', reason: 'no YAML front matter (a block between two --- lines at the top)' }]);
		expect(facts.articles.map((a) => [a.id, a.title])).toEqual([
			['004_b5a572f0b3c5c2ae', 'Vladimir Putin and Xi Jinping Promise a New Era Against US Domination'],
		]);
		expect(facts.quotes.length).toBeGreaterThan(0);
		expect(facts.sourceHash).toBe(articlesHash(folder));
	});
});

describe('articlesHash', () => {
	it('GIVEN the same files THEN the same fingerprint; GIVEN an edited article THEN a new one; other files do not count', () => {
		const folder = articles();
		const before = articlesHash(folder);
		writeFileSync(join(folder, 'notes.json'), '{}');
		writeFileSync(join(folder, '.draft.md'), 'x');
		expect(articlesHash(folder)).toBe(before);
		writeFileSync(join(folder, 'extra.txt'), 'Title\n\nBody text.\n');
		expect(articlesHash(folder)).not.toBe(before);
	});
});

describe('writeFileAtomic', () => {
	it('GIVEN a write THEN the target holds the content and no temporary file is left', () => {
		const target = join(dir, 'facts.json');
		writeFileAtomic(target, 'new');
		writeFileAtomic(target, 'newer');
		expect(readFileSync(target, 'utf8')).toBe('newer');
		expect(readdirSync(dir)).toEqual(['facts.json']);
	});

	it('GIVEN a disk that fails half-way through the write THEN the old target is intact and no temporary file is left', () => {
		const target = join(dir, 'facts.json');
		writeFileSync(target, 'old');
		fail.halfWrite = true;
		expect(() => writeFileAtomic(target, 'x'.repeat(1000))).toThrow('ENOSPC');
		fail.halfWrite = false;
		expect(readFileSync(target, 'utf8')).toBe('old');
		expect(readdirSync(dir)).toEqual(['facts.json']);
	});

	it('GIVEN a rename that fails THEN the old target is intact and no temporary file is left', () => {
		const target = join(dir, 'facts.json');
		writeFileSync(target, 'old');
		fail.rename = true;
		expect(() => writeFileAtomic(target, 'new')).toThrow('EIO');
		expect(readFileSync(target, 'utf8')).toBe('old');
		expect(readdirSync(dir)).toEqual(['facts.json']);
	});
});

describe('openFactStore', () => {
	it('GIVEN no store THEN it builds the database from the articles; GIVEN a new article THEN the store takes it at the next start', async () => {
		const folder = articles();
		const factsFile = join(dir, 'factdesk.db');
		const store = await openFactStore({ factsFile, articlesDir: folder });
		expect((await store.articles(10)).items.map((a) => a.id)).toEqual(['004_b5a572f0b3c5c2ae']);
		await store.close();
		writeFileSync(join(folder, 'pasted.txt'), 'A pasted article\n\nMinister Jane Doe met Prime Minister John Roe in Paris on Monday.\n');
		const served = await openFactStore({ factsFile });
		expect((await served.articles(10)).total).toBe(1);
		await served.close();
		const reports: string[] = [];
		const rebuilt = await openFactStore({ factsFile, articlesDir: folder, onReport: (r) => reports.push(`${r.added} | ${r.unchanged}`) });
		expect((await rebuilt.articles(10)).items.map((a) => a.id).sort()).toEqual(['004_b5a572f0b3c5c2ae', 'pasted']);
		expect(reports).toEqual(['pasted.txt | 1']);
		await rebuilt.close();
	});

	it('GIVEN a facts file written by an earlier version THEN it is still served ' +
		'when named alone, and replaced by a database beside the articles', async () => {
		const folder = articles();
		const factsFile = join(dir, 'facts.json');
		writeFileSync(factsFile, JSON.stringify(ingest(folder).facts));
		const old = await openFactStore({ factsFile });
		expect((await old.quotesBy('xi-jinping', 1)).total).toBeGreaterThan(0);
		const reasons: string[] = [];
		const store = await openFactStore({ factsFile, articlesDir: folder, onRebuild: (reason) => reasons.push(reason) });
		expect(reasons).toEqual([`${factsFile} was not a Factdesk database; replaced by one built from the articles`]);
		expect(readFileSync(factsFile).subarray(0, 15).toString()).toBe('SQLite format 3');
		expect((await store.quotesBy('xi-jinping', 1)).total).toBe((await old.quotesBy('xi-jinping', 1)).total);
		await store.close();
	});

	it('GIVEN an explicit file that is no store, or none THEN a FactsFileError that says what to do, not a crash', async () => {
		const factsFile = join(dir, 'facts.json');
		writeFileSync(factsFile, '{"version": 1}');
		await expect(openFactStore({ factsFile })).rejects.toThrow(FactsFileError);
		writeFileSync(factsFile, 'plain words');
		await expect(openFactStore({ factsFile })).rejects.toThrow(
			`${factsFile} is neither a Factdesk database nor a facts file; rebuild it with npm run ingest -- --out ${factsFile}`,
		);
		await expect(openFactStore({ factsFile: join(dir, 'absent.db') })).rejects.toThrow('no such store; build it with npm run ingest');
	});

	it('GIVEN neither a store nor an articles folder THEN a FactsFileError naming both', async () => {
		await expect(openFactStore({ factsFile: join(dir, 'none.db'), articlesDir: join(dir, 'none') })).rejects.toThrow(
			/no facts to serve: neither .*none\.db nor the folder .*none exists/,
		);
	});
});

describe('the build products', () => {
	it('GIVEN a clone THEN no facts store is tracked: git ignores data/facts.json and databases', () => {
		const ignored = execFileSync('git', ['check-ignore', 'data/facts.json', 'data/factdesk.db'], { encoding: 'utf8' });
		expect(ignored.trim().split('\n')).toEqual(['data/facts.json', 'data/factdesk.db']);
		expect(execFileSync('git', ['ls-files', 'data/facts.json'], { encoding: 'utf8' })).toBe('');
	});

	it('GIVEN the same articles THEN the fingerprint changes with the extractor version, and only with it', () => {
		const folder = articles();
		expect(articlesHash(folder)).toBe(articlesHash(folder, EXTRACTOR_VERSION));
		expect(articlesHash(folder, EXTRACTOR_VERSION + 1)).not.toBe(articlesHash(folder));
	});
});

describe('factsJsonSchema', () => {
	const schema = JSON.parse(factsJsonSchema());

	it('GIVEN the export THEN valid JSON Schema of an object with every top-level property required', () => {
		const top = ['version', 'sourceHash', 'articles', 'entities', 'sentences', 'quotes', 'statements', 'figures', 'meetings', 'topics'];
		expect({ $schema: schema.$schema, type: schema.type, properties: Object.keys(schema.properties), required: schema.required }).toEqual({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			type: 'object',
			properties: top,
			required: top,
		});
		expect(schema.properties.quotes.items.properties.span.required).toEqual(['article', 'start', 'end', 'text']);
	});

	it('GIVEN data/facts.schema.json THEN it is the current export', () => {
		expect(readFileSync('data/facts.schema.json', 'utf8')).toBe(factsJsonSchema());
	});
});
