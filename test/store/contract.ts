import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/load.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { FactStore } from '../../src/store/contract.js';

// The store contract, engine by engine: every engine is built from the same articles folder (the seeds, and a
// fixture article added, changed and removed) and must give the same real answers. A runner per engine calls
// describeStoreContract with how to bring that engine in line with a folder.

export interface Engine {
	/** A store holding what `articlesDir` holds now; called again after the folder changes (a reopen, or a re-sync). */
	open(articlesDir: string): Promise<FactStore>;
	/** Drops what the engine made (a database schema, a file), after the last test. */
	dispose?(): Promise<void>;
}

const WSJ = '000_8c1fbb3da2cb962a';
const NEWSWEEK = '004_b5a572f0b3c5c2ae';
const LAVROV_XI = "Russia's Foreign Minister Sergei Lavrov met with Chinese leader Xi Jinping in Beijing on Tuesday after the U.S. increased the volume of warnings that China should step back from helping Moscow.";

/** A short article of the kind users add, about people the seeds never name. */
const FIXTURE = (quote: string) => `---
title: Harbour Authority Approves Port Expansion
outlet: The Coastal Ledger
authors: [Mara Quint]
published: 2025-03-02
---

Harbour master Oskar Velden said the expansion would create 1,200 jobs by 2027.

"${quote}," Velden said on Sunday.

Velden met with Mayor Ilse Brandt in Rotterdam on Saturday to sign the agreement.
`;

const texts = <T extends { span: { text: string } }>(items: readonly T[]) => items.map((i) => i.span.text);

