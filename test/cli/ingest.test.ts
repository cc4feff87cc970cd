import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsJsonSchema } from '../../src/facts/load.js';
import { readFactsFile } from '../../src/facts/store.js';
import { type CliResult, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-ingest-'));
const mixed = join(dir, 'mixed');
const allBad = join(dir, 'all-bad');
const out = join(dir, 'out');
let good: CliResult;
let bad: CliResult;
let nowhere: CliResult;

beforeAll(async () => {
	for (const folder of [mixed, allBad, out]) mkdirSync(folder);
	copyFileSync('data/articles/004_b5a572f0b3c5c2ae.md', join(mixed, '004_b5a572f0b3c5c2ae.md'));
	writeFileSync(join(mixed, 'broken.md'), '---\ntitle: No date\n---\nSome body text.\n');
	writeFileSync(join(allBad, 'empty.txt'), 'Only a title\n');
	writeFileSync(join(out, 'kept.json'), 'previous store');
	[good, bad, nowhere] = await Promise.all([
		runCli('src/cli/ingest.ts', ['--articles', mixed, '--out', join(out, 'facts.json'), '--schema', join(out, 'facts.schema.json')]),
		runCli('src/cli/ingest.ts', ['--articles', allBad, '--out', join(out, 'kept.json')]),
		runCli('src/cli/ingest.ts', ['--articles', mixed, '--out', join(dir, 'missing', 'facts.json')]),
	]);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
	it('GIVEN one good and one bad article THEN the facts of the good one are written and the bad one is reported by name and reason', () => {
		expect(good.code).toBe(0);
		expect(good.stderr).toContain('skipped broken.md: published: missing');
		expect(good.stderr).toMatch(/facts\.json: 1 articles, \d+ names, \d+ quotes \(\d+ attributed\)/);
		expect(readFactsFile(join(out, 'facts.json')).articles.map((a) => a.id)).toEqual(['004_b5a572f0b3c5c2ae']);
		expect(readFileSync(join(out, 'facts.schema.json'), 'utf8')).toBe(factsJsonSchema());
	});

	it('GIVEN no usable article THEN exit 1 and the existing store is left as it was, with no temporary file', () => {
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('skipped empty.txt: the body is empty');
		expect(readFileSync(join(out, 'kept.json'), 'utf8')).toBe('previous store');
		expect(readdirSync(out).sort()).toEqual(['facts.json', 'facts.schema.json', 'kept.json']);
	});

	it('GIVEN an output folder that does not exist THEN exit 1 with the reason, not a stack trace', () => {
		expect(nowhere.code).toBe(1);
		expect(nowhere.stderr).toContain(`cannot write ${join(dir, 'missing', 'facts.json')}: its folder does not exist`);
		expect(nowhere.stderr).not.toMatch(/\bat \S+ \(/);
	});
});
