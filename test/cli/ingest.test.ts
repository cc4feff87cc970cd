import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsJsonSchema } from '../../src/facts/load.js';
import { type CliResult, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-ingest-'));
const mixed = join(dir, 'mixed');
const allBad = join(dir, 'all-bad');
const out = join(dir, 'out');
const many = join(dir, 'many');
let good: CliResult;
let bad: CliResult;
let nowhere: CliResult;
let again: CliResult;
let asked: CliResult;
let manyIngested: CliResult;

beforeAll(async () => {
	for (const folder of [mixed, allBad, out, many]) mkdirSync(folder);
	// Enough articles for ingest to extract on worker threads (16 or more).
	for (const source of ['data/articles', 'test/fixtures/corpus/articles'])
		for (const file of readdirSync(source).filter((f) => /\.(?:md|txt)$/.test(f))) copyFileSync(join(source, file), join(many, file));
	copyFileSync('data/articles/004_b5a572f0b3c5c2ae.md', join(mixed, '004_b5a572f0b3c5c2ae.md'));
	writeFileSync(join(mixed, 'broken.md'), '---\ntitle: Undated\npublished: soon\n---\nSome body text.\n');
	writeFileSync(join(allBad, 'empty.txt'), 'Only a title\n');
	writeFileSync(join(out, 'kept.json'), 'previous store');
	[good, bad, nowhere] = await Promise.all([
		runCli('src/cli/ingest.ts', ['--articles', mixed, '--out', join(out, 'facts.json'), '--schema', join(out, 'facts.schema.json')]),
		runCli('src/cli/ingest.ts', ['--articles', allBad, '--out', join(out, 'kept.json')]),
		runCli('src/cli/ingest.ts', ['--articles', mixed, '--out', join(dir, 'missing', 'facts.json')]),
	]);
	again = await runCli('src/cli/ingest.ts', ['--articles', mixed, '--out', join(out, 'facts.json')]);
	asked = await runCli('src/cli/ask.ts', ['--json', '--data', join(out, 'facts.json'), 'quote', 'xi']);
	manyIngested = await runCli('src/cli/ingest.ts', ['--articles', many, '--out', join(dir, 'many.db')]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
	it('GIVEN one good and one bad article THEN the facts of the good one are written and the bad one is reported by name and reason', () => {
		expect(good.code).toBe(0);
		expect(good.stderr).toContain('skipped broken.md: published: expected an ISO date YYYY-MM-DD');
		expect(good.stderr).toMatch(
			/facts\.json: 1 added, 0 changed, 0 removed, 0 unchanged, 1 rejected; 1 articles, \d+ names, \d+ quotes \(\d+ attributed\)/,
		);
		expect(again.code).toBe(0);
		expect(again.stderr).toMatch(/facts\.json: 0 added, 0 changed, 0 removed, 1 unchanged, 1 rejected; 1 articles/);
		expect(readFileSync(join(out, 'facts.json')).subarray(0, 15).toString()).toBe('SQLite format 3');
		expect(readFileSync(join(out, 'facts.schema.json'), 'utf8')).toBe(factsJsonSchema());
	});

	it('GIVEN enough articles for the worker threads THEN every one is extracted and stored', () => {
		const count = readdirSync(many).length;
		expect(count).toBeGreaterThanOrEqual(16);
		expect(manyIngested.code).toBe(0);
		expect(manyIngested.stderr).toContain(`many.db: ${count} added, 0 changed, 0 removed, 0 unchanged, 0 rejected; ${count} articles`);
	});

	it('GIVEN no usable article THEN exit 1 and the existing store is left as it was, with no temporary file', () => {
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('skipped empty.txt: the body is empty');
		expect(readFileSync(join(out, 'kept.json'), 'utf8')).toBe('previous store');
		expect(readdirSync(out).sort()).toEqual(['facts.json', 'facts.schema.json', 'kept.json']);
		expect(bad.stderr).not.toContain('kept.json was not');
	});

	it('GIVEN the store ingest wrote, whatever its name THEN ask answers from it', () => {
		expect(asked.code).toBe(0);
		const answer = JSON.parse(asked.stdout) as { title: string; items: { kind: string; label: string }[] };
		expect(answer.title).toBe('Quotes: Xi Jinping');
		expect(answer.items.filter((i) => i.kind === 'quote').map((i) => i.label)).toEqual(['Xi Jinping', 'Xi Jinping']);
	});

	it('GIVEN an output folder that does not exist THEN exit 1 with the reason, not a stack trace', () => {
		expect(nowhere.code).toBe(1);
		expect(nowhere.stderr).toContain(`cannot write ${join(dir, 'missing', 'facts.json')}: its folder does not exist`);
		expect(nowhere.stderr).not.toMatch(/\bat \S+ \(/);
	});
});