export function describeStoreContract(name: string, engine: () => Engine | undefined): void {
	const current = engine();
	describe.skipIf(!current)(`store contract: ${name}`, () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-contract-'));
		let store: FactStore;
		/** The in-memory engine over the same folder: every other engine must agree with it on keyed queries. */
		let reference: MemoryFactStore;
		const reopen = async () => {
			await store?.close();
			store = await current!.open(dir);
			reference = new MemoryFactStore(ingest(dir).facts);
		};
		beforeAll(async () => {
			cpSync('data/articles', dir, { recursive: true });
			await reopen();
		}, 120_000);
		afterAll(async () => {
			await store?.close();
			await current?.dispose?.();
			rmSync(dir, { recursive: true, force: true });
		});

		describe('articles', () => {
			it('GIVEN the seeds THEN both, newest first, with their metadata and body', async () => {
				const page = await store.articles(10);
				expect(page.total).toBe(2);
				expect(page.items.map((a) => [a.id, a.published])).toEqual([[NEWSWEEK, '2024-05-16'], [WSJ, '2024-04-10']]);
				expect((await store.articles(1)).items.map((a) => a.id)).toEqual([NEWSWEEK]);
				const wsj = await store.article(WSJ);
				expect(wsj).toMatchObject({ title: 'Russia, China Bolster Ties to Defy U.S.', outlet: 'The Wall Street Journal', authors: ['Austin Ramzy', 'Ann M. Simmons'] });
				expect(wsj.body).toContain(LAVROV_XI);
				await expect(store.article('no-such-article')).rejects.toThrow(/unknown article/);
			});

			it('GIVEN an id, an exact title in any case, or words of a title THEN that article; nothing like one THEN none', async () => {
				expect((await store.findArticle(WSJ))?.id).toBe(WSJ);
				expect((await store.findArticle('russia, china bolster ties to defy u.s.'))?.id).toBe(WSJ);
				expect((await store.findArticle('new era'))?.id).toBe(NEWSWEEK);
				expect(await store.findArticle('zzzz qqqq')).toBeUndefined();
			});
		});

		describe('names', () => {
			it.each([
				['lavrov', 'sergei-lavrov'],
				['Sergei Lavrov', 'sergei-lavrov'],
				['SERGEI LAVROV', 'sergei-lavrov'],
				['Lavróv', 'sergei-lavrov'],
				["Russia's Foreign Minister", 'sergei-lavrov'],
				['Russian Foreign Minister Sergei Lavrov', 'sergei-lavrov'],
				['Xi', 'xi-jinping'],
				['putin', 'vladimir-putin'],
				['Kremlin spokesman', 'dmitry-peskov'],
				['Wang Yi', 'wang-yi'],
			])('GIVEN %j THEN %s', async (given, key) => {
				expect((await store.resolveEntities(given)).map((e) => e.key)).toEqual([key]);
			});

			it('GIVEN a typo, an unknown name or nothing THEN nobody: names are never matched fuzzily', async () => {
				for (const given of ['lavorv', 'Jane Doe', '  ']) expect(await store.resolveEntities(given)).toEqual([]);
			});

			it('GIVEN a person named in both articles THEN one entity with the mentions of both and roles as written', async () => {
				const xi = (await store.entity('xi-jinping'))!;
				expect(xi).toMatchObject({ key: 'xi-jinping', name: 'Xi Jinping', kind: 'person' });
				expect(xi).toMatchObject({ articles: 2, mentions: (await reference.entity('xi-jinping'))!.mentions });
				expect([WSJ, NEWSWEEK]).toContain(xi.firstArticle);
				expect(await store.entity('sergei-lavrov')).toMatchObject({ name: 'Sergei Lavrov', roles: [{ article: WSJ, text: "Russia's Foreign Minister" }] });
				expect(await store.entity('nobody-at-all')).toBeUndefined();
			});
		});

		describe('what people said', () => {
			it('GIVEN Lavrov THEN his four quotes, verbatim from the WSJ article, and the total', async () => {
				const page = await store.quotesBy('sergei-lavrov', 3);
				expect(page.total).toBe(4);
				expect(page.items).toHaveLength(3);
				const all = await store.quotesBy('sergei-lavrov', 10);
				expect(texts(all.items)).toEqual(expect.arrayContaining(['an overt anti-Chinese, anti-Russian orientation,', 'break the security architecture']));
				expect(texts(all.items).some((t) => t.startsWith('There is no place for dictatorship, hegemony, neocolonial and colonial practices,'))).toBe(true);
				const body = (await store.article(WSJ)).body;
				for (const q of all.items) expect(body.slice(q.span.start, q.span.end)).toBe(q.span.text);
			});

			it('GIVEN a quote filter by topic or by words THEN only the quotes on it, counted the same way', async () => {
				const wang = await store.quotesBy('wang-yi', 10, 'cease-fire');
				expect(texts(wang.items)).toEqual(['hopes to see a cease-fire and an end to the conflict as soon as possible,']);
				expect(wang.total).toBe(1);
				expect(await store.quotesBy('wang-yi', 10, 'no such words')).toEqual({ items: [], total: 0 });
			});

			it('GIVEN Xi THEN his statement, and no statement that repeats his own quotation', async () => {
				const page = await store.statementsBy('xi-jinping', 10);
				expect(page.total).toBe(1);
				expect(texts(page.items)[0]).toMatch(/^the two have a chance to drive changes unprecedented in the /);
			});

			it('GIVEN every speaker THEN the same quotes and statements as the in-memory engine, in the same order', async () => {
				for (const key of ['sergei-lavrov', 'xi-jinping', 'wang-yi', 'dmitry-peskov', 'vladimir-putin']) {
					expect(await store.quotesBy(key, 20)).toEqual(await reference.quotesBy(key, 20));
					expect(await store.statementsBy(key, 20)).toEqual(await reference.statementsBy(key, 20));
				}
			});
		});

		describe('meetings', () => {
			it('GIVEN Putin THEN his three meetings, newest first, the 2022 visit last', async () => {
				const page = await store.meetingsOf(['vladimir-putin'], 10);
				expect(page.total).toBe(3);
				expect(page.items.map((m) => [m.kind, m.date?.start])).toEqual([['visit', '2024-05-16'], ['signing', '2024-05-16'], ['visit', '2022-02-01']]);
			});

			it('GIVEN a pair, dated only, earliest first THEN the right subset in that order', async () => {
				const pair = await store.meetingsOf(['sergei-lavrov'], 10, { with: ['wang-yi'] });
				expect(pair.items.map((m) => [m.kind, m.participants])).toEqual([['talks', ['sergei-lavrov', 'wang-yi']]]);
				expect(pair.total).toBe(1);
				const timeline = await store.meetingsOf(['xi-jinping'], 2, { dated: true, order: 'earliest' });
				expect(timeline.items.map((m) => m.date?.start)).toEqual(['2024-04-01', '2024-04-09']);
				expect(timeline.total).toBe(4);
			});

			it('GIVEN a kind THEN only meetings of that kind', async () => {
				const visits = await store.meetingsOf(['vladimir-putin'], 10, { kinds: ['visit'] });
				expect(visits.items.map((m) => [m.kind, m.date?.start])).toEqual([['visit', '2024-05-16'], ['visit', '2022-02-01']]);
				expect(visits.total).toBe(2);
			});

			it('GIVEN every meeting query THEN the same answers as the in-memory engine', async () => {
				for (const filter of [{}, { dated: true }, { order: 'earliest' as const }, { dated: true, order: 'earliest' as const }, { kinds: ['visit' as const, 'talks' as const] }]) {
					expect(await store.meetingsOf(null, 50, filter)).toEqual(await reference.meetingsOf(null, 50, filter));
					expect(await store.meetingsOf(['xi-jinping', 'sergei-lavrov'], 50, filter)).toEqual(await reference.meetingsOf(['xi-jinping', 'sergei-lavrov'], 50, filter));
				}
			});
		});

		describe('figures and topics', () => {
			it('GIVEN the figures THEN all seven, newest first, each with the figures of its sentence', async () => {
				const page = await store.figures(3);
				expect(page.total).toBe(7);
				expect(page.items.every((f) => f.span.article === NEWSWEEK)).toBe(true);
				const trade = (await store.searchSentences('trade grew billion', 1))[0]!;
				expect(trade.span.text).toBe('Trade between Russia and China grew last year by more than 26% to $240 billion.');
				expect(texts(await store.figuresIn(trade))).toEqual(['more than 26%', '$240 billion']);
			});

			it('GIVEN a topic THEN its sentences with a figure first and its figures; no topic THEN undefined', async () => {
				const trade = (await store.topic('Trade', 10))!;
				expect(trade.sentences.total).toBe(4);
				expect(trade.figures.total).toBe(3);
				expect(texts(trade.sentences.items)).toContain('Trade between Russia and China grew last year by more than 26% to $240 billion.');
				expect(trade).toEqual(await reference.topic('trade', 10));
				expect(await store.topic('not-a-topic', 10)).toBeUndefined();
				expect(await store.topicNames()).toEqual(await reference.topicNames());
				expect(await store.topicNames()).toContain('sanctions');
			});
		});

		describe('search and autocomplete', () => {
			it('GIVEN words THEN the sentences holding all of them; the word being typed as a prefix; only common words THEN none', async () => {
				expect(texts(await store.searchSentences('Lavrov Beijing', 10))).toEqual([LAVROV_XI]);
				expect(texts(await store.searchSentences('lavrov beij', 10))).toEqual([LAVROV_XI]);
				expect(await store.searchSentences('the of and', 10)).toEqual([]);
				expect(await store.searchSentences('', 10)).toEqual([]);
				expect(await store.searchSentences('"); DROP TABLE x; --', 10)).toEqual([]);
			});

			it('GIVEN a prefix or a typo THEN the closest name, topic or article first', async () => {
				expect((await store.complete('entity', 'lavr', 5))[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
				expect((await store.complete('entity', 'lavorv', 5))[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
				expect((await store.complete('entity', 'xi', 5)).map((c) => c.key)).toContain('xi-jinping');
				expect((await store.complete('topic', 'sanc', 5))[0]).toEqual({ key: 'sanctions', name: 'sanctions', type: 'topic' });
				expect((await store.complete('article', 'new era', 5))[0]).toEqual({ key: NEWSWEEK, name: 'Vladimir Putin and Xi Jinping Promise a New Era Against US Domination', type: 'article' });
				expect(await store.complete('entity', 'qqqqzz', 5)).toEqual([]);
			});

			it('GIVEN no text THEN the most mentioned names first, at most the limit, one per key', async () => {
				const popular = await store.complete('entity', '', 3);
				expect(popular).toEqual(await reference.complete('entity', '', 3));
				const topics = await store.complete('topic', '', 100);
				expect(topics.map((t) => t.key).sort()).toEqual(await store.topicNames());
			});
		});

		describe('a changing archive', () => {
			it('GIVEN an article added THEN its people, quotes, meetings and figures are answerable', async () => {
				writeFileSync(join(dir, 'harbour.md'), FIXTURE('We will not let the harbour fall behind'));
				await reopen();
				expect((await store.articles(10)).total).toBe(3);
				expect((await store.articles(1)).items[0]?.id).toBe('harbour');
				const [velden] = await store.resolveEntities('Velden');
				expect(velden?.name).toBe('Oskar Velden');
				expect(texts((await store.quotesBy(velden!.key, 5)).items)).toEqual(['We will not let the harbour fall behind,']);
				expect(await store.quotesBy(velden!.key, 5)).toEqual(await reference.quotesBy(velden!.key, 5));
				expect(await store.meetingsOf([velden!.key], 5)).toEqual(await reference.meetingsOf([velden!.key], 5));
				expect((await store.complete('entity', 'veld', 5))[0]?.key).toBe(velden!.key);
				expect(texts(await store.searchSentences('harbour expansion jobs', 5))).toEqual(['Harbour master Oskar Velden said the expansion would create 1,200 jobs by 2027.']);
			});

			it('GIVEN the article changed THEN the new quote and never the old one', async () => {
				writeFileSync(join(dir, 'harbour.md'), FIXTURE('The port belongs to the city'));
				await reopen();
				const [velden] = await store.resolveEntities('Velden');
				expect(texts((await store.quotesBy(velden!.key, 5)).items)).toEqual(['The port belongs to the city,']);
				expect(await store.searchSentences('harbour fall behind', 5)).toEqual([]);
				expect((await store.articles(10)).total).toBe(3);
			});

			it('GIVEN the article removed THEN its people and sentences are gone and the seeds answer as before', async () => {
				rmSync(join(dir, 'harbour.md'));
				await reopen();
				expect((await store.articles(10)).total).toBe(2);
				expect(await store.resolveEntities('Velden')).toEqual([]);
				expect(await store.complete('entity', 'veld', 5)).toEqual([]);
				expect(await store.searchSentences('harbour', 5)).toEqual([]);
				expect((await store.quotesBy('sergei-lavrov', 10)).total).toBe(4);
			});
		});
	});
}
