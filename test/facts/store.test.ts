import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/load.js';
import { MemoryFactStore, FactsFileError, readFactsFile } from '../../src/facts/store.js';
import { build } from '../extract/handmade.js';

const { facts } = ingest('data/articles');
const store = new MemoryFactStore(facts);
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

describe('FactStore.resolveEntities', () => {
	const keys = async (name: string) => (await store.resolveEntities(name)).map((e) => e.key);

	it.each([
		['lavrov', 'sergei-lavrov'],
		['Sergei Lavrov', 'sergei-lavrov'],
		['SERGEI LAVROV', 'sergei-lavrov'],
		['Lavróv', 'sergei-lavrov'],
		["Russia's Foreign Minister", 'sergei-lavrov'],
		['Xi', 'xi-jinping'],
		['Xi Jinping', 'xi-jinping'],
		['putin', 'vladimir-putin'],
		['Kremlin spokesman', 'dmitry-peskov'],
		['Wang Yi', 'wang-yi'],
	])('GIVEN %j THEN %s', async (name, key) => {
		expect(await keys(name)).toEqual([key]);
	});

	it('GIVEN a typo or an unknown name THEN nobody: a typo is never matched to someone else', async () => {
		expect(await keys('lavorv')).toEqual([]);
		expect(await keys('Jane Doe')).toEqual([]);
		expect(await keys('  ')).toEqual([]);
	});

	it('GIVEN a name from one article and the full name from the other THEN one person across articles', async () => {
		const xi = (await store.entity('xi-jinping'))!;
		expect(new Set(xi.mentions.map((m) => m.article))).toEqual(new Set(['000_8c1fbb3da2cb962a', '004_b5a572f0b3c5c2ae']));
		expect(await store.entity('sergei-lavrov')).toMatchObject({ name: 'Sergei Lavrov', kind: 'person', roles: [{ article: '000_8c1fbb3da2cb962a', text: "Russia's Foreign Minister" }] });
	});
});

describe('FactStore.complete and searchSentences', () => {
	it('GIVEN a prefix or a typo THEN the closest names, topics or articles first', async () => {
		expect((await store.complete('entity', 'lavr', 5))[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
		expect((await store.complete('entity', 'lavorv', 5))[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
		expect((await store.complete('topic', 'sanc', 5))[0]).toEqual({ key: 'sanctions', name: 'sanctions', type: 'topic' });
		expect((await store.complete('article', 'new era', 5))[0]).toEqual({ key: '004_b5a572f0b3c5c2ae', name: 'Vladimir Putin and Xi Jinping Promise a New Era Against US Domination', type: 'article' });
	});

	it('GIVEN an empty prefix THEN every entry of that type, at most the limit, one per key', async () => {
		const topics = await store.complete('topic', '', 100);
		expect(topics.map((t) => t.key).sort()).toEqual(await store.topicNames());
		expect(await store.complete('entity', '', 3)).toHaveLength(3);
	});

	it('GIVEN words THEN sentences containing all of them', async () => {
		expect((await store.searchSentences('Lavrov Beijing', 10)).map((s) => s.span.text)).toEqual([
			"Russia's Foreign Minister Sergei Lavrov met with Chinese leader Xi Jinping in Beijing on Tuesday after the U.S. increased the volume of warnings that China should step back from helping Moscow.",
		]);
	});
});

describe('resolveEntities: a body named in full', () => {
	it('GIVEN the full name of a committee the article names by the words before "on the" THEN that committee', async () => {
		const committee = new MemoryFactStore(build(['The House Select Committee on the Strategic Competition with China wrote to the FBI.']));
		expect((await committee.resolveEntities('House Select Committee on the Strategic Competition with China')).map((e) => e.name)).toEqual(['House Select Committee']);
		expect(await committee.resolveEntities('Senate Committee on Finance')).toEqual([]);
		const council = new MemoryFactStore(build(['The European Council met in Brussels.']));
		expect(await council.resolveEntities('European Council on Foreign Relations')).toEqual([]);
	});
});
