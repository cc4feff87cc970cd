import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/load.js';
import { FactStore, FactsFileError, readFactsFile } from '../../src/facts/store.js';
import { build } from '../extract/handmade.js';

const { facts } = ingest('data/articles');
const store = new FactStore(facts);
const dir = mkdtempSync(join(tmpdir(), 'factdesk-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function factsFile(name: string, content: string): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('readFactsFile', () => {
	it('GIVEN facts written by ingest THEN the same facts back', () => {
		expect(readFactsFile(factsFile('good.json', JSON.stringify(facts)))).toEqual(facts);
	});

	it('GIVEN a quote with a negative offset THEN a FactsFileError naming the file and the field', () => {
		const broken = structuredClone(facts);
		broken.quotes[0]!.span.start = -1;
		const path = factsFile('negative.json', JSON.stringify(broken));
		expect(() => readFactsFile(path)).toThrow(FactsFileError);
		expect(() => readFactsFile(path)).toThrow(`${path} does not match the facts schema: quotes.0.span.start:`);
	});

	it('GIVEN an article without a title and a wrong version THEN both fields are named', () => {
		const broken: Record<string, unknown> = structuredClone(facts);
		broken.version = 2;
		delete (broken.articles as Record<string, unknown>[])[1]!.title;
		const path = factsFile('missing.json', JSON.stringify(broken));
		expect(() => readFactsFile(path)).toThrow(/version: .*; articles\.1\.title: /);
	});

	it('GIVEN text that is not JSON, or no file THEN a FactsFileError that says it cannot read facts', () => {
		const path = factsFile('truncated.json', JSON.stringify(facts).slice(0, 500));
		expect(() => readFactsFile(path)).toThrow(new RegExp(`^${path}: cannot read facts`));
		expect(() => readFactsFile(join(dir, 'absent.json'))).toThrow(FactsFileError);
	});
});

describe('FactStore.resolveEntities', () => {
	const keys = (name: string) => store.resolveEntities(name).map((e) => e.key);

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
	])('GIVEN %j THEN %s', (name, key) => {
		expect(keys(name)).toEqual([key]);
	});

	it('GIVEN a typo or an unknown name THEN nobody: a typo is never matched to someone else', () => {
		expect(keys('lavorv')).toEqual([]);
		expect(keys('Jane Doe')).toEqual([]);
		expect(keys('  ')).toEqual([]);
	});

	it('GIVEN a name from one article and the full name from the other THEN one person across articles', () => {
		const xi = store.entity('xi-jinping')!;
		expect(new Set(xi.mentions.map((m) => m.article))).toEqual(new Set(['000_8c1fbb3da2cb962a', '004_b5a572f0b3c5c2ae']));
		expect(store.entity('sergei-lavrov')).toMatchObject({ name: 'Sergei Lavrov', kind: 'person', roles: [{ article: '000_8c1fbb3da2cb962a', text: "Russia's Foreign Minister" }] });
	});
});

describe('FactStore.complete and searchSentences', () => {
	it('GIVEN a prefix or a typo THEN the closest names, topics or articles first', () => {
		expect(store.complete('entity', 'lavr', 5)[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
		expect(store.complete('entity', 'lavorv', 5)[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
		expect(store.complete('topic', 'sanc', 5)[0]).toEqual({ key: 'sanctions', name: 'sanctions', type: 'topic' });
		expect(store.complete('article', 'new era', 5)[0]).toEqual({ key: '004_b5a572f0b3c5c2ae', name: 'Vladimir Putin and Xi Jinping Promise a New Era Against US Domination', type: 'article' });
	});

	it('GIVEN an empty prefix THEN every entry of that type, at most the limit, one per key', () => {
		const topics = store.complete('topic', '', 100);
		expect(topics.map((t) => t.key).sort()).toEqual(store.topicNames());
		expect(store.complete('entity', '', 3)).toHaveLength(3);
	});

	it('GIVEN words THEN sentences containing all of them', () => {
		expect(store.searchSentences('Lavrov Beijing', 10).map((s) => s.span.text)).toEqual([
			"Russia's Foreign Minister Sergei Lavrov met with Chinese leader Xi Jinping in Beijing on Tuesday after the U.S. increased the volume of warnings that China should step back from helping Moscow.",
		]);
	});
});

describe('resolveEntities: a body named in full', () => {
	it('GIVEN the full name of a committee the article names by the words before "on the" THEN that committee', () => {
		const committee = new FactStore(build(['The House Select Committee on the Strategic Competition with China wrote to the FBI.']));
		expect(committee.resolveEntities('House Select Committee on the Strategic Competition with China').map((e) => e.name)).toEqual(['House Select Committee']);
		expect(committee.resolveEntities('Senate Committee on Finance')).toEqual([]);
		const council = new FactStore(build(['The European Council met in Brussels.']));
		expect(council.resolveEntities('European Council on Foreign Relations')).toEqual([]);
	});
});
