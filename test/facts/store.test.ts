import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Facts files as earlier versions wrote them, still read by `ask --data`; the store contract is tested in test/store.
import { ingest } from '../../src/facts/build-folder.js';
import { FactsFileError, MAX_FACTS_FILE_BYTES, readFactsFile } from '../../src/facts/store.js';

const { facts } = ingest('data/articles');
const dir = mkdtempSync(join(tmpdir(), 'factdesk-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function factsFile(name: string, content: string): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('readFactsFile', () => {
	it('GIVEN facts written by ingest THEN the same facts back', async () => {
		expect(readFactsFile(factsFile('good.json', JSON.stringify(facts)))).toEqual(facts);
	});

	it('GIVEN a quote with a negative offset THEN a FactsFileError naming the file and the field', async () => {
		const broken = structuredClone(facts);
		broken.quotes[0]!.span.start = -1;
		const path = factsFile('negative.json', JSON.stringify(broken));
		expect(() => readFactsFile(path)).toThrow(FactsFileError);
		expect(() => readFactsFile(path)).toThrow(`${path} does not match the facts schema: quotes.0.span.start:`);
	});

	it('GIVEN an article without a title and a wrong version THEN both fields are named', async () => {
		const broken: Record<string, unknown> = structuredClone(facts);
		broken.version = 2;
		delete (broken.articles as Record<string, unknown>[])[1]!.title;
		const path = factsFile('missing.json', JSON.stringify(broken));
		expect(() => readFactsFile(path)).toThrow(/version: .*; articles\.1\.title: /);
	});

	it('GIVEN text that is not JSON, or no file THEN a FactsFileError that says it cannot read facts', async () => {
		const path = factsFile('truncated.json', JSON.stringify(facts).slice(0, 500));
		expect(() => readFactsFile(path)).toThrow(new RegExp(`^${path}: cannot read facts`));
		expect(() => readFactsFile(join(dir, 'absent.json'))).toThrow(FactsFileError);
	});

	it('GIVEN a quote citing an unknown article THEN a FactsFileError naming the file and the quote', () => {
		const broken = structuredClone(facts);
		broken.quotes[0]!.span.article = 'no-such-article';
		const path = factsFile('unknown-article.json', JSON.stringify(broken));
		expect(() => readFactsFile(path)).toThrow(FactsFileError);
		expect(() => readFactsFile(path)).toThrow(
			`${path} refers to what it does not hold: quotes[0] (${facts.quotes[0]!.id}).span cites the unknown article "no-such-article"`,
		);
	});

	it('GIVEN broken references and someone to tell THEN the facts without the items they break, each named', () => {
		const broken = structuredClone(facts);
		broken.meetings[0]!.participants[0] = 'nobody-at-all';
		const told: string[][] = [];
		const path = factsFile('unknown-party.json', JSON.stringify(broken));
		const read = readFactsFile(path, { onBrokenReferences: (problems) => told.push(problems) });
		expect(told).toEqual([[`meetings[0] (${facts.meetings[0]!.id}) names the unknown entity "nobody-at-all"`]]);
		expect(read.meetings).toEqual(facts.meetings.slice(1));
		expect(read.quotes).toEqual(facts.quotes);
	});

	it('GIVEN a 600 MB file THEN it is refused from its size, naming the limit, without being read', () => {
		const path = factsFile('huge.json', '{"version": 1,');
		truncateSync(path, 600 * 1024 * 1024); // sparse: no disk, and nothing to read unless it is read
		expect(MAX_FACTS_FILE_BYTES).toBe(500 * 1024 * 1024);
		expect(() => readFactsFile(path)).toThrow(`${path} is 600 MB, over the 500 MB a facts file may hold`);
	});

	it('GIVEN a named pipe or a folder THEN a FactsFileError, never a read that waits for ever', () => {
		const pipe = join(dir, 'pipe.json');
		execFileSync('mkfifo', [pipe]);
		expect(() => readFactsFile(pipe)).toThrow(`${pipe} is not a regular file`);
		expect(() => readFactsFile(dir)).toThrow(`${dir} is not a regular file`);
	});
});
