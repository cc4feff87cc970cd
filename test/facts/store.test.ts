import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Facts files as earlier versions wrote them, still read by `ask --data`; the store contract is tested in test/store.
import { ingest } from '../../src/facts/load.js';
import { FactsFileError, readFactsFile } from '../../src/facts/store.js';

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
});
