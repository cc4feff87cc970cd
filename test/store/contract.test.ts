import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactStore } from '../../src/store/contract.js';
import * as queries from '../../src/facts/queries.js';
import { engines, memory } from './engines.js';

// One suite for the store contract, run against every engine: what each method returns for the two seed articles.

const WSJ = '000_8c1fbb3da2cb962a';
const SECOND = '004_b5a572f0b3c5c2ae';

/** A folder with one pasted article of these paragraphs. */
function pasted(paragraphs: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'factdesk-pasted-'));
	mkdirSync(join(dir, 'articles'));
	writeFileSync(join(dir, 'articles', 'pasted.txt'), `A pasted article\n\n${paragraphs.join('\n\n')}\n`);
	return join(dir, 'articles');
}

const INTRODUCTION = 'The budget was presented on Monday by Finance Minister Jane Doerling, who told parliament that spending on schools would rise.';

const LATER = ['Jane Doerling visited the port on day {day}.', 'Jane Doerling met workers.', 'Jane Doerling spoke to reporters.', 'Jane Doerling left.'];

/** A folder of dated articles: one introducing a finance minister, then more naming her than a text search ranks. */
function introducedLongAgo(later: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'factdesk-introduced-'));
	const article = (title: string, published: string, text: string) => `---\ntitle: "${title}"\npublished: ${published}\n---\n\n${text}\n`;
	writeFileSync(join(dir, 'a000.md'), article('Budget day', '2020-01-02', INTRODUCTION));
	for (let i = 1; i <= later; i++) {
		const day = new Date(Date.UTC(2021, 0, i)).toISOString().slice(0, 10);
		writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.md`), article(`Port visit ${i}`, day, LATER.join('\n\n').replace('{day}', String(i))));
	}
	return dir;
}

describe.each(engines)('the store contract on $name', (engine) => {
	let store: FactStore;
	beforeAll(async () => {
		store = await engine.open('data/articles');
	}, 60_000);
	afterAll(() => store.close());

	it('GIVEN an id THEN the article with its text; GIVEN an unknown id THEN an error', async () => {
		const article = await store.article(WSJ);
		expect(article).toMatchObject({ id: WSJ, title: 'Russia, China Bolster Ties to Defy U.S.' });
		expect(article.body.length).toBeGreaterThan(1000);
		await expect(store.article('nothing')).rejects.toThrow('unknown article nothing');
	});

	it('GIVEN an id THEN the article without its text, for citations; GIVEN an unknown id THEN an error', async () => {
		const { body, paragraphs, commentary, summary, ...meta } = await store.article(WSJ);
		expect(body.length + paragraphs.length + commentary.length + summary.length).toBeGreaterThan(0);
		expect(await store.articleMeta(WSJ)).toEqual(meta);
		expect(await store.articleMeta(WSJ)).not.toHaveProperty('body');
		await expect(store.articleMeta('nothing')).rejects.toThrow('unknown article nothing');
	});

	it('GIVEN an id, a title in any case or the start of a title THEN that article; asked for no closest title THEN only an exact one', async () => {
		expect((await store.findArticle(SECOND))?.id).toBe(SECOND);
		expect((await store.findArticle('russia, china bolster ties to defy u.s.'))?.id).toBe(WSJ);
		expect((await store.findArticle('new era'))?.id).toBe(SECOND);
		expect(await store.findArticle('zzzz qqqq')).toBeUndefined();
		expect((await store.findArticle('RUSSIA, China bolster ties to defy U.S.', false))?.id).toBe(WSJ);
		expect(await store.findArticle('new era', false)).toBeUndefined();
	});

	it('GIVEN a limit THEN the newest articles first and the total', async () => {
		const page = await store.articles(1);
		expect(page.total).toBe(2);
		expect(page.items.map((a) => a.id)).toEqual([SECOND]);
		expect((await store.articles(0)).items).toEqual([]);
	});

	it.each([
		['lavrov', 'sergei-lavrov'],
		['Sergei Lavrov', 'sergei-lavrov'],
		['SERGEI LAVROV', 'sergei-lavrov'],
		['Lavróv', 'sergei-lavrov'],
		["Russia's Foreign Minister", 'sergei-lavrov'],
		['Russian Foreign Minister Sergei Lavrov', 'sergei-lavrov'],
		['Xi', 'xi-jinping'],
		['Xi Jinping', 'xi-jinping'],
		['putin', 'vladimir-putin'],
		['Kremlin spokesman', 'dmitry-peskov'],
		['Wang Yi', 'wang-yi'],
		// A body asked for with its article.
		['the Kremlin', 'kremlin'],
		['The Association of Southeast Asian Nations', 'association-of-southeast-asian-nations'],
	])('GIVEN the name %j THEN %s', async (name, key) => {
		expect((await store.resolveEntities(name)).map((e) => e.key)).toEqual([key]);
	});

	it('GIVEN a typo, an unknown name, two people or nothing THEN nobody: a typo is never matched to someone else', async () => {
		for (const name of ['lavorv', 'Jane Doe', 'putin xi', '  ']) expect(await store.resolveEntities(name)).toEqual([]);
	});

	it('GIVEN a key THEN the entity with its roles and how often and where it is named', async () => {
		expect(await store.entity('sergei-lavrov')).toMatchObject({
			name: 'Sergei Lavrov',
			kind: 'person',
			roles: [{ article: WSJ, text: "Russia's Foreign Minister" }],
			articles: 1,
			firstArticle: WSJ,
		});
		const xi = (await store.entity('xi-jinping'))!;
		expect(xi.articles).toBe(2);
		expect(xi.mentions).toBeGreaterThanOrEqual(4);
		expect(await store.entity('nobody')).toBeUndefined();
	});

	it('GIVEN a speaker THEN the quotes newest first, the total, and those on a topic or with a word', async () => {
		const all = await store.quotesBy('sergei-lavrov', 2);
		expect(all.total).toBe(4);
		expect(all.items.map((q) => q.speaker)).toEqual(['sergei-lavrov', 'sergei-lavrov']);
		const security = await store.quotesBy('sergei-lavrov', 10, 'security');
		expect(security.items.map((q) => q.span.text)).toEqual(['an overt anti-Chinese, anti-Russian orientation,', 'break the security architecture']);
		expect(security.total).toBe(2);
		expect((await store.quotesBy('sergei-lavrov', 10, 'dictatorship')).items.map((q) => q.span.text)).toEqual([
			expect.stringMatching(/^There is no place for dictatorship/),
		]);
		expect(await store.quotesBy('nobody', 10)).toEqual({ items: [], total: 0 });
	});

	it('GIVEN a speaker THEN the statements that do not repeat a quotation of theirs', async () => {
		expect(await store.statementsBy('sergei-lavrov', 10)).toEqual({ items: [], total: 0 });
		const biden = await store.statementsBy('biden', 10);
		expect(biden.total).toBe(biden.items.length);
		expect(biden.items.length).toBeGreaterThan(0);
		for (const s of biden.items) expect(s.speaker).toBe('biden');
	});

	it('GIVEN people THEN their meetings once each, newest or earliest first, with a counterpart or dated only', async () => {
		const lavrov = await store.meetingsOf(['sergei-lavrov'], 20);
		expect(lavrov.total).toBe(lavrov.items.length);
		const dates = lavrov.items.map((m) => m.date?.start ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		const withXi = await store.meetingsOf(['sergei-lavrov'], 20, { with: ['xi-jinping'] });
		expect(withXi.items.map((m) => m.date?.start)).toContain('2024-04-09');
		for (const m of withXi.items) expect(m.participants).toContain('xi-jinping');
		const timeline = await store.meetingsOf(null, 3, { dated: true, order: 'earliest' });
		expect(timeline.items).toHaveLength(3);
		const starts = timeline.items.map((m) => m.date!.start);
		expect(starts).toEqual([...starts].sort());
		expect(timeline.total).toBe((await store.meetingsOf(null, 100, { dated: true, order: 'earliest' })).items.length);
		const both = await store.meetingsOf(['sergei-lavrov', 'xi-jinping'], 100);
		expect(new Set(both.items.map((m) => m.id)).size).toBe(both.items.length);
	});

	it('GIVEN kinds THEN only meetings of those kinds, counted the same way', async () => {
		const all = await store.meetingsOf(['vladimir-putin'], 50);
		const kinds = [...new Set(all.items.map((m) => m.kind))];
		expect(kinds.length).toBeGreaterThan(1);
		const visits = await store.meetingsOf(['vladimir-putin'], 50, { kinds: [kinds[0]!] });
		expect(visits.items.map((m) => m.id)).toEqual(all.items.filter((m) => m.kind === kinds[0]).map((m) => m.id));
		expect(visits.total).toBe(visits.items.length);
		expect(await store.meetingsOf(['vladimir-putin'], 50, { kinds: [] })).toEqual({ items: [], total: 0 });
	});

	it("GIVEN an article THEN its quotes, statements and meetings in the order of the text; GIVEN an unknown id THEN none", async () => {
		const items = await store.articleItems(WSJ);
		expect(items.quotes.length).toBeGreaterThan(3);
		expect(items.meetings.length).toBeGreaterThan(0);
		for (const list of [items.quotes, items.statements, items.meetings]) {
			const starts = list.map((item) => item.span.start);
			expect(starts).toEqual([...starts].sort((a, b) => a - b));
			for (const item of list) expect(item.span.article).toBe(WSJ);
		}
		expect(await store.articleItems('nothing')).toEqual({ quotes: [], statements: [], meetings: [] });
	});

	it('GIVEN a topic THEN its sentences with a figure first, its figures and their totals; GIVEN a word that is no topic THEN none', async () => {
		const trade = (await store.topic('trade', 2))!;
		expect(trade.sentences.items).toHaveLength(2);
		expect(trade.sentences.total).toBeGreaterThan(2);
		expect((await store.figuresIn(trade.sentences.items[0]!)).length).toBeGreaterThan(0);
		expect(trade.figures.total).toBeGreaterThan(0);
		expect((await store.topic('TRADE', 1))?.sentences.total).toBe(trade.sentences.total);
		expect(await store.topic('pipeline', 5)).toBeUndefined();
		expect((await store.topicNames()).length).toBeGreaterThan(5);
	});

	it('GIVEN figures THEN the newest first and the total', async () => {
		const figures = await store.figures(3);
		expect(figures.items).toHaveLength(3);
		expect(figures.total).toBe(7);
		expect(figures.items[0]!.span.article).toBe(SECOND);
	});

	it('GIVEN words THEN the sentences holding all of them, the last word also as a prefix', async () => {
		const lavrovInBeijing =
			"Russia's Foreign Minister Sergei Lavrov met with Chinese leader Xi Jinping in Beijing on Tuesday after the U.S. increased the volume of " +
			'warnings that China should step back from helping Moscow.';
		expect((await store.searchSentences('Lavrov Beijing', 10)).map((s) => s.span.text)).toEqual([lavrovInBeijing]);
		expect((await store.searchSentences('lavrov beij', 10)).map((s) => s.span.text)).toEqual([lavrovInBeijing]);
		expect((await store.searchSentences('cease-fire', 10)).map((s) => s.span.text)).toEqual([expect.stringContaining('hopes to see a cease-fire')]);
		expect(await store.searchSentences('the of and', 10)).toEqual([]);
		expect(await store.searchSentences('"quoted" OR NEAR(*)', 10)).toEqual([]);
		expect((await store.searchSentences('China', 2)).length).toBe(2);
	});

	it('GIVEN terms THEN the sentences holding most of them first, inflections and alternatives matched, and how many hold each', async () => {
		const lavrovInBeijing =
			"Russia's Foreign Minister Sergei Lavrov met with Chinese leader Xi Jinping in Beijing on Tuesday after the U.S. increased the volume of " +
			'warnings that China should step back from helping Moscow.';
		const ranked = await store.rankSentences([['lavrov'], ['beijing'], ['warning']], 5);
		expect(ranked.sentences[0]?.span.text).toBe(lavrovInBeijing);
		expect(ranked.sentences.length).toBeGreaterThan(1);
		expect(ranked.hits[0]).toBeGreaterThan(ranked.hits[2]!);
		expect(ranked.hits[2]).toBeGreaterThanOrEqual(1);
		const ceasefire = await store.rankSentences([['ceasefire', 'cease-fire']], 5);
		expect(ceasefire.sentences.map((s) => s.span.text)).toEqual([expect.stringContaining('hopes to see a cease-fire')]);
		expect(await store.rankSentences([['zzqqxx'], ['"quoted" OR NEAR(*)']], 5)).toEqual({ sentences: [], hits: [0, 0] });
		expect((await store.rankSentences([['china']], 2)).sentences.length).toBe(2);
	});

	it('GIVEN a prefix or a typo THEN the closest names, topics or articles first', async () => {
		expect((await store.complete('entity', 'lavr', 5))[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
		expect((await store.complete('entity', 'lavorv', 5))[0]).toEqual({ key: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'entity' });
		expect((await store.complete('entity', 'l', 25)).map((c) => c.key)).toContain('sergei-lavrov');
		expect((await store.complete('entity', 'xi', 5))[0]?.key).toBe('xi-jinping');
		expect((await store.complete('topic', 'sanc', 5))[0]).toEqual({ key: 'sanctions', name: 'sanctions', type: 'topic' });
		expect((await store.complete('article', 'new era', 5))[0]).toEqual({
			key: SECOND,
			name: 'Vladimir Putin and Xi Jinping Promise a New Era Against US Domination',
			type: 'article',
		});
		expect(await store.complete('entity', 'qqqqzz', 5)).toEqual([]);
	});

	it('GIVEN nothing typed THEN the most written about, at most the limit, one per key', async () => {
		const topics = await store.complete('topic', '', 100);
		expect(topics.map((t) => t.key).sort()).toEqual(await store.topicNames());
		const people = await store.complete('entity', '', 3);
		expect(people).toHaveLength(3);
		expect(new Set(people.map((p) => p.key)).size).toBe(3);
		expect((await store.complete('any', '', 5)).length).toBe(5);
	});

	it('GIVEN a committee named in full with the words after "on" THEN the committee the article names by the words before', async () => {
		const committee = await engine.open(pasted(['The House Select Committee on the Strategic Competition with China wrote to the FBI.']));
		const named = await committee.resolveEntities('House Select Committee on the Strategic Competition with China');
		expect(named.map((e) => e.name)).toEqual(['House Select Committee']);
		expect(await committee.resolveEntities('Senate Committee on Finance')).toEqual([]);
		await committee.close();
	});

	it('GIVEN someone named in more sentences than are ranked, introduced in the oldest THEN /who shows the introducing sentence', async () => {
		const archive = await engine.open(introducedLongAgo(100));
		const [person] = await archive.resolveEntities('Jane Doerling');
		expect(person?.mentions).toBeGreaterThan(400);
		const role = person!.roles[0]!;
		expect(role).toMatchObject({ article: 'a000', text: 'Finance Minister' });
		expect((await archive.sentenceAt('a000', role.start))?.span).toMatchObject({ article: 'a000', start: 0, text: INTRODUCTION });
		expect(await archive.sentenceAt('a000', 10_000)).toBeUndefined();
		expect(await archive.sentenceAt('nowhere', 0)).toBeUndefined();
		expect((await archive.firstNaming('a007', 'jane doerling'))?.span.text).toBe('Jane Doerling visited the port on day 7.');
		expect((await archive.firstNaming('a007', 'Doerling met'))?.span.text).toBe('Jane Doerling met workers.');
		expect(await archive.firstNaming('a007', 'Heather Humphreys')).toBeUndefined();
		const [line] = (await queries.who(archive, 'Jane Doerling')).items;
		expect(line).toMatchObject({ kind: 'person', text: INTRODUCTION, span: { article: 'a000', start: 0 } });
		await archive.close();
	}, 60_000);
});

describe.each(engines.filter((e) => e !== memory))('the answers on $name', (engine) => {
	let store: FactStore;
	let reference: FactStore;
	beforeAll(async () => {
		[store, reference] = await Promise.all([engine.open('data/articles'), memory.open('data/articles')]);
	}, 60_000);
	afterAll(() => store.close());

	it('GIVEN every keyed command THEN the same answer as the reference engine', async () => {
		const people = ['lavrov', 'Xi Jinping', 'putin', 'biden', 'Peskov', 'Wang Yi', 'Blinken', 'Nobody Here'];
		for (const s of [store, reference]) expect(s).toBeDefined();
		for (const name of people) {
			for (const ask of [queries.quotes, queries.meetings, queries.who, queries.timeline] as const) {
				expect(await ask(store, name)).toEqual(await ask(reference, name));
			}
			expect(await queries.quotes(store, name, 'trade')).toEqual(await queries.quotes(reference, name, 'trade'));
		}
		for (const topic of ['trade', 'sanctions', 'war', 'diplomacy']) {
			expect(await queries.facts(store, topic)).toEqual(await queries.facts(reference, topic));
			expect(await queries.figures(store, topic)).toEqual(await queries.figures(reference, topic));
		}
		for (const ask of [queries.sources, queries.summary, queries.timeline, queries.figures] as const)
			expect(await ask(store)).toEqual(await ask(reference));
		expect(await queries.meetings(store, 'lavrov', 'xi')).toEqual(await queries.meetings(reference, 'lavrov', 'xi'));
	});

	it('GIVEN every speaker, meeting filter and article THEN the same records as the reference engine, in the same order', async () => {
		const speakers = ['sergei-lavrov', 'xi-jinping', 'wang-yi', 'dmitry-peskov', 'vladimir-putin', 'biden'];
		for (const key of speakers) {
			expect(await store.quotesBy(key, 20)).toEqual(await reference.quotesBy(key, 20));
			expect(await store.statementsBy(key, 20)).toEqual(await reference.statementsBy(key, 20));
		}
		const filters = [
			{},
			{ dated: true },
			{ order: 'earliest' as const },
			{ dated: true, order: 'earliest' as const },
			{ kinds: ['visit' as const, 'talks' as const] },
			{ with: ['xi-jinping'] },
		];
		for (const filter of filters) {
			expect(await store.meetingsOf(null, 50, filter)).toEqual(await reference.meetingsOf(null, 50, filter));
			expect(await store.meetingsOf(['xi-jinping', 'sergei-lavrov'], 50, filter)).toEqual(
				await reference.meetingsOf(['xi-jinping', 'sergei-lavrov'], 50, filter),
			);
			for (const keys of [['xi-jinping'], ['vladimir-putin'], ['sergei-lavrov'], ['vladimir-putin', 'xi-jinping', 'wang-yi']]) {
				for (const limit of [1, 2, 50]) expect(await store.meetingsOf(keys, limit, filter)).toEqual(await reference.meetingsOf(keys, limit, filter));
			}
		}
		for (const id of [WSJ, SECOND]) expect(await store.articleItems(id)).toEqual(await reference.articleItems(id));
		expect(await queries.summary(store, 'new era')).toEqual(await queries.summary(reference, 'new era'));
	});
});
